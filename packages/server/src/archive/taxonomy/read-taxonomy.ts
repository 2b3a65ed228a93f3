import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { slugify } from '@pwc/shared';

/**
 * The final archive's taxonomy shipped with the server (packages/server/taxonomy, see its
 * README), found from src/archive/taxonomy (ts-jest) and dist/archive/taxonomy (the build) alike.
 */
export const TAXONOMY_DIR: string = resolve(__dirname, '..', '..', '..', 'taxonomy');

export interface TaxonomyArea {
  name: string;
  slug: string;
  /** 0 for the first (largest) area, in the file's order. */
  position: number;
  /** The archive's count of the area's tasks. */
  taskCount: number;
  /** Tasks of the area the file names (its first fifteen). */
  exampleTasks: string[];
}

export interface TaxonomyParent {
  name: string;
  /** How many children the task has; `children` lists at most ten of them. */
  childCount: number;
  children: string[];
  /** Area names, as the file lists them. */
  areas: string[];
}

export interface Taxonomy {
  areas: TaxonomyArea[];
  parents: TaxonomyParent[];
  /** Rows left out (a parent without a name), as `file:line`. */
  skippedRows: string[];
}

/** Reads research_areas.csv and task_hierarchy.csv (RFC 4180 CSV with a header row). */
export function readTaxonomy(dir: string = TAXONOMY_DIR): Taxonomy {
  const areaRows = readCsv(join(dir, 'research_areas.csv'));
  const areas = areaRows.map((row, position) => ({
    name: field(row, 'Research Area'),
    slug: slugify(field(row, 'Research Area')),
    position,
    taskCount: Number(field(row, 'Task Count')),
    exampleTasks: list(field(row, 'Example Tasks')),
  }));
  const parents: TaxonomyParent[] = [];
  const skippedRows: string[] = [];
  readCsv(join(dir, 'task_hierarchy.csv')).forEach((row, index) => {
    const name = field(row, 'Parent Task').trim();
    // Line numbers count the header.
    if (name === '') skippedRows.push(`task_hierarchy.csv:${index + 2}`);
    else
      parents.push({
        name,
        childCount: Number(field(row, 'Child Tasks Count')),
        children: list(field(row, 'Child Tasks')),
        areas: list(field(row, 'Categories')),
      });
  });
  return { areas, parents, skippedRows };
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

function field(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`taxonomy: no column "${name}"`);
  return value;
}

/** "A; B; C..." → [A, B, C]: the files cut long lists with "...". */
function list(text: string): string[] {
  return text
    .replace(/\.\.\.$/, '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
