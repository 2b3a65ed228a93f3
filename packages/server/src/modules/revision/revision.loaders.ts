import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Page } from '../../graphql/keyset-pagination';
import { loadChanges, type ChangesRequest } from './revision.service';
import type { RevisionChange } from './revision.types';

/** What keys of one statement share: the scope and the page request. */
const groupOf = (key: ChangesRequest) => JSON.stringify([key.scope, key.first, key.after ?? null]);

/** Revision.changes of every revision of a reply: one statement per scope and page request. */
export function createRevisionLoaders(dataSource: DataSource) {
  return {
    revisionChanges: new DataLoader<ChangesRequest, Page<RevisionChange>, string>(
      async (keys) => {
        const groups = new Map<string, number[]>();
        keys.forEach((key, i) => groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), i]));
        const out = new Array<Page<RevisionChange>>(keys.length);
        for (const indexes of groups.values()) {
          const pages = await loadChanges(
            dataSource,
            indexes.map((i) => keys[i]!),
          );
          indexes.forEach((keyIndex, i) => (out[keyIndex] = pages[i]!));
        }
        return out;
      },
      { cacheKeyFn: (key) => `${key.revisionId}:${groupOf(key)}` },
    ),
  };
}
