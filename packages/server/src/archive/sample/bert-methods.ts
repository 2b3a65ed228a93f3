import { embeddedMethod } from './method-papers';

type Json = Record<string, unknown>;

/**
 * The methods of the BERT paper as its paperswithcode.com page listed them: BERT itself and the
 * parts of its Transformer encoder and training recipe. Each is taken from the methods dump.
 */
export const BERT_METHOD_NAMES = [
  'BERT',
  'Attention Dropout',
  'Linear Warmup With Linear Decay',
  'Weight Decay',
  'GELU',
  'Dense Connections',
  'Adam',
  'WordPiece',
  'Softmax',
  'Dropout',
  'Multi-Head Attention',
  'Layer Normalization',
  'Residual Connection',
  'Scaled Dot-Product Attention',
];

/** BERT's methods as the methods dump has them. */
export function bertMethodRecords(dump: readonly Json[]): Json[] {
  return BERT_METHOD_NAMES.map((name) => {
    const method = dump.find((m) => m.name === name);
    if (method === undefined) throw new Error(`method ${name} is not in the methods dump`);
    return method;
  });
}

export function bertMethods(dump: readonly Json[]): Json[] {
  return bertMethodRecords(dump).map(embeddedMethod);
}
