import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import { gatherFields, type OperationScope } from './compiled/response-fields';

/** One field a client selected, under its response key (its alias, or its name). */
export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  /** What is selected inside it, when it returns an object type. */
  selection: Selection;
}

/** The fields selected on an object, by response key, fragments merged as GraphQL executes them. */
export type Selection = Map<string, SelectedField>;

type Operation = OperationScope;

/** What the client selected inside the field being resolved. */
export function selectedFields(info: GraphQLResolveInfo): Selection {
  const type = getNamedType(info.returnType);
  return isObjectType(type) ? collect(info, type, info.fieldNodes) : new Map();
}

/** The fields selected inside `nodes` (fields returning `type`), with their sub-selections. */
function collect(operation: Operation, type: GraphQLObjectType, nodes: readonly FieldNode[]): Selection {
  const byKey = new Map<string, FieldNode[]>();
  for (const node of nodes) if (node.selectionSet) gatherFields(operation, type, node.selectionSet, byKey);
  const selection: Selection = new Map();
  for (const [key, fieldNodes] of byKey) {
    const name = fieldNodes[0]!.name.value;
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
    if (!field) continue; // __typename and other meta fields
    const inner = getNamedType(field.type);
    selection.set(key, {
      name,
      args: getArgumentValues(field, fieldNodes[0]!, operation.variableValues),
      selection: isObjectType(inner) ? collect(operation, inner, fieldNodes) : new Map(),
    });
  }
  return selection;
}

/** What the client selected on the nodes of the connection being resolved. */
export function selectedNodeFields(info: GraphQLResolveInfo): Selection {
  return connectionNodeFields(selectedFields(info));
}

/** The fields of a connection's nodes: `edges { node { … } }`, merged over aliases. */
export function connectionNodeFields(connection: Selection): Selection {
  return fieldsInside(fieldsInside(connection, 'edges'), 'node');
}

/** A string that is equal for equal selections, to batch and cache by what was asked. */
export function selectionKey(selection: Selection): string {
  const plain = (fields: Selection): unknown[] =>
    [...fields].map(([key, field]) => [key, field.name, field.args, plain(field.selection)]);
  return JSON.stringify(plain(selection));
}

/** The selection inside the fields named `name` (all of its aliases merged). */
export function fieldsInside(selection: Selection, name: string): Selection {
  const inner: Selection = new Map();
  for (const field of selection.values()) {
    if (field.name === name) for (const [key, child] of field.selection) inner.set(key, child);
  }
  return inner;
}
