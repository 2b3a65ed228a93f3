import type { ArchiveKind } from '../read/archive-files';

export const MAX_EXAMPLES = 3;

export interface SkipCount {
  count: number;
  /** The first few skipped records, to find them in the file. */
  examples: string[];
}

export interface FileReport {
  file: string;
  kind: ArchiveKind;
  /** What the file was taken for and why ("evaluation-tables, by content: its records have task, ..."). */
  takenFor: string;
  status: 'imported' | 'failed';
  /** Records read from the file's top-level array. */
  read: number;
  /** Rows created (papers, links, results, ... depending on the file). */
  imported: number;
  /** Rows that existed and were updated in place. */
  updated: number;
  /** Records or rows left out, by reason. */
  skipped: Record<string, SkipCount>;
  /** Fields that were dropped or corrected while the record was kept, by reason. */
  notes: Record<string, SkipCount>;
  /** Other counts worth knowing (e.g. benchmarks, authors), by name. */
  counts: Record<string, number>;
  /** What "imported"/"updated" count, e.g. "papers" or "result rows". */
  unit: string;
  error?: string;
  /** The data version this file's changes were published under; undefined if it changed nothing. */
  dataVersion?: string;
  /** The revision recording this file's changes (see modules/revision); undefined if none. */
  revisionId?: string;
  seconds: number;
}

export function newFileReport(file: string, kind: ArchiveKind, unit: string, takenFor = `${kind}`): FileReport {
  return {
    file,
    kind,
    takenFor,
    status: 'imported',
    read: 0,
    imported: 0,
    updated: 0,
    skipped: {},
    notes: {},
    counts: {},
    unit,
    seconds: 0,
  };
}

function tally(target: Record<string, SkipCount>, reason: string, example: string): void {
  const entry = (target[reason] ??= { count: 0, examples: [] });
  entry.count++;
  if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example.slice(0, 200));
}

export function skip(report: FileReport, reason: string, example: string): void {
  tally(report.skipped, reason, example);
}

export function note(report: FileReport, reason: string, example: string): void {
  tally(report.notes, reason, example);
}

export function count(report: FileReport, key: string, by = 1): void {
  report.counts[key] = (report.counts[key] ?? 0) + by;
}

export function skippedTotal(report: FileReport): number {
  return Object.values(report.skipped).reduce((sum, entry) => sum + entry.count, 0);
}
