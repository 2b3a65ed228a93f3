/**
 * When a board's recorded history begins: the first state of one of its rows (result_state),
 * written as the DateTime scalar writes it (UTC, milliseconds), so that the compiled read path
 * and the resolvers answer byte for byte alike. `board` is the benchmark row's alias.
 */
export const boardHistoryStartSql = (board: string) =>
  `(SELECT to_char(min(s.valid_from) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    FROM result_state s WHERE s.benchmark_id = ${board}.id)`;
