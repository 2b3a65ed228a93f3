import type { RunSql } from '../author/author-slug';
import { parseProceeding, type ParsedProceeding } from './proceeding-label';

/** A paper's venue text: its proceeding, else its conference (see parseVenueText). */
export const VENUE_TEXT = (paper: string) => `coalesce(${paper}.proceeding, ${paper}.conference)`;

/**
 * The proceeding a paper's venue text names. `proceeding` is taken as it is ("NAACL 2019 6",
 * "neurips-2019-12", even without a year). `conference` is used only when there is no proceeding
 * and it names an edition with a year ("NeurIPS 2019"): in the archive it mostly holds the slug of
 * the paper's conference version ("generative-adversarial-networks-1"), which names no venue.
 */
function parseVenueText(text: string, fromConference: boolean): ParsedProceeding | null {
  const parsed = parseProceeding(text);
  return parsed && (!fromConference || parsed.year !== null) ? parsed : null;
}

/** A paper's venue text, and whether it came from `conference` (no proceeding). */
export interface VenueText {
  text: string;
  from_conference: boolean;
}

/** The venue texts of the papers matching `papers` (an SQL condition on alias `p` of `table`). */
export function venueTextsSql(table: string, papers: string): string {
  return `SELECT DISTINCT ${VENUE_TEXT('p')} AS text, p.proceeding IS NULL AS from_conference
          FROM ${table} p WHERE (${papers}) AND ${VENUE_TEXT('p')} IS NOT NULL`;
}

/**
 * The proceeding (and its venue) each venue text names, creating venues and proceedings as needed:
 * text → ids, for the texts that name one. Slugs follow from the text, so they stay the same
 * across imports; an existing venue or proceeding keeps its name.
 */
export async function proceedingsOf(
  run: RunSql,
  texts: readonly VenueText[],
): Promise<Map<string, { proceedingId: number; venueId: number }>> {
  const named = new Map<string, ParsedProceeding>();
  for (const { text, from_conference: fromConference } of texts) {
    const parsed = parseVenueText(text, fromConference);
    if (parsed) named.set(text, parsed);
  }
  // Deterministic names when several texts give one slug: labels ("NeurIPS") before slugs, then text order.
  const ordered = [...named].sort(([a], [b]) => Number(isSlugText(a)) - Number(isSlugText(b)) || (a < b ? -1 : 1));
  const venues = new Map<string, string>();
  const proceedings = new Map<string, ParsedProceeding>();
  for (const [, parsed] of ordered) {
    if (!venues.has(parsed.venue.slug)) venues.set(parsed.venue.slug, parsed.venue.name);
    if (!proceedings.has(parsed.slug)) proceedings.set(parsed.slug, parsed);
  }
  await run(
    'INSERT INTO venue (slug, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (slug) DO NOTHING',
    [[...venues.keys()], [...venues.values()]],
  );
  const editions = [...proceedings.values()];
  await run(
    `INSERT INTO proceeding (slug, name, venue_id, year, month)
     SELECT e.slug, e.name, v.id, e.year, e.month
     FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::smallint[]) AS e(slug, name, venue, year, month)
     JOIN venue v ON v.slug = e.venue
     ON CONFLICT (slug) DO NOTHING`,
    [
      editions.map((e) => e.slug),
      editions.map((e) => e.name),
      editions.map((e) => e.venue.slug),
      editions.map((e) => e.year),
      editions.map((e) => e.month),
    ],
  );
  const stored = await run<{ id: number; slug: string; venue_id: number }>(
    'SELECT id, slug, venue_id FROM proceeding WHERE slug = ANY($1::text[])',
    [[...proceedings.keys()]],
  );
  const ids = new Map(stored.map((row) => [row.slug, { proceedingId: row.id, venueId: row.venue_id }]));
  return new Map([...named].map(([text, parsed]) => [text, ids.get(parsed.slug)!]));
}

/**
 * Links the papers matching `papers` (an SQL condition on alias `p`) to the proceeding their venue
 * text names (see proceedingsOf), then refreshes the stored counts. For papers already stored (the
 * migration, test factories); the importer sets `proceeding_id` as it writes each paper.
 */
export async function linkProceedings(run: RunSql, papers: string): Promise<void> {
  const ids = await proceedingsOf(run, await run<VenueText>(venueTextsSql('paper', papers)));
  await run(
    `UPDATE paper p SET proceeding_id = m.proceeding_id, venue_id = m.venue_id
     FROM unnest($1::text[], $2::int[], $3::int[]) AS m(text, proceeding_id, venue_id)
     WHERE (${papers}) AND ${VENUE_TEXT('p')} = m.text AND p.proceeding_id IS DISTINCT FROM m.proceeding_id`,
    [[...ids.keys()], [...ids.values()].map((id) => id.proceedingId), [...ids.values()].map((id) => id.venueId)],
  );
  await run(
    `UPDATE paper p SET proceeding_id = NULL, venue_id = NULL
     WHERE (${papers}) AND p.proceeding_id IS NOT NULL
       AND (${VENUE_TEXT('p')} IS NULL OR NOT (${VENUE_TEXT('p')} = ANY($1::text[])))`,
    [[...ids.keys()]],
  );
  await refreshVenueCounts(run);
}

/** Stored paper counts of every proceeding and venue; those without papers go. */
export async function refreshVenueCounts(run: RunSql): Promise<void> {
  await run(
    `UPDATE proceeding pr SET paper_count = c.n
     FROM (SELECT pr2.id, count(p.id)::int AS n FROM proceeding pr2 LEFT JOIN paper p ON p.proceeding_id = pr2.id
           GROUP BY pr2.id) c
     WHERE c.id = pr.id AND pr.paper_count <> c.n`,
  );
  await run('DELETE FROM proceeding WHERE paper_count = 0');
  await run(
    `UPDATE venue v SET paper_count = c.n
     FROM (SELECT v2.id, coalesce(sum(pr.paper_count), 0)::int AS n FROM venue v2
           LEFT JOIN proceeding pr ON pr.venue_id = v2.id GROUP BY v2.id) c
     WHERE c.id = v.id AND v.paper_count <> c.n`,
  );
  await run('DELETE FROM venue v WHERE NOT EXISTS (SELECT 1 FROM proceeding pr WHERE pr.venue_id = v.id)');
}

function isSlugText(text: string): boolean {
  return /^[a-z0-9-]+$/.test(text);
}
