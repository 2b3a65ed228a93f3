import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_COST_BUDGET, LIST_SIZES } from '../../src/graphql/limits/cost-rules';
import { createCostEstimator, type CostEstimator } from '../../src/graphql/limits/query-cost';
import { createSchema } from '../../src/graphql/schema';
import { largestVariables, playgroundExamples, webOperations } from '../support/web-operations';

let schema: GraphQLSchema;
let cost: CostEstimator;
beforeAll(async () => {
  schema = await createSchema();
  cost = createCostEstimator(schema);
});

describe('the cost budget', () => {
  it('fits every operation the web app sends, at its largest variables', () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(10);
    const over = operations
      .map(({ name, document }) => ({ name, cost: cost(document, largestVariables(schema, document)) }))
      .filter((operation) => operation.cost > DEFAULT_COST_BUDGET);
    expect(over).toEqual([]);
  });

  it("fits the playground's examples at their largest variables", () => {
    const examples = playgroundExamples();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { document } of examples) {
      expect(cost(document, largestVariables(schema, document))).toBeLessThanOrEqual(DEFAULT_COST_BUDGET);
    }
  });

  it("fits the playground's full introspection query", () => {
    const introspection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(cost(parse(introspection))).toBeLessThan(DEFAULT_COST_BUDGET / 10);
  });

  it('multiplies nested lists by their page sizes', () => {
    const one = cost(parse('{ papers(first: 10) { edges { node { title } } } }'));
    const nested = cost(
      parse('{ papers(first: 10) { edges { node { authors { papers(first: 10) { totalCount } } } } } }'),
    );
    expect(one).toBe(1 + 10 * (1 + 1)); // connection, then per page item: edges + node
    expect(nested).toBeGreaterThan(100 * one);
  });

  it('prices every list field: paged by `first`, or with an assumed size', () => {
    const unpriced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNullableType(field.type);
        const paged = field.args.some((arg) => arg.name === 'first');
        const isObjectList = isListType(returned) && isCompositeType(getNamedType(returned));
        if (isObjectList && !paged && field.name !== 'edges' && !LIST_SIZES[`${type.name}.${field.name}`]) {
          unpriced.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(unpriced).toEqual([]);
  });
});
