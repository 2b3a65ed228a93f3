import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';

/**
 * One entry of a reply object, as graphql-js would write it: its response key (alias or name),
 * the field it resolves, its coerced arguments and, for object types, the entries inside it.
 * Entries keep the order in which the document first names their keys, which is the order of
 * the reply's keys.
 */
export interface ResponseField {
  key: string;
  name: string;
  args: Record<string, unknown>;
  /** The object type of the value, when the field returns objects. */
  type: GraphQLObjectType | null;
  fields: ResponseField[];
}

export interface OperationScope {
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/**
 * The entries of `selectionSet` on object type `type`, fragments merged and @skip/@include
 * applied as graphql-js executes them. Null when an entry cannot be planned without running
 * resolvers: a field that returns an interface or union.
 */
export function responseFields(
  scope: OperationScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): ResponseField[] | null {
  const byKey = new Map<string, FieldNode[]>();
  for (const selectionSet of selectionSets) gatherFields(scope, type, selectionSet, byKey);
  const fields: ResponseField[] = [];
  for (const [key, nodes] of byKey) {
    const node = nodes[0]!;
    const name = node.name.value;
    if (name === '__typename') {
      fields.push({ key, name, args: {}, type: null, fields: [] });
      continue;
    }
    const definition = type.getFields()[name];
    if (!definition) return null; // __schema and __type: introspection runs through graphql-js
    const inner = getNamedType(definition.type);
    let innerFields: ResponseField[] = [];
    if (isObjectType(inner)) {
      const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      const planned = responseFields(scope, inner, sets);
      if (!planned) return null;
      innerFields = planned;
    } else if (!isLeafType(inner)) return null;
    fields.push({
      key,
      name,
      args: getArgumentValues(definition, node, scope.variableValues),
      type: isObjectType(inner) ? inner : null,
      fields: innerFields,
    });
  }
  return fields;
}

/** The field nodes of a selection set on `type`, by response key, as graphql-js collects them. */
export function gatherFields(
  scope: OperationScope,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  byKey: Map<string, FieldNode[]>,
): void {
  for (const node of selectionSet.selections) {
    if (!included(scope, node)) continue;
    if (node.kind === Kind.FIELD) {
      const key = node.alias?.value ?? node.name.value;
      const nodes = byKey.get(key);
      if (nodes) nodes.push(node);
      else byKey.set(key, [node]);
    } else {
      const fragment = node.kind === Kind.INLINE_FRAGMENT ? node : scope.fragments[node.name.value];
      const condition = fragment?.typeCondition?.name.value;
      if (!fragment || (condition && !appliesTo(type, condition))) continue;
      gatherFields(scope, type, fragment.selectionSet, byKey);
    }
  }
}

function appliesTo(type: GraphQLObjectType, condition: string): boolean {
  return type.name === condition || type.getInterfaces().some((face) => face.name === condition);
}

function included(scope: OperationScope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, scope.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, scope.variableValues)?.if !== false;
}

/** The entries inside the fields named `name` (all aliases merged), e.g. a connection's `edges`. */
export function entriesInside(fields: ResponseField[], name: string): ResponseField[] {
  const inner = new Map<string, ResponseField>();
  for (const field of fields) {
    if (field.name === name) for (const child of field.fields) if (!inner.has(child.key)) inner.set(child.key, child);
  }
  return [...inner.values()];
}
