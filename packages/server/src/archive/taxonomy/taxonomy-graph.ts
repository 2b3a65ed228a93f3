import { taskKey, type TaxonomyIndex } from './taxonomy-index';

export interface StoredTask {
  id: number;
  slug: string;
  name: string;
}

/** Where a task's fallback areas came from. */
export type AreaSource = 'own row' | 'ancestors' | 'broader name' | "papers' other tasks";

/**
 * The stored tasks and their parents joined with the taxonomy: which stored task each taxonomy
 * name is, the parent links the taxonomy adds, and the areas of tasks the archive gave none.
 * Pure: the caller loads the rows and writes the result (apply-taxonomy.ts).
 */
export class TaxonomyGraph {
  /** Stored tasks by taxonomy key (two stored names may differ only in case). */
  private readonly tasksByKey = new Map<string, number[]>();
  private readonly keyOfTask = new Map<number, string>();
  /** child → parents, stored links and the ones added. */
  private readonly parentsOf = new Map<number, Set<number>>();

  constructor(
    private readonly taxonomy: TaxonomyIndex,
    tasks: readonly StoredTask[],
    parentLinks: ReadonlyArray<{ parentId: number; childId: number }>,
    /** The areas the archive states, by task (primary first). */
    private readonly archiveAreas: ReadonlyMap<number, readonly number[]>,
    /** Stored area ids of the taxonomy's areas, by slug. */
    private readonly areaIds: ReadonlyMap<string, number>,
  ) {
    for (const task of tasks) {
      const key = taxonomy.match(task);
      if (key === undefined) continue;
      this.keyOfTask.set(task.id, key);
      this.tasksByKey.set(key, [...(this.tasksByKey.get(key) ?? []), task.id]);
    }
    for (const link of parentLinks) this.link(link.parentId, link.childId);
  }

  isMatched(taskId: number): boolean {
    return this.keyOfTask.has(taskId);
  }

  /**
   * The taxonomy's parent links between stored tasks that are not stored yet, in the taxonomy's
   * order; a link that would close a cycle with the links so far is left out (the taxonomy has
   * a few, e.g. Stock Market Prediction ⇄ Stock Trend Prediction) and counted.
   */
  addTaxonomyLinks(): { added: [number, number][]; cyclic: number } {
    const added: [number, number][] = [];
    let cyclic = 0;
    for (const [parentKey, childKey] of this.taxonomy.edges) {
      for (const parentId of this.tasksByKey.get(parentKey) ?? [])
        for (const childId of this.tasksByKey.get(childKey) ?? []) {
          if (this.parentsOf.get(childId)?.has(parentId) === true) continue;
          if (parentId === childId || this.isAncestor(childId, parentId)) {
            cyclic++;
            continue;
          }
          this.link(parentId, childId);
          added.push([parentId, childId]);
        }
    }
    return { added, cyclic };
  }

  /**
   * Areas for a task the archive gives none: those of its own taxonomy row (or of the areas whose
   * examples name it), else those of its nearest ancestors that have any — walking up the
   * stored links and the taxonomy's, level by level, an ancestor's areas being the archive's or
   * else its taxonomy row's. Area ids, largest taxonomy area first; undefined when none is found.
   */
  fallbackAreas(task: StoredTask): { areas: number[]; source: AreaSource } | undefined {
    const own = this.taxonomyAreas(this.keyOfTask.get(task.id));
    if (own.length > 0) return { areas: own, source: 'own row' };
    const inherited = this.ancestorAreas({ taskId: task.id });
    if (inherited.length > 0) return { areas: inherited, source: 'ancestors' };
    // A name that ends with a broader task's ("Chinese Reading Comprehension": Reading
    // Comprehension) is taken to be a kind of it, as the taxonomy names most of its children.
    const broader = this.broaderName(task.name);
    if (broader !== undefined) {
      const areas = this.taxonomyAreas(broader);
      const found = areas.length > 0 ? areas : this.ancestorAreas({ key: broader });
      if (found.length > 0) return { areas: found, source: 'broader name' };
    }
    return undefined;
  }

  /** The areas of the nearest ancestors that have any (see fallbackAreas). */
  private ancestorAreas(start: Node): number[] {
    const seen = new Set<string>([start.taskId !== undefined ? `t${start.taskId}` : `k${start.key}`]);
    let level = this.parentNodes(start, seen);
    while (level.length > 0) {
      const areas = new Set<number>();
      for (const node of level) for (const area of this.nodeAreas(node)) areas.add(area);
      if (areas.size > 0) return this.ordered(areas);
      level = level.flatMap((node) => this.parentNodes(node, seen));
    }
    return [];
  }

  /** The longest taxonomy task of two words or more that the name ends with (the name excluded). */
  private broaderName(name: string): string | undefined {
    const words = name.trim().split(/\s+/);
    for (let start = 1; start <= words.length - 2; start++) {
      const key = taskKey(words.slice(start).join(' '));
      if (this.taxonomy.knows(key)) return key;
    }
    return undefined;
  }

  private nodeAreas(node: Node): readonly number[] {
    if (node.taskId !== undefined) {
      const stored = this.archiveAreas.get(node.taskId);
      if (stored !== undefined && stored.length > 0) return stored;
      return this.taxonomyAreas(this.keyOfTask.get(node.taskId));
    }
    return this.taxonomyAreas(node.key);
  }

  /** A node's parents not seen yet: stored links, and the taxonomy's (as stored tasks where there are). */
  private parentNodes(node: Node, seen: Set<string>): Node[] {
    const found: Node[] = [];
    const add = (next: Node) => {
      const id = next.taskId !== undefined ? `t${next.taskId}` : `k${next.key}`;
      if (seen.has(id)) return;
      seen.add(id);
      found.push(next);
    };
    const key = node.taskId !== undefined ? this.keyOfTask.get(node.taskId) : node.key;
    if (node.taskId !== undefined)
      for (const parentId of this.parentsOf.get(node.taskId) ?? []) add({ taskId: parentId });
    if (key !== undefined)
      for (const parentKey of this.taxonomy.parentsOf(key)) {
        const stored = this.tasksByKey.get(parentKey);
        if (stored === undefined) add({ key: parentKey });
        else for (const taskId of stored) add({ taskId });
      }
    return found;
  }

  private taxonomyAreas(key: string | undefined): number[] {
    if (key === undefined) return [];
    return this.taxonomy.areasOf(key).flatMap((area) => this.areaIds.get(area.slug) ?? []);
  }

  /** Taxonomy areas in the taxonomy's order, then the others by id. */
  private ordered(areas: Set<number>): number[] {
    const rank = new Map(this.taxonomy.areas.map((area) => [this.areaIds.get(area.slug), area.position]));
    return [...areas].sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || a - b);
  }

  private isAncestor(candidate: number, of: number): boolean {
    const stack = [of];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const task = stack.pop()!;
      for (const parent of this.parentsOf.get(task) ?? []) {
        if (parent === candidate) return true;
        if (!seen.has(parent)) {
          seen.add(parent);
          stack.push(parent);
        }
      }
    }
    return false;
  }

  private link(parentId: number, childId: number): void {
    const parents = this.parentsOf.get(childId) ?? new Set<number>();
    parents.add(parentId);
    this.parentsOf.set(childId, parents);
  }
}

type Node = { taskId: number; key?: undefined } | { taskId?: undefined; key: string };
