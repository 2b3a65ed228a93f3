import type { SqlType } from '../../graphql/sql-projection';
import { RESULT_SQL } from '../benchmark/benchmark.sql';
import { REPOSITORY_SQL } from '../repository/repository.sql';
import { TASK_SQL } from '../task/task.sql';
import { AUTHOR_LIST_LIMITS, boundedFirst } from './author.args';

/** Ranked, bounded lists of one author (id: SQL), shared by the projection and the loaders. */
export const AUTHOR_LISTS = {
  /** Authors sharing papers with `author`, most shared first. */
  coAuthors: (author: string) =>
    `SELECT o.author_id, count(DISTINCT o.paper_id)::int AS shared_paper_count
     FROM paper_author mine
     JOIN paper_author o ON o.paper_id = mine.paper_id AND o.author_id <> mine.author_id
     WHERE mine.author_id = ${author} GROUP BY o.author_id`,
  // Ties by id, not name: naming every co-author of a prolific author only to sort them costs more
  // than the ranking (ids follow name order within an import anyway).
  coAuthorsOrder: (c: string) => `${c}.shared_paper_count DESC, ${c}.author_id`,
  /** Tasks of the author's papers, most papers first. */
  tasks: (author: string) =>
    `SELECT pt.task_id, count(DISTINCT pt.paper_id)::int AS paper_count
     FROM paper_author pa JOIN paper_task pt ON pt.paper_id = pa.paper_id
     WHERE pa.author_id = ${author} GROUP BY pt.task_id`,
  tasksOrder: (c: string) => `${c}.paper_count DESC, ${c}.task_id`,
  /** Leaderboard rows of the author's papers. */
  results: (author: string, result: string) =>
    `FROM result ${result} WHERE ${result}.paper_id IN (SELECT pa.paper_id FROM paper_author pa WHERE pa.author_id = ${author})`,
  resultsOrder: (result: string) => `${result}.evaluated_on DESC NULLS LAST, ${result}.id`,
  /** Code of the author's papers, most starred first. */
  repositories: (author: string, repo: string) =>
    `FROM repository ${repo} WHERE ${repo}.id IN (
       SELECT pr.repository_id FROM paper_author pa JOIN paper_repository pr ON pr.paper_id = pa.paper_id
       WHERE pa.author_id = ${author})`,
  repositoriesOrder: (repo: string) => `${repo}.stars DESC NULLS LAST, ${repo}.url`,
};

export const AUTHOR_SQL: SqlType = {
  table: 'author',
  // paperCount is a key: the papers connection's totalCount reads it.
  keys: { id: 'id', paperCount: 'paper_count' },
  columns: { name: 'name', slug: 'slug' },
  relations: {
    coAuthors: {
      target: () => CO_AUTHOR_SQL,
      many: true,
      from: (author, c, args) =>
        boundedFirst(args, AUTHOR_LIST_LIMITS.coAuthors) === null
          ? null
          : `FROM (${AUTHOR_LISTS.coAuthors(`${author}.id`)}) ${c}`,
      orderBy: AUTHOR_LISTS.coAuthorsOrder,
      limit: (args) => boundedFirst(args, AUTHOR_LIST_LIMITS.coAuthors)!,
    },
    tasks: {
      target: () => AUTHOR_TASK_SQL,
      many: true,
      from: (author, c, args) =>
        boundedFirst(args, AUTHOR_LIST_LIMITS.tasks) === null
          ? null
          : `FROM (${AUTHOR_LISTS.tasks(`${author}.id`)}) ${c}`,
      orderBy: AUTHOR_LISTS.tasksOrder,
      limit: (args) => boundedFirst(args, AUTHOR_LIST_LIMITS.tasks)!,
    },
    results: {
      target: () => RESULT_SQL,
      many: true,
      from: (author, result, args) =>
        boundedFirst(args, AUTHOR_LIST_LIMITS.results) === null ? null : AUTHOR_LISTS.results(`${author}.id`, result),
      orderBy: AUTHOR_LISTS.resultsOrder,
      limit: (args) => boundedFirst(args, AUTHOR_LIST_LIMITS.results)!,
    },
    repositories: {
      target: () => REPOSITORY_SQL,
      many: true,
      from: (author, repo, args) =>
        boundedFirst(args, AUTHOR_LIST_LIMITS.repositories) === null
          ? null
          : AUTHOR_LISTS.repositories(`${author}.id`, repo),
      orderBy: AUTHOR_LISTS.repositoriesOrder,
      limit: (args) => boundedFirst(args, AUTHOR_LIST_LIMITS.repositories)!,
    },
  },
};

/** A co-author with the number of papers shared (a row of AUTHOR_LISTS.coAuthors). */
export const CO_AUTHOR_SQL: SqlType = {
  table: 'co_author',
  keys: {},
  columns: { sharedPaperCount: 'shared_paper_count' },
  relations: {
    author: {
      target: () => AUTHOR_SQL,
      many: false,
      // CoAuthor has no resolvers: the author is its plain property.
      asProperty: true,
      from: (c, author) => `FROM author ${author} WHERE ${author}.id = ${c}.author_id`,
    },
  },
};

/** A task with the number of the author's papers on it (a row of AUTHOR_LISTS.tasks). */
export const AUTHOR_TASK_SQL: SqlType = {
  table: 'author_task',
  keys: {},
  columns: { paperCount: 'paper_count' },
  relations: {
    task: {
      target: () => TASK_SQL,
      many: false,
      asProperty: true,
      from: (c, task) => `FROM task ${task} WHERE ${task}.id = ${c}.task_id`,
    },
  },
};
