import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { badInput } from '../errors';

/** No argument string may be longer than this; text filters have tighter limits of their own. */
export const MAX_ARGUMENT_STRING_LENGTH = 1000;

/**
 * Checks every string an operation passes as an argument, literal or through a variable, before
 * anything runs: Postgres cannot store or compare NUL characters, and no key or filter of this
 * API is longer than MAX_ARGUMENT_STRING_LENGTH. Throws BAD_USER_INPUT naming the argument.
 */
export function checkArgumentStrings(document: DocumentNode, variables: Record<string, unknown> = {}): void {
  visit(document, {
    Argument(node) {
      checkValueNode(node.name.value, node.value, variables);
    },
  });
}

function checkValueNode(path: string, value: ValueNode, variables: Record<string, unknown>): void {
  switch (value.kind) {
    case Kind.STRING:
      return checkString(path, value.value);
    case Kind.VARIABLE:
      return checkPlainValue(path, variables[value.name.value]);
    case Kind.LIST:
      return value.values.forEach((item) => checkValueNode(path, item, variables));
    case Kind.OBJECT:
      return value.fields.forEach((field) => checkValueNode(`${path}.${field.name.value}`, field.value, variables));
    default:
      return;
  }
}

function checkPlainValue(path: string, value: unknown): void {
  if (typeof value === 'string') return checkString(path, value);
  if (Array.isArray(value)) return value.forEach((item) => checkPlainValue(path, item));
  if (value && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) checkPlainValue(`${path}.${key}`, nested);
  }
}

function checkString(path: string, text: string): void {
  if (text.includes('\0')) throw badInput(path, 'must not contain NUL characters');
  if (text.length > MAX_ARGUMENT_STRING_LENGTH) {
    throw badInput(path, `must be at most ${MAX_ARGUMENT_STRING_LENGTH} characters (got ${text.length})`);
  }
}
