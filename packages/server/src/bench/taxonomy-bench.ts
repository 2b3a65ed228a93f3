// Times the taxonomy step of an import (archive/taxonomy/apply-taxonomy.ts) on a database of the
// full archive's size, built with SQL in a fresh embedded PostgreSQL: every task the taxonomy
// names plus synthetic ones up to 12,000 tasks (the papers' task lists hold many names no
// leaderboard or taxonomy has), 576,261 papers with 2.9M paper-task links (5 per paper, a long
// tail of tasks), 9,100 leaderboards spread evenly over the tasks (so most are on synthetic tasks
// no rule but the last places: pessimistic), a third of the taxonomy's tasks with areas from the
// archive and 3,000 stored parent links. Prints the step's report and time, then those of a second run (nothing to write).
// Usage: node dist/bench/taxonomy-bench.js
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyTaxonomy } from '../archive/taxonomy/apply-taxonomy';
import { readTaxonomy } from '../archive/taxonomy/read-taxonomy';
import { formatTaxonomyReport } from '../archive/taxonomy/taxonomy-report';
import { slugForName } from '../archive/records/fallback-slug';
import { createDataSource } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

const TASKS = 12_000;
const PAPERS = 576_261;
const TASKS_PER_PAPER = 5;
const BOARDS = 9_100;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const taxonomy = readTaxonomy();
  const names = new Map<string, string>(); // slug -> name
  const add = (name: string) => {
    const slug = slugForName(name, 'task');
    if (!names.has(slug)) names.set(slug, name);
  };
  for (const parent of taxonomy.parents) [parent.name, ...parent.children].forEach(add);
  for (const area of taxonomy.areas) area.exampleTasks.forEach(add);
  const named = names.size;
  for (let i = 0; names.size < TASKS; i++) add(`Synthetic Task ${i}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'pwc-bench-taxonomy-'));
  const cluster = await startEmbeddedPostgres({ dataDir, database: 'pwc_bench', ephemeral: true });
  try {
    const dataSource = await createDataSource({ url: cluster.url }).initialize();
    await dataSource.runMigrations();
    const started = Date.now();
    // Taxonomy names first, so that ids below `named` are the taxonomy's tasks.
    await dataSource.query('INSERT INTO task (slug, name) SELECT * FROM unnest($1::text[], $2::text[])', [
      [...names.keys()],
      [...names.values()],
    ]);
    await dataSource.query(`INSERT INTO area (slug, name) VALUES ('computer-vision', 'Computer Vision'),
      ('natural-language-processing', 'Natural Language Processing'), ('graphs', 'Graphs')`);
    await dataSource.query(
      `INSERT INTO task_area (task_id, area_id, position)
       SELECT t.id, a.id, 0 FROM task t JOIN area a ON a.id = 1 + t.id % 3 WHERE t.id <= $1 AND t.id % 3 = 0`,
      [named],
    );
    await dataSource.query(
      `INSERT INTO task_parent (parent_id, child_id)
       SELECT DISTINCT 1 + (i * 7919) % $1, 1 + (i * 104729 + 13) % $1 FROM generate_series(1, 3000) i
       WHERE 1 + (i * 7919) % $1 < 1 + (i * 104729 + 13) % $1`,
      [TASKS],
    );
    await dataSource.query(
      `INSERT INTO dataset (slug, name) SELECT 'dataset-' || i, 'Dataset ' || i FROM generate_series(1, $1) i`,
      [BOARDS],
    );
    await dataSource.query(
      `INSERT INTO benchmark (slug, task_id, dataset_id)
       SELECT 'board-' || i, 1 + (i * 12007) % $2, i FROM generate_series(1, $1) i`,
      [BOARDS, TASKS],
    );
    // Bench data only: the search-vector trigger is not what is measured here.
    await dataSource.query('ALTER TABLE paper DISABLE TRIGGER USER');
    await dataSource.query(
      `INSERT INTO paper (slug, title, normalized_title)
       SELECT 'paper-' || i, 'Paper ' || i, 'paper ' || i FROM generate_series(1, $1) i`,
      [PAPERS],
    );
    // A long tail: task ids drawn as TASKS·u³, so a few tasks are on many papers.
    await dataSource.query(
      `INSERT INTO paper_task (paper_id, task_id)
       SELECT DISTINCT p, 1 + floor(power(random(), 3) * $2)::int
       FROM generate_series(1, $1) p, generate_series(1, $3) k`,
      [PAPERS, TASKS, TASKS_PER_PAPER],
    );
    await dataSource.query('ANALYZE');
    const [{ links }] = await dataSource.query('SELECT count(*)::int AS links FROM paper_task');
    log(
      `database built in ${((Date.now() - started) / 1000).toFixed(1)}s: ${TASKS} tasks (${named} named by the taxonomy), ${BOARDS} leaderboards, ${PAPERS} papers, ${links} paper-task links`,
    );

    const load = loadavg()[0]!.toFixed(1);
    const first = await applyTaxonomy(dataSource, taxonomy);
    process.stdout.write(`first run (load average ${load}):\n${formatTaxonomyReport(first).join('\n')}\n`);
    const second = await applyTaxonomy(dataSource, taxonomy);
    process.stdout.write(
      `second run: ${second.seconds.toFixed(1)}s, data version ${second.dataVersion ?? 'unchanged'}\n`,
    );
    await dataSource.destroy();
  } finally {
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
