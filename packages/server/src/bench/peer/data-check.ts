import { isDeepStrictEqual } from 'node:util';
import type { Client } from 'pg';
import type { BenchCase } from './cases';
import { postGraphql } from './load';
import type { RunningServer } from './servers';

/**
 * Asks each side once and compares the normalized answers: "same", or where the first
 * difference is. A difference is reported, not fatal: the numbers are still worth seeing.
 */
export async function checkSameData(
  benchCase: BenchCase,
  ours: RunningServer,
  peer: RunningServer,
  admin: Client,
): Promise<string> {
  const [ourData, peerData, sqlRows] = await Promise.all([
    postGraphql(ours.url, benchCase.ours),
    postGraphql(peer.url, benchCase.peer),
    admin.query<{ json: unknown }>(benchCase.sql.text, benchCase.sql.params),
  ]);
  const answers = {
    ours: benchCase.normalizeOurs(ourData),
    PostGraphile: benchCase.normalizePeer(peerData),
    SQL: benchCase.normalizeSql(sqlRows.rows[0]?.json),
  };
  const differences = (['PostGraphile', 'SQL'] as const)
    .filter((side) => !isDeepStrictEqual(answers.ours, answers[side]))
    .map((side) => `${side} differs from ours at ${firstDifference(answers.ours, answers[side])}`);
  return differences.length ? differences.join('; ') : `same data (${describe(answers.ours)})`;
}

function describe(answer: unknown): string {
  if (Array.isArray(answer)) return `${answer.length} papers`;
  const page = answer as { rows?: unknown[]; results?: unknown[]; tasks?: unknown[] };
  if (page.rows) return `${page.rows.length} rows`;
  return `${page.results?.length ?? 0} results, ${page.tasks?.length ?? 0} tasks`;
}

/** A path such as rows[3].model and both values there. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) {
        return firstDifference(left, right, Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      }
    }
  }
  return `${path || '(top)'}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}
