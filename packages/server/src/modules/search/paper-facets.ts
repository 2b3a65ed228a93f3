import type { DataSource } from 'typeorm';
import { badInput } from '../../graphql/errors';
import { SqlParameters } from '../../graphql/sql-projection';
import type { PaperFilter } from '../paper/paper.inputs';
import { PaperOrder } from '../paper/paper.inputs';
import { paperCriteria, paperList } from '../paper/paper.service';
import type { PaperFacets } from './paper-facets.types';

/** Facets count every matching paper up to this many; beyond it, the newest this many. */
export const FACET_CAP = 1_000;
/** Values per facet (years: all of them). */
const VALUES = 20;

/** A facet's values from the counted papers `c` (id, published, proceeding_id), most papers first. */
const FACETS: Record<Exclude<keyof PaperFacets, 'exact' | 'counted'>, string> = {
  years: `SELECT extract(year FROM c.published)::int::text AS value, extract(year FROM c.published)::int::text AS label,
            count(*) AS count
          FROM counted c WHERE c.published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC`,
  tasks: `SELECT t.slug AS value, t.name AS label, count(*) AS count
          FROM counted c JOIN paper_task pt ON pt.paper_id = c.id JOIN task t ON t.id = pt.task_id
          GROUP BY t.id ORDER BY count(*) DESC, t.name LIMIT ${VALUES}`,
  datasets: `SELECT d.slug AS value, d.name AS label, count(DISTINCT c.id) AS count
          FROM counted c JOIN result r ON r.paper_id = c.id JOIN benchmark b ON b.id = r.benchmark_id
          JOIN dataset d ON d.id = b.dataset_id
          GROUP BY d.id ORDER BY count(DISTINCT c.id) DESC, d.name LIMIT ${VALUES}`,
  methods: `SELECT m.slug AS value, m.name AS label, count(*) AS count
          FROM counted c JOIN paper_method pm ON pm.paper_id = c.id JOIN method m ON m.id = pm.method_id
          GROUP BY m.id ORDER BY count(*) DESC, m.name LIMIT ${VALUES}`,
  hasCode: `SELECT v.value, CASE WHEN v.value THEN 'With code' ELSE 'Without code' END AS label, v.count
          FROM (SELECT EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = c.id) AS value, count(*) AS count
                FROM counted c GROUP BY 1) v
          ORDER BY v.value DESC`,
  frameworks: `SELECT rp.framework AS value, rp.framework AS label, count(DISTINCT c.id) AS count
          FROM counted c JOIN paper_repository pr ON pr.paper_id = c.id JOIN repository rp ON rp.id = pr.repository_id
          WHERE rp.framework IS NOT NULL AND rp.framework NOT IN ('', 'none')
          GROUP BY rp.framework ORDER BY count(DISTINCT c.id) DESC, rp.framework LIMIT ${VALUES}`,
  venues: `SELECT v.slug AS value, v.name AS label, count(*) AS count
          FROM counted c JOIN proceeding pc ON pc.id = c.proceeding_id JOIN venue v ON v.id = pc.venue_id
          GROUP BY v.id ORDER BY count(*) DESC, v.name LIMIT ${VALUES}`,
};

interface FacetRow {
  matched: number;
  facets: Record<string, { value: string | boolean; label: string; count: number }[] | null>;
}

/**
 * The facets of the papers `papers(filter:)` lists, in one statement over the same conditions:
 * the matching papers are taken newest first with a LIMIT of FACET_CAP + 1, so a filter matching
 * half the archive costs what 1,000 papers cost.
 */
export async function paperFacets(dataSource: DataSource, filter: PaperFilter): Promise<PaperFacets> {
  const criteria = paperCriteria(filter);
  if (criteria.yearFrom != null && criteria.yearTo != null && criteria.yearFrom > criteria.yearTo) {
    throw badInput('filter.yearFrom', `yearFrom (${criteria.yearFrom}) is after yearTo (${criteria.yearTo})`);
  }
  const sql = new SqlParameters();
  // The list's own source and keys, so a task's newest are a range of its links' index. (Not an
  // area's page source: a LIMIT of FACET_CAP per task would read more than the area's newest.)
  const { from = 'paper', conditions, keys } = paperList(criteria, PaperOrder.PUBLISHED_DESC, sql);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const newestFirst = keys.map((key) => `${key.sql} ${key.direction}`).join(', ');
  const facets = Object.entries(FACETS)
    .map(([name, query]) => `'${name}', (SELECT json_agg(f) FROM (${query}) f)`)
    .join(',\n');
  const statement = `
    WITH matched AS MATERIALIZED (
      SELECT paper.id, paper.published, paper.proceeding_id FROM ${from} ${where}
      ORDER BY ${newestFirst} LIMIT ${FACET_CAP + 1}),
    counted AS MATERIALIZED (SELECT * FROM matched ORDER BY coalesce(published, '0001-01-01'::date) DESC, id DESC LIMIT ${FACET_CAP})
    SELECT (SELECT count(*)::int FROM matched) AS matched, json_build_object(${facets}) AS facets`;
  const [row] = (await dataSource.query(statement, sql.values)) as FacetRow[];
  const values = (name: keyof typeof FACETS) =>
    (row!.facets[name] ?? []).map((value) => ({
      value: String(value.value),
      label: value.label,
      count: Number(value.count),
    }));
  return {
    exact: row!.matched <= FACET_CAP,
    counted: Math.min(row!.matched, FACET_CAP),
    years: values('years'),
    tasks: values('tasks'),
    datasets: values('datasets'),
    methods: values('methods'),
    hasCode: values('hasCode'),
    frameworks: values('frameworks'),
    venues: values('venues'),
  };
}
