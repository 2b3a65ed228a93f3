import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLNamedOutputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Random } from '../../src/bench/random';

/** Real values of the database, so that most generated operations find something. */

/**
 * Fields whose value names the server it came from (permalinks in files): the two servers of a
 * parity test differ in port. Neither is compiled, so both servers answer them with one code path.
 */
const ORIGIN_DEPENDENT = new Set(['Benchmark.export', 'Paper.bibtex']);

export interface ValuePools {
  paperSlugs: string[];
  arxivIds: string[];
  benchmarkSlugs: string[];
  metricNames: string[];
  taskSlugs: string[];
  datasetSlugs: string[];
  methodSlugs: string[];
  areaSlugs: string[];
  collectionSlugs: string[];
  /** Global ids, for `node(id:)` and `filter.author`. */
  nodeIds: string[];
  words: string[];
  languages: string[];
  modalities: string[];
  /** endCursors of first pages of several lists. */
  cursors: string[];
}

export interface RandomOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** Leaves the argument out (its default applies). */
const OMIT = Symbol('omit');

// Hot paths first and more often: the compiled read path is built for them.
const ROOT_WEIGHTS: Record<string, number> = {
  paper: 4,
  benchmark: 4,
  papers: 4,
  task: 2,
  dataset: 2,
  method: 2,
  area: 2,
  methodCollection: 1,
  benchmarks: 1,
  tasks: 1,
  datasets: 1,
  methods: 1,
  areas: 1,
  stats: 1,
  node: 1,
};

const SLUG_POOLS: Record<string, keyof ValuePools> = {
  paper: 'paperSlugs',
  benchmark: 'benchmarkSlugs',
  task: 'taskSlugs',
  dataset: 'datasetSlugs',
  method: 'methodSlugs',
  area: 'areaSlugs',
  methodCollection: 'collectionSlugs',
};

// Filter fields by name, across PaperFilter, TaskFilter, DatasetFilter, MethodFilter, BenchmarkFilter.
const FILTER_POOLS: Record<string, keyof ValuePools> = {
  query: 'words',
  task: 'taskSlugs',
  parent: 'taskSlugs',
  dataset: 'datasetSlugs',
  method: 'methodSlugs',
  area: 'areaSlugs',
  collection: 'collectionSlugs',
  author: 'nodeIds',
  language: 'languages',
  modality: 'modalities',
};

/**
 * Random read operations over the schema, reproducible from a seed: random subsets of fields
 * down to a random depth, aliases (the same field twice with other arguments), inline and named
 * fragments, `__typename`, @include/@skip through variables, arguments as literals or variables
 * with values from the database, and now and then an invalid one (negative `first`, an unknown
 * metric, a malformed cursor) whose error must come out the same.
 */
