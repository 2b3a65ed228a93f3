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

/** The top values of a facet: ids counted first, names looked up for the chosen 20 only. */
const top = (table: string, counts: string) =>
  `SELECT t.slug AS value, t.name AS label, x.count
   FROM (${counts} ORDER BY 2 DESC, 1 LIMIT ${VALUES}) AS x (id, count) JOIN ${table} t ON t.id = x.id
   ORDER BY x.count DESC, t.name`;

/**
 * A facet's values from the counted papers `c` (id, published, proceeding_id), most papers first
 * (ties: lower id first, then by name). Each paper's rows are reached through its own index
 * (LATERAL), never by scanning a whole link table.
 */
const FACETS: Record<Exclude<keyof PaperFacets, 'exact' | 'counted'>, string> = {
  years: `SELECT extract(year FROM c.published)::int::text AS value, extract(year FROM c.published)::int::text AS label,
            count(*) AS count
          FROM counted c WHERE c.published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC`,
  tasks: top(
    'task',
    `SELECT pt.task_id, count(*) FROM counted c JOIN LATERAL
       (SELECT task_id FROM paper_task WHERE paper_id = c.id) pt ON true GROUP BY pt.task_id`,
  ),
  datasets: top(
    'dataset',
    `SELECT d.dataset_id, count(*) FROM counted c JOIN LATERAL
       (SELECT DISTINCT b.dataset_id FROM result r JOIN benchmark b ON b.id = r.benchmark_id WHERE r.paper_id = c.id) d
       ON true GROUP BY d.dataset_id`,
  ),
  methods: top(
    'method',
    `SELECT pm.method_id, count(*) FROM counted c JOIN LATERAL
       (SELECT method_id FROM paper_method WHERE paper_id = c.id) pm ON true GROUP BY pm.method_id`,
  ),
  hasCode: `SELECT v.value, CASE WHEN v.value THEN 'With code' ELSE 'Without code' END AS label, v.count
          FROM (SELECT EXISTS (SELECT 1 FROM paper_repository pr WHERE pr.paper_id = c.id) AS value, count(*) AS count
                FROM counted c GROUP BY 1) v
          ORDER BY v.value DESC`,
  frameworks: `SELECT f.framework AS value, f.framework AS label, count(*) AS count
          FROM counted c JOIN LATERAL
            (SELECT DISTINCT rp.framework FROM paper_repository pr JOIN repository rp ON rp.id = pr.repository_id
             WHERE pr.paper_id = c.id AND rp.framework IS NOT NULL AND rp.framework NOT IN ('', 'none')) f ON true
          GROUP BY f.framework ORDER BY count(*) DESC, f.framework LIMIT ${VALUES}`,
  venues: top(
    'venue',
    `SELECT pc.venue_id, count(*) FROM counted c JOIN proceeding pc ON pc.id = c.proceeding_id GROUP BY pc.venue_id`,
  ),
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
