import { slugForName } from '../records/fallback-slug';
import type { Taxonomy, TaxonomyArea } from './read-taxonomy';

/** How task names are compared: case and surrounding spaces aside (the archive mixes "Type prediction" and "Type Prediction"). */
export const taskKey = (name: string): string => name.trim().toLowerCase();

/**
 * The taxonomy as lookups by task: the areas a task's own row (or an area's example list) gives
 * it, and its parents. Tasks are keyed by taskKey(name); a stored task is matched by that key,
 * else by its slug (the slug a task known only by name gets).
 */
export class TaxonomyIndex {
  readonly areas: readonly TaxonomyArea[];
  private readonly areaByName = new Map<string, TaxonomyArea>();
  private readonly ownAreas = new Map<string, Set<TaxonomyArea>>();
  private readonly parents = new Map<string, Set<string>>();
  private readonly keyBySlug = new Map<string, string>();
  private readonly names = new Set<string>();
  /** Parent → child pairs, by key. */
  readonly edges: ReadonlyArray<readonly [string, string]>;

  constructor(taxonomy: Taxonomy) {
    this.areas = taxonomy.areas;
    for (const area of taxonomy.areas) this.areaByName.set(taskKey(area.name), area);
    const edges: [string, string][] = [];
    for (const area of taxonomy.areas) for (const example of area.exampleTasks) this.addArea(example, area);
    for (const parent of taxonomy.parents) {
      this.know(parent.name);
      for (const areaName of parent.areas) {
        const area = this.areaByName.get(taskKey(areaName));
        if (area !== undefined) this.addArea(parent.name, area);
      }
      for (const child of parent.children) {
        this.know(child);
        if (taskKey(child) === taskKey(parent.name)) continue;
        edges.push([taskKey(parent.name), taskKey(child)]);
        const of = this.parents.get(taskKey(child)) ?? new Set<string>();
        of.add(taskKey(parent.name));
        this.parents.set(taskKey(child), of);
      }
    }
    this.edges = edges;
  }

  /** The taxonomy's key of a stored task, or undefined when the taxonomy does not name it. */
  match(task: { name: string; slug: string }): string | undefined {
    const key = taskKey(task.name);
    return this.names.has(key) ? key : this.keyBySlug.get(task.slug);
  }

  knows(key: string): boolean {
    return this.names.has(key);
  }

  /** The areas the taxonomy gives the task itself, largest area first. */
  areasOf(key: string): TaxonomyArea[] {
    return [...(this.ownAreas.get(key) ?? [])].sort((a, b) => a.position - b.position);
  }

  parentsOf(key: string): ReadonlySet<string> {
    return this.parents.get(key) ?? EMPTY;
  }

  private addArea(task: string, area: TaxonomyArea): void {
    this.know(task);
    const areas = this.ownAreas.get(taskKey(task)) ?? new Set<TaxonomyArea>();
    areas.add(area);
    this.ownAreas.set(taskKey(task), areas);
  }

  private know(name: string): void {
    const key = taskKey(name);
    this.names.add(key);
    const slug = slugForName(name, 'task');
    if (!this.keyBySlug.has(slug)) this.keyBySlug.set(slug, key);
  }
}

const EMPTY: ReadonlySet<string> = new Set();
