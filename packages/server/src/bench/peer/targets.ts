import type { Client } from 'pg';

/** What the queries ask for, picked from the database so that they work on any archive. */
export interface Targets {
  /** BERT if present, else the paper with the most result rows. */
  paper: { slug: string; results: number };
  /** The board closest to 234 rows (question-answering-on-squad20's size in the real archive). */
  midBoard: Board;
  largestBoard: Board;
  /** A board of at least 10 rows, for the memory comparison with the largest. */
  smallBoard: Board;
  /** One word for the paper search. */
  searchWord: string;
  papers: number;
}

export interface Board {
  slug: string;
  rows: number;
}

const BERT = 'bert-pre-training-of-deep-bidirectional';
const SEARCH_WORD = 'transformer';

// Boards that can be ranked: ones with a numeric metric.
const RANKABLE_BOARDS = `
  SELECT b.slug, count(r.id)::int AS rows
  FROM benchmark b JOIN result r ON r.benchmark_id = b.id
  WHERE EXISTS (SELECT 1 FROM metric m WHERE m.benchmark_id = b.id AND m.is_numeric)
  GROUP BY b.id`;

export async function pickTargets(db: Client): Promise<Targets> {
  const board = async (orderBy: string): Promise<Board> => {
    const { rows } = await db.query<Board>(
      `SELECT * FROM (${RANKABLE_BOARDS}) boards ORDER BY ${orderBy}, slug LIMIT 1`,
    );
    if (!rows[0]) throw new Error('the database has no leaderboard with a numeric metric');
    return rows[0];
  };
  const { rows: papers } = await db.query<{ slug: string; results: number }>(
    `SELECT p.slug, count(r.id)::int AS results FROM paper p JOIN result r ON r.paper_id = p.id
     GROUP BY p.id ORDER BY (p.slug = $1) DESC, count(r.id) DESC, p.slug LIMIT 1`,
    [BERT],
  );
  if (!papers[0]) throw new Error('the database has no paper with results');
  const { rows: counts } = await db.query<{ papers: number }>('SELECT count(*)::int AS papers FROM paper');
  return {
    paper: papers[0],
    midBoard: await board('abs(rows - 234)'),
    largestBoard: await board('rows DESC'),
    smallBoard: await board('(rows < 10), abs(rows - 12)'),
    searchWord: SEARCH_WORD,
    papers: counts[0]?.papers ?? 0,
  };
}
