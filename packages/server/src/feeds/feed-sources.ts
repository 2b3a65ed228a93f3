import type { SqlRunner } from '../db/prepared-statements';
import { findBoard } from '../modules/benchmark/export/board-export';
import { loadHistories } from '../modules/benchmark/leaderboard/leaderboard.loaders';
import { PaperOrder } from '../modules/paper/paper.inputs';
import { listPapers, type PaperCriteria } from '../modules/paper/paper.service';
import type { AtomEntry, AtomFeed } from './atom';

/** Entries per feed: enough for a reader polling daily. */
export const FEED_SIZE = 50;

/** What a feed is of; `origin` is the site's own URL, for ids and links. */
export type FeedSubject =
  | { kind: 'papers' }
  | { kind: 'task'; slug: string }
  | { kind: 'area'; slug: string }
  | { kind: 'board'; slug: string; metric?: string };

interface PaperItem {
  slug: string;
  title: string;
  abstract: string | null;
  published: string | null;
  authors: string[];
  tasks: string[];
}

/** A paper as a feed entry needs it, from `paper <row>`. */
const PAPER_ITEM_JSON = (_type: unknown, row: string) => `jsonb_build_object(
  'slug', ${row}.slug, 'title', ${row}.title, 'abstract', ${row}.abstract, 'published', ${row}.published,
  'authors', (SELECT coalesce(jsonb_agg(a.name ORDER BY pa.position), '[]'::jsonb)
              FROM paper_author pa JOIN author a ON a.id = pa.author_id WHERE pa.paper_id = ${row}.id),
  'tasks', (SELECT coalesce(jsonb_agg(t.name ORDER BY t.name), '[]'::jsonb)
            FROM paper_task pt JOIN task t ON t.id = pt.task_id WHERE pt.paper_id = ${row}.id))`;

const page = (origin: string, path: string) => `${origin}${path}`;
const slugPath = (prefix: string, slug: string) => `/${prefix}/${encodeURIComponent(slug)}`;

/** Abstracts can be long; a summary is the first 600 characters. */
function summary(text: string | null): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 600 ? `${flat.slice(0, 599)}…` : flat;
}

async function latestPapers(db: SqlRunner, origin: string, criteria: PaperCriteria): Promise<AtomEntry[]> {
  const { edges } = await listPapers<PaperItem>(db, criteria, PaperOrder.PUBLISHED_DESC, PAPER_ITEM_JSON, {
    first: FEED_SIZE,
  });
  return edges.map(({ node: paper }) => ({
    id: page(origin, slugPath('paper', paper.slug)),
    link: page(origin, slugPath('paper', paper.slug)),
    title: paper.title,
    // Undated papers sort last; they still need a date.
    updated: paper.published ?? '1970-01-01',
    published: paper.published,
    authors: paper.authors,
    categories: paper.tasks,
    summary: summary(paper.abstract),
  }));
}

async function nameOf(db: SqlRunner, table: 'task' | 'area', slug: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }[]>(`SELECT name FROM ${table} WHERE slug = $1`, [slug]);
  return row?.name ?? null;
}

interface SotaItem {
  id: number;
  model: string;
  paper: { slug: string; title: string } | null;
}

/**
 * The feed of a subject, or null when its task, area or board does not exist. `self` is the
 * feed's URL. A metric the board cannot rank by is BAD_USER_INPUT (from findBoard).
 */
export async function buildFeed(
  db: SqlRunner,
  origin: string,
  self: string,
  subject: FeedSubject,
): Promise<AtomFeed | null> {
  // A fixed date for empty feeds, so that their body (and ETag) only changes with the data.
  const now = '1970-01-01';
  switch (subject.kind) {
    case 'papers':
      return {
        self,
        page: page(origin, '/papers'),
        title: 'Latest papers — Papers with Code 2',
        entries: await latestPapers(db, origin, {}),
        emptyUpdated: now,
      };
    case 'task':
    case 'area': {
      const name = await nameOf(db, subject.kind, subject.slug);
      if (name === null) return null;
      return {
        self,
        page: page(origin, slugPath(subject.kind, subject.slug)),
        title: `${name}: latest papers — Papers with Code 2`,
        entries: await latestPapers(db, origin, { [subject.kind]: subject.slug }),
        emptyUpdated: now,
      };
    }
    case 'board': {
      const board = await findBoard(db, { slug: subject.slug, metric: subject.metric, filters: {} });
      if (!board) return null;
      const boardPage = page(origin, slugPath('sota', board.slug));
      const metric = board.rankedBy;
      const [history = []] = metric
        ? await loadHistories(
            db,
            [{ benchmarkId: board.id, metric, filters: {} }],
            (_type, row) =>
              `jsonb_build_object('id', ${row}.id, 'model', ${row}.model_name, 'paper',
               (SELECT jsonb_build_object('slug', p.slug, 'title', p.title) FROM paper p WHERE p.id = ${row}.paper_id))`,
          )
        : [];
      const entries = history
        .slice(-FEED_SIZE)
        .reverse()
        .map(({ date, value, result }): AtomEntry => {
          const item = result as unknown as SotaItem;
          return {
            id: `${boardPage}#sota-${item.id}-${metric!.id}`,
            link: item.paper ? `${boardPage}?p=${encodeURIComponent(item.paper.slug)}` : boardPage,
            title: `New state of the art on ${board.dataset}: ${item.model}, ${metric!.name} ${value}`,
            updated: date,
            published: date,
            summary: `${item.model} set a new best ${metric!.name} (${value}) for ${board.task} on ${board.dataset}${
              item.paper ? `, in “${item.paper.title}”` : ''
            }.`,
          };
        });
      return {
        self,
        page: boardPage,
        title: `${board.task} on ${board.dataset}: new state of the art${metric ? ` (${metric.name})` : ''} — Papers with Code 2`,
        entries,
        emptyUpdated: now,
      };
    }
  }
}
