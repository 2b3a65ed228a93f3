import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { EntityLoaders } from '../../graphql/entity-loaders';
import { createRelationLoader, groupRows } from '../../graphql/loader-factories';
import type { Repository } from '../repository/repository.entity';
import type { Result } from '../benchmark/result.entity';
import { AUTHOR_LIST_LIMITS } from './author.args';
import { AUTHOR_LISTS } from './author.sql';
import type { AuthorTask, CoAuthor } from './co-author.type';

/**
 * For authors that did not come with their lists preloaded (e.g. through `node`): each list at
 * its largest size for every author of the batch in one statement; resolvers cut it to `first`.
 */
export function createAuthorLoaders(dataSource: DataSource, entities: EntityLoaders) {
  /** Ranked rows (owner_id, then the list's columns) of `list`, at most `max` per author. */
  const ranked = <Row>(list: string, order: string, max: number) =>
    new DataLoader<number, (Row & { owner_id: number })[]>(async (ids) => {
      const rows: (Row & { owner_id: number })[] = await dataSource.query(
        `SELECT owner.id AS owner_id, c.* FROM unnest($1::int[]) AS owner(id)
         CROSS JOIN LATERAL (${list} ORDER BY ${order} LIMIT ${max}) c`,
        [[...ids]],
      );
      return groupRows(ids, rows, (row) => row.owner_id);
    });

  const coAuthorRows = ranked<{ author_id: number; shared_paper_count: number }>(
    `SELECT * FROM (${AUTHOR_LISTS.coAuthors('owner.id')}) c`,
    AUTHOR_LISTS.coAuthorsOrder('c'),
    AUTHOR_LIST_LIMITS.coAuthors.max,
  );
  const taskRows = ranked<{ task_id: number; paper_count: number }>(
    `SELECT * FROM (${AUTHOR_LISTS.tasks('owner.id')}) c`,
    AUTHOR_LISTS.tasksOrder('c'),
    AUTHOR_LIST_LIMITS.tasks.max,
  );
  const resultRows = ranked<{ id: number }>(
    `SELECT r.id ${AUTHOR_LISTS.results('owner.id', 'r')}`,
    AUTHOR_LISTS.resultsOrder('r'),
    AUTHOR_LIST_LIMITS.results.max,
  );
  const repositoryRows = ranked<{ id: number }>(
    `SELECT rp.id ${AUTHOR_LISTS.repositories('owner.id', 'rp')}`,
    AUTHOR_LISTS.repositoriesOrder('rp'),
    AUTHOR_LIST_LIMITS.repositories.max,
  );

  return {
    /** Authors in byline order. */
    authorsByPaper: createRelationLoader(
      dataSource,
      `SELECT paper_id AS owner_id, author_id AS target_id
       FROM paper_author WHERE paper_id = ANY($1) ORDER BY paper_id, position`,
      entities.author,
    ),
    coAuthorsByAuthor: new DataLoader<number, CoAuthor[]>(async (ids) => {
      const groups = await coAuthorRows.loadMany([...ids]);
      return Promise.all(
        groups.map(async (rows) => {
          if (rows instanceof Error) throw rows;
          const authors = await entities.author.loadMany(rows.map((row) => row.author_id));
          return rows.flatMap((row, i) => {
            const author = authors[i];
            return author && !(author instanceof Error) ? [{ author, sharedPaperCount: row.shared_paper_count }] : [];
          });
        }),
      );
    }),
    tasksByAuthor: new DataLoader<number, AuthorTask[]>(async (ids) => {
      const groups = await taskRows.loadMany([...ids]);
      return Promise.all(
        groups.map(async (rows) => {
          if (rows instanceof Error) throw rows;
          const tasks = await entities.task.loadMany(rows.map((row) => row.task_id));
          return rows.flatMap((row, i) => {
            const task = tasks[i];
            return task && !(task instanceof Error) ? [{ task, paperCount: row.paper_count }] : [];
          });
        }),
      );
    }),
    resultsByAuthor: new DataLoader<number, Result[]>(async (ids) => {
      const groups = await resultRows.loadMany([...ids]);
      return Promise.all(groups.map((rows) => loadAll(rows, entities.result)));
    }),
    repositoriesByAuthor: new DataLoader<number, Repository[]>(async (ids) => {
      const groups = await repositoryRows.loadMany([...ids]);
      return Promise.all(groups.map((rows) => loadAll(rows, entities.repository)));
    }),
  };
}

async function loadAll<E>(rows: { id: number }[] | Error, loader: DataLoader<number, E | null>): Promise<E[]> {
  if (rows instanceof Error) throw rows;
  const loaded = await loader.loadMany(rows.map((row) => row.id));
  return loaded.filter((item): item is E => item != null && !(item instanceof Error));
}
