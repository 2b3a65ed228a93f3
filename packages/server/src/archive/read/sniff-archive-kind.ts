import type { ArchiveKind } from './archive-files';
import { readJsonArray } from './read-json-array';

/**
 * The fields that tell the five record shapes apart: a record is of a kind when it has the kind's
 * key field and at least one of its other fields (see PWC-FORMATS.md). Fields shared by several
 * kinds (name, url, paper_url, title) are only ever key fields.
 */
const SHAPES: Record<ArchiveKind, { key: string; telling: readonly string[] }> = {
  'evaluation-tables': { key: 'task', telling: ['datasets', 'subtasks', 'categories', 'synonyms', 'source_link'] },
  'links-between-papers-and-code': {
    key: 'repo_url',
    telling: ['paper_url', 'is_official', 'framework', 'mentioned_in_paper', 'mentioned_in_github'],
  },
  'papers-with-abstracts': {
    key: 'paper_url',
    telling: ['abstract', 'authors', 'arxiv_id', 'url_abs', 'url_pdf', 'proceeding', 'date', 'methods', 'tasks'],
  },
  methods: { key: 'name', telling: ['collections', 'code_snippet_url', 'introduced_year', 'source_title'] },
  datasets: {
    key: 'name',
    telling: ['variants', 'modalities', 'homepage', 'data_loaders', 'languages', 'parent_dataset', 'introduced_date'],
  },
};

/** The kind whose shape this record has (the one with most telling fields present), or null. */
export function kindOfRecord(record: Record<string, unknown>): ArchiveKind | null {
  let best: { kind: ArchiveKind; score: number } | null = null;
  for (const [kind, shape] of Object.entries(SHAPES) as [ArchiveKind, (typeof SHAPES)[ArchiveKind]][]) {
    if (!(shape.key in record)) continue;
    let score = shape.telling.filter((field) => field in record).length;
    // A paperswithcode.com URL names its kind: ".../method/<slug>", ".../dataset/<slug>".
    if (typeof record.url === 'string' && record.url.includes(`/${kind === 'methods' ? 'method' : 'dataset'}/`))
      score += kind === 'methods' || kind === 'datasets' ? 1 : 0;
    if (score > 0 && (best === null || score > best.score)) best = { kind, score };
  }
  return best?.kind ?? null;
}

export type Sniffed = { kind: ArchiveKind; record: Record<string, unknown> } | { kind: null; reason: string };

/** Reads the file's first record (gzipped or not) and tells which archive file it is by its shape. */
export async function sniffArchiveKind(path: string): Promise<Sniffed> {
  try {
    for await (const { value } of readJsonArray(path)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { kind: null, reason: 'the first element of its array is not an object' };
      const record = value as Record<string, unknown>;
      const kind = kindOfRecord(record);
      return kind === null
        ? { kind: null, reason: `its first record has none of the archive's shapes (keys: ${keysOf(record)})` }
        : { kind, record };
    }
    return { kind: null, reason: 'its array is empty' };
  } catch (error) {
    return { kind: null, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** What the report says a file was taken for and why. */
export function describeShape(kind: ArchiveKind, record: Record<string, unknown>): string {
  const shape = SHAPES[kind];
  const present = [shape.key, ...shape.telling.filter((field) => field in record)];
  return `its records have ${present.join(', ')}`;
}

function keysOf(record: Record<string, unknown>): string {
  return Object.keys(record).slice(0, 8).join(', ') || 'none';
}
