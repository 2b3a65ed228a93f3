import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { badInput } from '../errors';
import {
  ARGUMENT_COSTS,
  CONNECTION_EDGES_SIZE,
  EXPENSIVE_FIELDS,
  INTROSPECTION_OBJECT_COST,
  LIST_SIZES,
  OBJECT_FIELD_COST,
  PAGE_SIZES,
  scalarFieldCost,
  STANDARD_PAGE_SIZE,
  UNLISTED_LIST_SIZE,
} from './cost-rules';

export function pageSizeLimits(typeName: string, fieldName: string) {
  return PAGE_SIZES[`${typeName}.${fieldName}`] ?? STANDARD_PAGE_SIZE;
}

export type CostEstimator = (
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
) => number;

/** Prices operations against one schema, before they run. */
export function createCostEstimator(schema: GraphQLSchema): CostEstimator {
  const estimators = [introspectionFieldCost(schema), apiFieldCost];
  return (document, variables = {}, operationName) =>
    Math.ceil(getComplexity({ schema, query: document, variables, operationName, estimators }));
}

/**
 * One field's cost: objects cost 1 plus their children; a paged field (with `first`) multiplies
 * its children by the page size asked for; other lists by their assumed size; scalars are free
 * unless looked up per object.
 */
const apiFieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const returned = getNullableType(field.type);
  if (!isCompositeType(getNamedType(returned))) {
    // A mutation's work is its own, whatever it answers (changePassword, requestPasswordReset: a Boolean).
    return scalarFieldCost(field.name) + (type.name === 'Mutation' ? (EXPENSIVE_FIELDS[key] ?? 0) : 0);
  }

  const own = OBJECT_FIELD_COST + (EXPENSIVE_FIELDS[key] ?? 0) + argumentCost(key, args);
  if ('first' in args) return own + pageSize(type.name, field.name, args.first) * childComplexity;
  if (isListType(returned)) {
    const size = field.name === 'edges' ? CONNECTION_EDGES_SIZE : (LIST_SIZES[key] ?? UNLISTED_LIST_SIZE);
    return own + size * childComplexity;
  }
  return own + childComplexity;
};

/** What the arguments given add, e.g. benchmark(asOf:). */
function argumentCost(key: string, args: Record<string, unknown>): number {
  let cost = 0;
  for (const [name, value] of Object.entries(args)) {
    if (value != null) cost += ARGUMENT_COSTS[`${key}.${name}`] ?? 0;
  }
  return cost;
}

/** The page size asked for; out of range is the client's mistake, named before anything runs. */
function pageSize(typeName: string, fieldName: string, first: unknown): number {
  const limits = pageSizeLimits(typeName, fieldName);
  if (typeof first !== 'number') return limits.default;
  if (first < 0 || first > limits.max) {
    throw badInput('first', `${first} is out of range: ${fieldName} takes from 0 to ${limits.max} items a page`);
  }
  return first;
}

/**
 * Introspection is answered from memory, so its objects are cheap, but its lists are priced at
 * their real largest size in this schema: nesting `fields { type { fields … } }` multiplies fast.
 */
function introspectionFieldCost(schema: GraphQLSchema): ComplexityEstimator {
  const sizes = introspectionListSizes(schema);
  return ({ type, field, childComplexity }) => {
    if (!type.name.startsWith('__') && !field.name.startsWith('__')) return undefined;
    const returned = getNullableType(field.type);
    if (!isCompositeType(getNamedType(returned))) return 0;
    const size = isListType(returned) ? (sizes[`${type.name}.${field.name}`] ?? 1) : 1;
    return INTROSPECTION_OBJECT_COST + size * childComplexity;
  };
}

function introspectionListSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const largest = (counts: number[]) => Math.max(1, ...counts);
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fieldArgs = withFields.flatMap((t) => Object.values(t.getFields()).map((f) => f.args.length));
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': largest(withFields.map((t) => Object.keys(t.getFields()).length)),
    '__Type.inputFields': largest(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length)),
    '__Type.enumValues': largest(types.filter(isEnumType).map((t) => t.getValues().length)),
    '__Type.interfaces': largest(withFields.map((t) => t.getInterfaces().length)),
    '__Type.possibleTypes': largest(types.filter(isAbstractType).map((t) => schema.getPossibleTypes(t).length)),
    '__Field.args': largest(fieldArgs),
    '__Directive.args': largest(directives.map((d) => d.args.length)),
  };
}
