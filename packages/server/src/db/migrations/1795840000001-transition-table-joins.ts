import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement triggers of the Revisions migration compared a big UPDATE's old and new rows by
 * joining the two transition tables on id. Postgres has no statistics for transition tables, and
 * PL/pgSQL keeps a statement's plan for the session, so that join ran as a nested loop: every new
 * row against every old one. The full-size archive's result dates (4,418 rows updated in one
 * statement) spent 5.6 s there, 19.5 million comparisons, for 0.5 s of work.
 *
 * - Result rows and their values: the changed rows are now a set difference (EXCEPT) of
 *   (key, image) pairs, which Postgres hashes; no join is left to plan.
 * - The revision log of the other tracked tables needs both images of a changed row, so it keeps
 *   its join; the function runs with nested loops disabled, which leaves the hash join.
 */
export class TransitionTableJoins1795840000001 implements MigrationInterface {
  name = 'TransitionTableJoins1795840000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of resultStateTriggers(CHANGED_RESULTS, CHANGED_VALUES)) await queryRunner.query(statement);
    await queryRunner.query('ALTER FUNCTION pwc_log_entity_change() SET enable_nestloop = off');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER FUNCTION pwc_log_entity_change() RESET enable_nestloop');
    for (const statement of resultStateTriggers(JOINED_RESULTS, JOINED_VALUES)) await queryRunner.query(statement);
  }
}

export const CHANGED_RESULTS = `SELECT id FROM (
  SELECT n.id, to_jsonb(n) FROM new_rows n EXCEPT SELECT o.id, to_jsonb(o) FROM old_rows o) changed`;
export const CHANGED_VALUES = `SELECT DISTINCT result_id FROM (
  SELECT n.result_id, n.metric_id, to_jsonb(n) FROM new_rows n
  EXCEPT SELECT o.result_id, o.metric_id, to_jsonb(o) FROM old_rows o) changed`;

// As the Revisions migration wrote them.
const JOINED_RESULTS = `SELECT n.id FROM new_rows n JOIN old_rows o USING (id) WHERE to_jsonb(n) <> to_jsonb(o)`;
const JOINED_VALUES = `SELECT DISTINCT n.result_id FROM new_rows n JOIN old_rows o USING (result_id, metric_id)
  WHERE to_jsonb(n) <> to_jsonb(o)`;

/** A result-state trigger function: inserted and deleted rows by `rowIds`, updated ones by `changedOnUpdate`. */
const stateTrigger = (fn: string, rowIds: string, changedOnUpdate: string, prelude: string) => `
  CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN${prelude}
    IF TG_OP = 'INSERT' THEN
      PERFORM pwc_refresh_result_state(ARRAY(SELECT ${rowIds} FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM pwc_refresh_result_state(ARRAY(SELECT ${rowIds} FROM old_rows));
    ELSE
      PERFORM pwc_refresh_result_state(ARRAY(${changedOnUpdate}));
    END IF;
    RETURN NULL;
  END $$`;

/**
 * The two result-state trigger functions (of result rows and of their values), replaced; each
 * begins with `prelude` of its row-id column, if given (see the DeferredResultStates migration).
 */
export function resultStateTriggers(
  changedResults: string,
  changedValues: string,
  prelude: (rowId: string) => string = () => '',
): string[] {
  return [
    stateTrigger('pwc_result_state_of_results', 'id', changedResults, prelude('id')),
    stateTrigger('pwc_result_state_of_values', 'DISTINCT result_id', changedValues, prelude('result_id')),
  ];
}
