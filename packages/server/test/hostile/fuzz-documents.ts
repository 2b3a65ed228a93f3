import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { Random } from '../../src/bench/random';

/** Strings a hostile client would send: injections, markup, NULs, odd Unicode, huge text. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  "x'; DROP TABLE paper; --",
  '<script>alert(1)</script>',
  '\u0000',
  'bert\u0000',
  '\ud800',
  '%00%27',
  '../../etc/passwd',
  'a'.repeat(600),
  'b'.repeat(2_000),
  '日本語のテキスト',
  'question-answering-on-squad11',
  'bert-pre-training-of-deep-bidirectional',
  'natural-language-processing',
  'e30',
  Buffer.from('Paper:bert-pre-training-of-deep-bidirectional').toString('base64url'),
  Buffer.from('Author:1').toString('base64url'),
  Buffer.from('Author:99999999999').toString('base64url'),
  Buffer.from('[1,2]').toString('base64url'),
  Buffer.from('["2020-01-01",1]').toString('base64url'),
  Buffer.from('offset:5').toString('base64url'),
  Buffer.from('offset:999999999').toString('base64url'),
];
/** Ordinary values, so that most documents get past validation and really run. */
const PLAIN_STRINGS = [
  'bert',
  'question answering',
  'question-answering',
  'squad1-1',
  'question-answering-on-squad11',
  'bert-pre-training-of-deep-bidirectional',
  'natural-language-processing',
  'F1',
  'EM',
  'transformer',
];
const HOSTILE_INTS = [0, 1, 5, -1, 100, 101, 1000, 1001, 2_147_483_647, -2_147_483_648, 1900, 3000, 0x7fffffff];

/**
 * Random operations built from the schema: real fields with random arguments (valid and
 * hostile, literal and through variables) and random selections, reproducible from a seed.
 */
export class FuzzDocuments {
  private readonly random: Random;
  private variables: Record<string, unknown> = {};
  private definitions: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.random = new Random(seed);
  }

  next(): { query: string; variables: Record<string, unknown> } {
    this.variables = {};
    this.definitions = [];
    const query = this.schema.getQueryType()!;
    const fields = Object.values(query.getFields());
    const roots = Array.from({ length: 1 + this.random.int(3) }, () => this.random.pick(fields));
    const body = roots
      .map((field, i) => `r${i}: ${field.name}${this.args(field.args)}${this.selection(field.type, 0)}`)
      .join(' ');
    const header = this.definitions.length ? `query Fuzz(${this.definitions.join(', ')})` : '';
    return { query: `${header} { ${body} }`, variables: this.variables };
  }

  private args(args: readonly GraphQLArgument[]): string {
    const chosen = args.filter((arg) => isNonNullType(arg.type) || this.random.chance(0.3));
    if (!chosen.length) return '';
    return `(${chosen.map((arg) => `${arg.name}: ${this.argument(arg.type)}`).join(', ')})`;
  }

  /** A value for an argument: a literal, or (half the time) a variable with the same value. */
  private argument(type: GraphQLInputType): string {
    const value = this.value(type);
    if (this.random.chance(0.5) || value === undefined) return this.literal(type, value);
    const variable = `v${this.definitions.length}`;
    this.definitions.push(`$${variable}: ${String(type)}`);
    this.variables[variable] = value;
    return `$${variable}`;
  }

  private value(type: GraphQLInputType): unknown {
    const named = getNamedType(type);
    if (isListType(getNullableType(type))) return [this.value(named)];
    if (isEnumType(named)) return this.random.pick(named.getValues()).name;
    if (isInputObjectType(named)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(named.getFields())) {
        if (this.random.chance(0.4)) out[field.name] = this.value(field.type);
      }
      return out;
    }
    switch (named.name) {
      case 'Int':
        return this.random.chance(0.85) ? this.random.int(10) : this.random.pick(HOSTILE_INTS);
      case 'Float':
        return this.random.next() * 100;
      case 'Boolean':
        return this.random.chance(0.5);
      default:
        return this.random.pick(this.random.chance(0.7) ? PLAIN_STRINGS : HOSTILE_STRINGS);
    }
  }

  private literal(type: GraphQLInputType, value: unknown): string {
    const named = getNamedType(type);
    if (Array.isArray(value)) return `[${value.map((item) => this.literal(named, item)).join(', ')}]`;
    if (isEnumType(named)) return String(value);
    if (isInputObjectType(named) && value && typeof value === 'object') {
      const fields = named.getFields();
      const parts = Object.entries(value).map(([key, v]) => `${key}: ${this.literal(fields[key]!.type, v)}`);
      return `{ ${parts.join(', ')} }`;
    }
    return JSON.stringify(value);
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (!isCompositeType(named)) return '';
    return `{ ${this.fieldsOf(named, depth).join(' ')} }`;
  }

  private fieldsOf(type: GraphQLCompositeType, depth: number): string[] {
    if (isUnionType(type)) return ['__typename'];
    const fields = Object.values(isObjectType(type) || isInterfaceType(type) ? type.getFields() : {});
    const scalars = fields.filter((f) => !isCompositeType(getNamedType(f.type)));
    const objects = fields.filter((f) => isCompositeType(getNamedType(f.type)));
    const picked = ['__typename'];
    for (const field of scalars) {
      if (this.random.chance(0.4)) picked.push(`${field.name}${this.args(field.args)}`);
    }
    const nested = depth < 6 ? objects.filter(() => this.random.chance(depth < 2 ? 0.5 : 0.25)) : [];
    for (const field of nested) {
      picked.push(`${field.name}${this.args(field.args)} ${this.selection(field.type, depth + 1)}`);
    }
    return picked;
  }
}