export class RandomOperations {
  private readonly random: Random;
  private variables: Record<string, unknown> = {};
  private definitions: string[] = [];
  private fragments: string[] = [];
  private names = 0;
  private maxDepth = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: ValuePools,
    seed: number,
  ) {
    this.random = new Random(seed);
  }

  /** The next operation; `accept` may refuse it (e.g. over the cost budget) and ask for a shallower one. */
  next(accept: (operation: RandomOperation) => boolean = () => true): RandomOperation {
    let depth = 2 + this.random.int(5);
    for (;;) {
      const operation = this.operation(depth);
      if (depth <= 1 || accept(operation)) return operation;
      depth--;
    }
  }

  private operation(maxDepth: number): RandomOperation {
    this.variables = {};
    this.definitions = [];
    this.fragments = [];
    this.names = 0;
    this.maxDepth = maxDepth;
    const query = this.schema.getQueryType()!;
    const roots = Array.from({ length: 1 + this.random.int(2) }, () => query.getFields()[this.weightedRoot()]!);
    const selections = roots.map((field, i) => this.field(query, field, 1, i > 0 || this.random.chance(0.2)));
    const anonymous = !this.definitions.length && this.random.chance(0.3);
    const header = anonymous ? '' : `query Random${this.definitions.length ? `(${this.definitions.join(', ')})` : ''} `;
    return {
      query: `${header}{ ${selections.join(' ')} }${this.fragments.map((f) => ` ${f}`).join('')}`,
      variables: this.variables,
    };
  }

  private weightedRoot(): string {
    const total = Object.values(ROOT_WEIGHTS).reduce((sum, w) => sum + w, 0);
    let roll = this.random.next() * total;
    for (const [name, weight] of Object.entries(ROOT_WEIGHTS)) {
      roll -= weight;
      if (roll < 0) return name;
    }
    return 'paper';
  }

  /** One field with its arguments, maybe an alias and a directive, and its sub-selection. */
  private field(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    depth: number,
    alias: boolean,
  ): string {
    const named = getNamedType(field.type);
    const sub = isLeafType(named) ? '' : ` ${this.selectionSet(named, depth + 1)}`;
    const name = alias ? `${this.alias()}: ${field.name}` : field.name;
    return `${name}${this.args(parent, field)}${this.fieldDirective()}${sub}`;
  }

  private selectionSet(type: GraphQLNamedOutputType, depth: number): string {
    if (isAbstractType(type)) {
      const possible = this.random.pick(this.schema.getPossibleTypes(type));
      return `{ __typename id ... on ${possible.name} ${this.selectionSet(possible, depth)} }`;
    }
    if (!isObjectType(type)) throw new Error(`unexpected type ${type.name}`);
    const fields = Object.values(type.getFields()).filter(
      (f) =>
        (depth < this.maxDepth || isLeafType(getNamedType(f.type))) && !ORIGIN_DEPENDENT.has(`${type.name}.${f.name}`),
    );
    const selections = this.sample(fields, 1 + this.random.int(Math.min(5, fields.length))).map((f) =>
      this.field(type, f, depth, this.random.chance(0.1)),
    );
    // The same field again under another name, with arguments of its own.
    const withArgs = fields.filter((f) => f.args.length > 0);
    if (withArgs.length && this.random.chance(0.2))
      selections.push(this.field(type, this.random.pick(withArgs), depth, true));
    if (this.random.chance(0.15)) selections.push('__typename');
    return `{ ${this.grouped(type, selections).join(' ')} }`;
  }

  /** Moves some selections into an inline fragment or a named one. */
  private grouped(type: GraphQLObjectType, selections: string[]): string[] {
    if (selections.length < 2 || !this.random.chance(0.3)) return selections;
    const cut = 1 + this.random.int(selections.length - 1);
    const inner = selections.slice(cut).join(' ');
    const rest = selections.slice(0, cut);
    const kind = this.random.int(3);
    if (kind === 0) return [...rest, `... on ${type.name} { ${inner} }`];
    if (kind === 1) return [...rest, `...${this.booleanDirective()} { ${inner} }`];
    const name = `F${this.fragments.length}`;
    this.fragments.push(`fragment ${name} on ${type.name} { ${inner} }`);
    return [...rest, `...${name}`];
  }

  private fieldDirective(): string {
    return this.random.chance(0.08) ? this.booleanDirective() : '';
  }

  private booleanDirective(): string {
    const directive = this.random.chance(0.5) ? 'include' : 'skip';
    const condition = this.random.chance(0.5)
      ? `$${this.variable('Boolean!', this.random.chance(0.5))}`
      : this.random.chance(0.5);
    return ` @${directive}(if: ${condition})`;
  }

  private args(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
    const args =
      parent.name === 'Query' && field.name === 'paper'
        ? this.paperArgs(field)
        : field.args.map((arg) => this.arg(parent, field, arg));
    const given = args.filter((a): a is string => a !== null);
    return given.length ? `(${given.join(', ')})` : '';
  }

  /** `paper(slug:)` or `paper(arxivId:)`; now and then both or neither, which is an error. */
  private paperArgs(field: GraphQLField<unknown, unknown>): string[] {
    const bySlug = () =>
      this.rendered(
        field.args.find((a) => a.name === 'slug')!,
        this.maybeUnknown(this.pools.paperSlugs),
      );
    const byArxiv = () =>
      this.rendered(
        field.args.find((a) => a.name === 'arxivId')!,
        this.maybeUnknown(this.pools.arxivIds),
      );
    const roll = this.random.next();
    if (roll < 0.75) return [bySlug()];
    if (roll < 0.95) return [byArxiv()];
    return roll < 0.975 ? [bySlug(), byArxiv()] : [];
  }

  private arg(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string | null {
    const value = this.argValue(parent, field, arg);
    return value === OMIT ? null : this.rendered(arg, value);
  }

  private argValue(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): unknown {
    const r = this.random;
    const optional = !isNonNullType(arg.type) || arg.defaultValue !== undefined;
    switch (arg.name) {
      case 'first':
        if (r.chance(0.05)) return r.pick([-1, 1001]);
        return optional && r.chance(0.2) ? OMIT : r.pick([0, 1, 1, 2, 3, 5]);
      case 'after':
        if (r.chance(0.75)) return OMIT;
        return r.chance(0.8) ? r.pick(this.pools.cursors) : r.pick(['not-a-cursor', '', 'e30']);
      case 'metric':
        if (r.chance(0.5)) return OMIT;
        return r.chance(0.85) ? r.pick(this.pools.metricNames) : r.pick([null, 'No such metric']);
      case 'hasCode':
      case 'usesAdditionalData':
      case 'topLevel':
        return r.chance(0.5) ? OMIT : r.chance(0.5);
      case 'slug':
        return this.maybeUnknown(this.pools[SLUG_POOLS[field.name] ?? 'paperSlugs']);
      case 'id':
        return this.maybeUnknown(this.pools.nodeIds);
      case 'orderBy': {
        const type = getNamedType(arg.type);
        return r.chance(0.4) || !isEnumType(type) ? OMIT : r.pick(type.getValues()).name;
      }
      case 'filter': {
        const type = getNamedType(arg.type);
        return r.chance(0.4) || !isInputObjectType(type) ? OMIT : this.filter(type);
      }
      default:
        if (optional) return OMIT;
        throw new Error(`no values for ${parent.name}.${field.name}(${arg.name})`);
    }
  }

  private filter(type: GraphQLInputObjectType): Record<string, unknown> {
    const fields = Object.values(type.getFields());
    const filter: Record<string, unknown> = {};
    for (const field of this.sample(fields, 1 + this.random.int(2))) {
      const pool = FILTER_POOLS[field.name];
      if (pool) {
        if (this.pools[pool].length) filter[field.name] = this.random.pick(this.pools[pool]);
      } else if (getNamedType(field.type).name === 'Boolean') filter[field.name] = this.random.chance(0.5);
      else if (getNamedType(field.type).name === 'Int') filter[field.name] = this.random.pick([2010, 2017, 2019, 2030]);
    }
    return filter;
  }

  /** Mostly a value of the pool; sometimes one that matches nothing. */
  private maybeUnknown(pool: string[]): string {
    return this.random.chance(0.05) || !pool.length ? 'no-such-thing' : this.random.pick(pool);
  }

  /** An argument as a literal, or (a third of the time) through a variable. */
  private rendered(arg: GraphQLArgument, value: unknown): string {
    if (this.random.chance(0.35)) return `${arg.name}: $${this.variable(String(arg.type), value)}`;
    return `${arg.name}: ${literal(value, isEnumType(getNamedType(arg.type)))}`;
  }

  private variable(type: string, value: unknown): string {
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${type}`);
    this.variables[name] = value;
    return name;
  }

  private alias(): string {
    return `a${this.names++}`;
  }

  private sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(this.random.int(pool.length), 1)[0]!);
    return out;
  }
}

/** A value as a GraphQL literal; strings of an enum argument are enum values. */
function literal(value: unknown, isEnum = false): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return isEnum ? value : JSON.stringify(value);
  if (typeof value === 'object') {
    return `{ ${Object.entries(value as object)
      .map(([key, v]) => `${key}: ${literal(v)}`)
      .join(', ')} }`;
  }
  return String(value);
}
