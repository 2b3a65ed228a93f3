import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH_RESULT_STATE } from './1795750000001-revisions';
import { CHANGED_RESULTS, CHANGED_VALUES, resultStateTriggers } from './1795840000001-transition-table-joins';

/**
 * A writer of many result rows may defer their states to the end of its revision. An import
 * writes each batch's rows, then their values, so every new row's state was written twice (once
 * without values, then replaced) and compared twice: 5.8 s of a full-size evaluation-tables
 * import's 30. With `pwc.result_state` set to `deferred` (transaction-local, see
 * openRevision's deferResultStates in revision-writer.ts), the triggers only note which rows they saw in
 * `result_state_pending`; `pwc_flush_result_state()`, which closeRevision calls first, refreshes
 * each noted row once. Everyone else keeps the immediate triggers.
 */
export class DeferredResultStates1795850000001 implements MigrationInterface {
  name = 'DeferredResultStates1795850000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Unlogged like revision_pending: its rows live only inside the transaction that wrote them.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE "result_state_pending" (
        "tx" xid8 NOT NULL DEFAULT pg_current_xact_id(),
        "result_id" integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX "IDX_result_state_pending_tx" ON "result_state_pending" ("tx")');
    for (const statement of resultStateTriggers(CHANGED_RESULTS, CHANGED_VALUES, NOTE_WHEN_DEFERRED))
      await queryRunner.query(statement);
    await queryRunner.query(REFRESH_ONCE);
    await queryRunner.query(`
      CREATE FUNCTION pwc_flush_result_state() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE noted integer[];
      BEGIN
        WITH taken AS (
          DELETE FROM result_state_pending WHERE tx = pg_current_xact_id_if_assigned() RETURNING result_id)
        SELECT array_agg(DISTINCT result_id) INTO noted FROM taken;
        PERFORM pwc_refresh_result_state(noted);
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION pwc_flush_result_state()');
    await queryRunner.query(REFRESH_RESULT_STATE.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    for (const statement of resultStateTriggers(CHANGED_RESULTS, CHANGED_VALUES)) await queryRunner.query(statement);
    await queryRunner.query('DROP TABLE "result_state_pending"');
  }
}

/**
 * pwc_refresh_result_state as the Revisions migration wrote it, in one statement that builds each
 * row's image once: it built the images to compare and then again to insert (a flush of 125k new
 * rows: 3.1 -> 2.6 s). The same states: a changed row's state opened in this transaction is
 * replaced, an older open one is closed, and the new one opens now.
 */
const REFRESH_ONCE = `
  CREATE OR REPLACE FUNCTION pwc_refresh_result_state(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
    WITH stored AS MATERIALIZED (
      SELECT r.id, r.benchmark_id, to_jsonb(r) AS data,
             (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.metric_id), '[]')
              FROM result_value v WHERE v.result_id = r.id) AS "values"
      FROM result r WHERE r.id = ANY(ids)
    ), changed AS MATERIALIZED (
      SELECT coalesce(c.id, o.result_id) AS result_id, c.id IS NOT NULL AS stored, c.benchmark_id, c.data, c."values"
      FROM stored c
      FULL JOIN (SELECT s.result_id, s.data, s."values" FROM result_state s
                 WHERE s.result_id = ANY(ids) AND s.valid_to IS NULL) o ON o.result_id = c.id
      WHERE c.id IS NULL OR o.result_id IS NULL OR c.data <> o.data OR c."values" <> o."values"
    ), replaced AS (
      DELETE FROM result_state s USING changed c
      WHERE s.result_id = c.result_id AND s.valid_to IS NULL AND s.valid_from = now()
    ), closed AS (
      UPDATE result_state s SET valid_to = now() FROM changed c
      WHERE s.result_id = c.result_id AND s.valid_to IS NULL AND s.valid_from < now()
    )
    INSERT INTO result_state (result_id, benchmark_id, valid_from, data, "values")
    SELECT result_id, benchmark_id, now(), data, "values" FROM changed WHERE stored;
  END $$`;

/** The first lines of each state trigger: in a deferring transaction, note the rows and return. */
const NOTE_WHEN_DEFERRED = (rowId: string) => `
    IF current_setting('pwc.result_state', true) = 'deferred' THEN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO result_state_pending (result_id) SELECT ${rowId} FROM old_rows;
      ELSE
        INSERT INTO result_state_pending (result_id) SELECT ${rowId} FROM new_rows;
      END IF;
      RETURN NULL;
    END IF;`;
