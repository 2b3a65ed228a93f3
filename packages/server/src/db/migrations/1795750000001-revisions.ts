import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change is a revision (issue 12). Three parts, all kept by the database itself so that no
 * writer (the importer today, contributors' mutations next) can change the graph without them:
 *
 * - `revision` and `revision_change`: the append-only history. A revision is one author's change
 *   (for an import: one source file), with time, reason, source and a moderation status; its
 *   changes say, per entity, what was added, changed or removed, field by field (before/after).
 *   Triggers refuse UPDATE (other than of `revision.status`), DELETE and TRUNCATE.
 * - `result_state`: every state a result row (with its values) has had, valid from one time to
 *   the next, kept by statement-level triggers on `result` and `result_value` (transition tables,
 *   set-based). A board as it stood at a date is its states valid then (leaderboard-sql.ts).
 * - `revision_pending`: the before/after images of benchmarks, metrics, tasks, datasets and
 *   methods written in a transaction that opened a revision (`pwc.revision` set, see
 *   src/modules/revision/revision-writer.ts), folded into `revision_change` when it finishes.
 *
 * Times are transaction times (`now()`): a change is dated when its transaction began.
 */
export class Revisions1795750000001 implements MigrationInterface {
  name = 'Revisions1795750000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE "revision" (
        "id" bigserial PRIMARY KEY,
        "status" character varying(20) NOT NULL DEFAULT 'PUBLISHED'
          CHECK ("status" IN ('PUBLISHED', 'PENDING', 'REJECTED', 'REVERTED')),
        "author_id" integer,
        "author_label" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "reason" text,
        "source" jsonb,
        "change_count" integer NOT NULL
      )`);
    await run('CREATE INDEX "IDX_revision_created_at" ON "revision" ("created_at")');
    await run(`
      CREATE TABLE "revision_change" (
        "id" bigserial PRIMARY KEY,
        "revision_id" bigint NOT NULL REFERENCES "revision"("id"),
        "entity_type" character varying(20) NOT NULL,
        "entity_id" integer NOT NULL,
        "benchmark_id" integer,
        "action" character varying(10) NOT NULL CHECK ("action" IN ('ADDED', 'CHANGED', 'REMOVED')),
        "label" text,
        "fields" jsonb NOT NULL
      )`);
    await run('CREATE INDEX "IDX_revision_change_revision" ON "revision_change" ("revision_id")');
    await run(
      'CREATE INDEX "IDX_revision_change_entity" ON "revision_change" ("entity_type", "entity_id", "revision_id")',
    );
    await run(
      'CREATE INDEX "IDX_revision_change_board" ON "revision_change" ("benchmark_id", "revision_id") WHERE "benchmark_id" IS NOT NULL',
    );

    // Append-only: history rows are never rewritten; only a revision's moderation status moves.
    await run(`
      CREATE FUNCTION pwc_refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'revision'
           AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'revision history is append-only: % of % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['revision', 'revision_change']) {
      await run(`
        CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION pwc_refuse_history_rewrite()`);
      await run(`
        CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION pwc_refuse_history_rewrite()`);
    }

    await run(`
      CREATE TABLE "result_state" (
        "result_id" integer NOT NULL,
        "benchmark_id" integer NOT NULL,
        "valid_from" timestamptz NOT NULL,
        "valid_to" timestamptz,
        "data" jsonb NOT NULL,
        "values" jsonb NOT NULL
      )`);
    await run('CREATE INDEX "IDX_result_state_board" ON "result_state" ("benchmark_id", "valid_from")');
    await run('CREATE INDEX "IDX_result_state_open" ON "result_state" ("result_id") WHERE "valid_to" IS NULL');
    await run('CREATE INDEX "IDX_result_state_from" ON "result_state" ("valid_from")');
    await run('CREATE INDEX "IDX_result_state_to" ON "result_state" ("valid_to")');

    // Closes the open state of each given row whose content differs from the stored row and its
    // values, and opens the new one. A state opened in this transaction is replaced, not closed:
    // no empty [t, t) ranges.
    await run(REFRESH_RESULT_STATE);
    await run(`
      CREATE FUNCTION pwc_result_state_of_results() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM pwc_refresh_result_state(ARRAY(SELECT id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pwc_refresh_result_state(ARRAY(SELECT id FROM old_rows));
        ELSE
          PERFORM pwc_refresh_result_state(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o USING (id) WHERE to_jsonb(n) <> to_jsonb(o)));
        END IF;
        RETURN NULL;
      END $$`);
    await run(`
      CREATE FUNCTION pwc_result_state_of_values() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM pwc_refresh_result_state(ARRAY(SELECT DISTINCT result_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pwc_refresh_result_state(ARRAY(SELECT DISTINCT result_id FROM old_rows));
        ELSE
          PERFORM pwc_refresh_result_state(ARRAY(
            SELECT DISTINCT n.result_id FROM new_rows n JOIN old_rows o USING (result_id, metric_id)
            WHERE to_jsonb(n) <> to_jsonb(o)));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['result', 'pwc_result_state_of_results'],
      ['result_value', 'pwc_result_state_of_values'],
    ] as const) {
      await run(`CREATE TRIGGER "${table}_state_insert" AFTER INSERT ON "${table}"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await run(`CREATE TRIGGER "${table}_state_update" AFTER UPDATE ON "${table}"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await run(`CREATE TRIGGER "${table}_state_delete" AFTER DELETE ON "${table}"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    // Rows stored before history existed are valid from now on.
    await run(`
      INSERT INTO result_state (result_id, benchmark_id, valid_from, data, "values")
      SELECT r.id, r.benchmark_id, now(), to_jsonb(r),
             (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.metric_id), '[]')
              FROM result_value v WHERE v.result_id = r.id)
      FROM result r`);

    await run(`
      CREATE UNLOGGED TABLE "revision_pending" (
        "tx" xid8 NOT NULL DEFAULT pg_current_xact_id(),
        "seq" bigserial,
        "entity_type" character varying(20) NOT NULL,
        "entity_id" integer NOT NULL,
        "before" jsonb,
        "after" jsonb
      )`);
    await run('CREATE INDEX "IDX_revision_pending_tx" ON "revision_pending" ("tx", "entity_type", "entity_id")');
    // Only inside a revision (pwc.revision set by the revision writer); elsewhere it costs one check.
    await run(`
      CREATE FUNCTION pwc_log_entity_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('pwc.revision', true), '') = '' THEN RETURN NULL; END IF;
        IF TG_OP = 'INSERT' THEN
          INSERT INTO revision_pending (entity_type, entity_id, before, after)
          SELECT TG_ARGV[0], n.id, NULL, to_jsonb(n) FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO revision_pending (entity_type, entity_id, before, after)
          SELECT TG_ARGV[0], o.id, to_jsonb(o), NULL FROM old_rows o;
        ELSE
          INSERT INTO revision_pending (entity_type, entity_id, before, after)
          SELECT TG_ARGV[0], n.id, to_jsonb(o), to_jsonb(n)
          FROM new_rows n JOIN old_rows o USING (id) WHERE to_jsonb(n) <> to_jsonb(o);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, type] of TRACKED) {
      await run(`CREATE TRIGGER "${table}_revision_insert" AFTER INSERT ON "${table}"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pwc_log_entity_change('${type}')`);
      await run(`CREATE TRIGGER "${table}_revision_update" AFTER UPDATE ON "${table}"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pwc_log_entity_change('${type}')`);
      await run(`CREATE TRIGGER "${table}_revision_delete" AFTER DELETE ON "${table}"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pwc_log_entity_change('${type}')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    for (const [table] of TRACKED) {
      for (const op of ['insert', 'update', 'delete'])
        await run(`DROP TRIGGER "${table}_revision_${op}" ON "${table}"`);
    }
    await run('DROP FUNCTION pwc_log_entity_change()');
    await run('DROP TABLE "revision_pending"');
    for (const table of ['result', 'result_value']) {
      for (const op of ['insert', 'update', 'delete']) await run(`DROP TRIGGER "${table}_state_${op}" ON "${table}"`);
    }
    await run('DROP FUNCTION pwc_result_state_of_values()');
    await run('DROP FUNCTION pwc_result_state_of_results()');
    await run('DROP FUNCTION pwc_refresh_result_state(integer[])');
    await run('DROP TABLE "result_state"');
    await run('DROP TABLE "revision_change"');
    await run('DROP TABLE "revision"');
    await run('DROP FUNCTION pwc_refuse_history_rewrite()');
  }
}

/** The tables whose changes a revision records field by field, and their entity type. */
const TRACKED = [
  ['benchmark', 'BENCHMARK'],
  ['metric', 'METRIC'],
  ['task', 'TASK'],
  ['dataset', 'DATASET'],
  ['method', 'METHOD'],
] as const;

/** The result-state refresh as this migration creates it (the DeferredResultStates migration replaces it). */
export const REFRESH_RESULT_STATE = `
      CREATE FUNCTION pwc_refresh_result_state(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE changed integer[];
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        SELECT array_agg(coalesce(c.id, o.result_id)) INTO changed
        FROM (SELECT r.id, to_jsonb(r) AS data,
                     (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.metric_id), '[]')
                      FROM result_value v WHERE v.result_id = r.id) AS "values"
              FROM result r WHERE r.id = ANY(ids)) c
        FULL JOIN (SELECT s.result_id, s.data, s."values" FROM result_state s
                   WHERE s.result_id = ANY(ids) AND s.valid_to IS NULL) o ON o.result_id = c.id
        WHERE c.id IS NULL OR o.result_id IS NULL OR c.data <> o.data OR c."values" <> o."values";
        IF changed IS NULL THEN RETURN; END IF;
        DELETE FROM result_state WHERE result_id = ANY(changed) AND valid_to IS NULL AND valid_from = now();
        UPDATE result_state SET valid_to = now() WHERE result_id = ANY(changed) AND valid_to IS NULL;
        INSERT INTO result_state (result_id, benchmark_id, valid_from, data, "values")
        SELECT r.id, r.benchmark_id, now(), to_jsonb(r),
               (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.metric_id), '[]')
                FROM result_value v WHERE v.result_id = r.id)
        FROM result r WHERE r.id = ANY(changed);
      END $$`;
