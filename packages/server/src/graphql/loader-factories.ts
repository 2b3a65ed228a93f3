import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

type WithId = ObjectLiteral & { id: number };

/** Loads entities by primary key in one statement per batch; null for missing ids. */
export function createEntityLoader<E extends WithId>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
): DataLoader<number, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads a to-many relation as (owner_id, target_id) pairs in one statement, then the targets
 * through their entity loader (one more statement, shared by every relation of that type).
 * `sql` takes the owner ids as $1 (int[]) and returns owner_id, target_id in display order.
 */
export function createRelationLoader<E>(
  dataSource: DataSource,
  sql: string,
  targets: DataLoader<number, E | null>,
): DataLoader<number, E[]> {
  return new DataLoader(async (ownerIds) => {
    const pairs: { owner_id: number; target_id: number }[] = await dataSource.query(sql, [[...ownerIds]]);
    const loaded = await targets.loadMany(pairs.map((pair) => pair.target_id));
    const byOwner = new Map<number, E[]>();
    pairs.forEach((pair, i) => {
      const target = loaded[i];
      if (target == null || target instanceof Error) return;
      const list = byOwner.get(pair.owner_id) ?? [];
      list.push(target);
      byOwner.set(pair.owner_id, list);
    });
    return ownerIds.map((id) => byOwner.get(id) ?? []);
  });
}

/** Counts per owner in one statement. `sql` takes $1 (int[]) and returns owner_id, count. */
export function createCountLoader(dataSource: DataSource, sql: string): DataLoader<number, number> {
  return new DataLoader(async (ownerIds) => {
    const rows: { owner_id: number; count: string | number }[] = await dataSource.query(sql, [[...ownerIds]]);
    const byOwner = new Map(rows.map((row) => [row.owner_id, Number(row.count)]));
    return ownerIds.map((id) => byOwner.get(id) ?? 0);
  });
}

/** Groups rows by a key, in key order, for batch functions that load plain rows. */
export function groupRows<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
