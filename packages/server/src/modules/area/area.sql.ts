import type { SqlType } from '../../graphql/sql-projection';

export const AREA_SQL: SqlType = {
  table: 'area',
  keys: { id: 'id', slug: 'slug' },
  columns: { name: 'name', description: 'description', archiveTaskCount: 'archive_task_count' },
  computed: {
    taskCount: (row) => `(SELECT count(*)::int FROM task_area ta WHERE ta.area_id = ${row}.id)`,
  },
};
