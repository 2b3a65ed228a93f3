import { slugify } from '@pwc/shared';

/** Runs one parameterised statement (a migration's query runner or an import's connection). */
export type RunSql = <Row>(text: string, params?: unknown[]) => Promise<Row[]>;

/** What a name's slug is built from; names without a Latin letter or digit share "author". */
export function authorSlugBase(name: string): string {
  return slugify(name) || 'author';
}

/** Names per statement when writing. */
const CHUNK = 20_000;

/**
 * Gives each author in `names` that has no row yet a row with a slug of its own (see
 * slugsOfNewNames) and, from `paperCounts`, its paper count; returns how many were created.
 */
export async function createAuthors(
  run: RunSql,
  names: readonly string[],
  paperCounts: ReadonlyMap<string, number> = new Map(),
): Promise<number> {
  const pending: string[] = [];
  for (let i = 0; i < names.length; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK);
    const existing = await run<{ name: string }>('SELECT name FROM author WHERE name = ANY($1::text[])', [chunk]);
    const known = new Set(existing.map((row) => row.name));
    pending.push(...chunk.filter((name) => !known.has(name)));
  }
  const { names: sorted, slugs } = await slugsOfNewNames(run, pending);
  for (let i = 0; i < sorted.length; i += CHUNK) {
    await run(
      `INSERT INTO author (name, slug, paper_count) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
       ON CONFLICT (name) DO NOTHING`,
      [
        sorted.slice(i, i + CHUNK),
        slugs.slice(i, i + CHUNK),
        sorted.slice(i, i + CHUNK).map((name) => paperCounts.get(name) ?? 0),
      ],
    );
  }
  return sorted.length;
}

/**
 * Slugs for names that have none yet, in code-point order of the names. A slug never changes once
 * given: a name whose slug is taken (by an older author or by a name before it here) gets the first
 * free `-2`, `-3`, … — so "J. Smith" and "J Smith" become `j-smith` and `j-smith-2`, whichever came
 * first keeping the bare slug. The same names imported into an empty database get the same slugs.
 */
export async function slugsOfNewNames(
  run: RunSql,
  names: readonly string[],
): Promise<{ names: string[]; slugs: string[] }> {
  // Code-point order, as Postgres sorts with COLLATE "C": independent of the server's locale.
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { names: sorted, slugs: await freeSlugs(run, sorted.map(authorSlugBase)) };
}

/** For each base in order, the first of base, base-2, base-3, … neither stored nor given to an earlier one. */
async function freeSlugs(run: RunSql, bases: readonly string[]): Promise<string[]> {
  const chosen = new Array<string>(bases.length);
  const given = new Set<string>();
  const next = new Map<string, number>();
  const candidate = (i: number) => {
    const n = next.get(bases[i]!) ?? 1;
    return n === 1 ? bases[i]! : `${bases[i]}-${n}`;
  };
  const bump = (i: number) => next.set(bases[i]!, (next.get(bases[i]!) ?? 1) + 1);
  let open = bases.map((_, i) => i);
  // Each round asks the database about every open candidate at once. Rounds are few: only names
  // sharing a slug need more than one.
  while (open.length > 0) {
    const asked = open.map(candidate);
    const stored = new Set<string>();
    const unique = [...new Set(asked)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await run<{ slug: string }>('SELECT slug FROM author WHERE slug = ANY($1::text[])', [
        unique.slice(i, i + CHUNK),
      ]);
      for (const row of rows) stored.add(row.slug);
    }
    const retry: number[] = [];
    open.forEach((i, k) => {
      const slug = asked[k]!;
      // An earlier name of the same base took a slug this round: ask again with the next number.
      if (slug !== candidate(i)) return retry.push(i);
      if (stored.has(slug) || given.has(slug)) {
        bump(i);
        return retry.push(i);
      }
      chosen[i] = slug;
      given.add(slug);
      bump(i);
    });
    open = retry;
  }
  return chosen;
}
