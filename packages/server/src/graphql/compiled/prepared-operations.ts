import {
  getOperationAST,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import type { ResponseField } from './response-fields';

/** A query document parsed and validated once, kept for the requests that send it again. */
export interface PreparedOperation {
  /** The document's text, as sent. */
  text: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /**
   * What was worked out for each set of variables seen (by their JSON): its plan, or null when
   * the compiled path leaves it to Apollo. A few per document, least recently used dropped first.
   */
  plans: Map<string, OperationPlan | null>;
}

/** The parts of a request's handling that depend only on the document and its variables. */
export interface OperationPlan {
  cost: number;
  fields: ResponseField[];
  /** What each root field's reader checked (see RootReader), by position in `fields`. */
  checked: unknown[];
  /** Names the reply in the response cache (with the data version): a hash of document and variables. */
  replyKey: string;
}

/** Variable sets remembered per document: a page of boards or papers asks with a few. */
const PLANS_PER_DOCUMENT = 64;

/** The plan of `variables` (as JSON) for `prepared`, made with `make` the first time. */
export function planFor(
  prepared: PreparedOperation,
  variables: string,
  make: () => OperationPlan | null,
): OperationPlan | null {
  const known = prepared.plans.get(variables);
  if (known !== undefined) return known;
  const plan = make();
  if (prepared.plans.size >= PLANS_PER_DOCUMENT) prepared.plans.delete(prepared.plans.keys().next().value!);
  prepared.plans.set(variables, plan);
  return plan;
}

/** Documents kept; the web app and embeds send a few dozen distinct ones. */
const MAX_DOCUMENTS = 1000;

/**
 * Parses and validates query documents with the same limits and rules as Apollo, remembering
 * the outcome per document text and operation name (least recently used dropped first). Null
 * for anything Apollo would answer with an error or that is not a query: Apollo answers those.
 */
export class PreparedOperations {
  private readonly documents = new Map<string, PreparedOperation | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: { maxTokens: number; rules: readonly ValidationRule[] },
  ) {}

  get(query: string, operationName: string | undefined): PreparedOperation | null {
    const key = `${operationName ?? ''}\n${query}`;
    const known = this.documents.get(key);
    if (known !== undefined) {
      this.documents.delete(key);
      this.documents.set(key, known); // most recently used last
      return known;
    }
    const prepared = this.prepare(query, operationName);
    if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(key, prepared);
    return prepared;
  }

  private prepare(query: string, operationName: string | undefined): PreparedOperation | null {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.options.maxTokens });
    } catch {
      return null;
    }
    if (validate(this.schema, document, [...specifiedRules, ...this.options.rules]).length > 0) return null;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'query') return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return { text: query, document, operation, fragments, plans: new Map() };
  }
}
