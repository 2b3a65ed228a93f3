import type { ArchiveKind } from '../read/archive-files';
import type { Sql } from './sql';

/** The files whose rows the trending score reads: papers (dates), code links, results. */
const TRENDING_INPUTS: ReadonlySet<ArchiveKind> = new Set([
  'papers-with-abstracts',
  'links-between-papers-and-code',
  'evaluation-tables',
]);

/**
 * Recomputes the trending scores (paper_trending; see the TrendingScoreTable migration) in the file's
 * transaction, so the trending order is exact as soon as the file's data is visible; only the
 * papers whose score changed are written (about 1.5 s on the full-size archive).
 */
export async function refreshTrendingScores(sql: Sql, kind: ArchiveKind): Promise<void> {
  if (TRENDING_INPUTS.has(kind)) await sql.query('SELECT refresh_trending_scores()');
}
