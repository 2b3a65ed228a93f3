import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { badInput } from '../errors';

/** No argument string may be longer than this; text filters have tighter limits of their own. */
export const MAX_ARGUMENT_STRING_LENGTH = 1000;

/**
 * The few arguments that carry a text (issue 12's contributions), by field and argument path,
 * with their own limit: a description in markdown, a pasted abstract. Within the body limit.
 */
export const LONG_TEXT_ARGUMENTS: Readonly<Record<string, number>> = {
  'editDescription.description': 50_000,
  'addPaper.paper.abstract': 10_000,
};

/**
 * Checks every string an operation passes as an argument, literal or through a variable, before
 * anything runs: Postgres cannot store or compare NUL characters, and no key or filter of this
 * API is longer than MAX_ARGUMENT_STRING_LENGTH. Throws BAD_USER_INPUT naming the argument.
 */
export function checkArgumentStrings(document: DocumentNode, variables: Record<string, unknown> = {}): void {
  visit(document, {
    Argument(node, _key, _parent, _path, ancestors) {
      const owner = ancestors[ancestors.length - 1];
      const field = owner && 'kind' in owner && owner.kind === Kind.FIELD ? owner.name.value : '';
      checkValueNode(node.name.value, node.value, variables, field);
    },
  });
}

function checkValueNode(path: string, value: ValueNode, variables: Record<string, unknown>, field: string): void {
  switch (value.kind) {
    case Kind.STRING:
      return checkString(path, value.value, field);
    case Kind.VARIABLE:
      return checkPlainValue(path, variables[value.name.value], field);
    case Kind.LIST:
      return value.values.forEach((item) => checkValueNode(path, item, variables, field));
    case Kind.OBJECT:
      return value.fields.forEach((entry) =>
        checkValueNode(`${path}.${entry.name.value}`, entry.value, variables, field),
      );
    default:
      return;
  }
}

function checkPlainValue(path: string, value: unknown, field: string): void {
  if (typeof value === 'string') return checkString(path, value, field);
  if (Array.isArray(value)) return value.forEach((item) => checkPlainValue(path, item, field));
  if (value && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) checkPlainValue(`${path}.${key}`, nested, field);
  }
}

function checkString(path: string, text: string, field: string): void {
  if (text.includes('\0')) throw badInput(path, 'must not contain NUL characters');
  const max = LONG_TEXT_ARGUMENTS[`${field}.${path}`] ?? MAX_ARGUMENT_STRING_LENGTH;
  if (text.length > max) {
    throw badInput(path, `must be at most ${max} characters (got ${text.length})`);
  }
}
