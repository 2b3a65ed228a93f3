import { basename } from 'node:path';
import type { FileReport } from './file-report';
import { skippedTotal } from './file-report';

/** The final per-file summary: read, imported, updated, skipped by reason, notes and counts. */
export function formatSummary(reports: readonly FileReport[]): string[] {
  const header = ['file', 'status', 'read', 'imported', 'updated', 'skipped', 'unit', 'seconds'];
  const rows = reports.map((r) => [
    basename(r.file),
    r.status,
    String(r.read),
    String(r.imported),
    String(r.updated),
    String(skippedTotal(r)),
    r.unit,
    r.seconds.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === 1 || i === 6 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const report of reports) {
    const details: string[] = [`  taken for ${report.takenFor}`];
    if (report.error !== undefined) details.push(`  error: ${report.error}`);
    for (const [reason, entry] of Object.entries(report.skipped)) {
      details.push(
        `  skipped ${entry.count}: ${reason}; e.g. ${entry.examples.map((e) => JSON.stringify(e)).join(', ')}`,
      );
    }
    for (const [reason, entry] of Object.entries(report.notes)) {
      details.push(`  note ${entry.count}: ${reason}; e.g. ${entry.examples.map((e) => JSON.stringify(e)).join(', ')}`);
    }
    const counts = Object.entries(report.counts).map(([key, value]) => `${key} ${value}`);
    if (counts.length > 0) details.push(`  ${counts.join(', ')}`);
    if (report.revisionId !== undefined) details.push(`  recorded as revision ${report.revisionId}`);
    out.push('', `${basename(report.file)}:`, ...details);
  }
  return out;
}
