import type { TaxonomyReport } from './apply-taxonomy';

/** The taxonomy's lines of the import summary. */
export function formatTaxonomyReport(report: TaxonomyReport): string[] {
  const examples = (names: string[]) =>
    names.length > 0 ? `; e.g. ${names.map((n) => JSON.stringify(n)).join(', ')}` : '';
  const lines = [
    `taxonomy (${report.seconds.toFixed(1)}s):`,
    `  ${report.areas} research areas`,
    `  tasks matched to the taxonomy ${report.tasksMatched}, unmatched ${report.tasksUnmatched}${examples(report.unmatchedExamples)}`,
    `  tasks the archive gives no area, placed by the taxonomy: ${Object.entries(report.areasFromTaxonomy)
      .map(([source, n]) => `${n} by ${source}`)
      .join(', ')}`,
    `  tasks without an area ${report.tasksWithoutArea} (leaderboards ${report.boardsWithoutArea})${examples(report.withoutAreaExamples)}`,
    `  parent links added ${report.parentLinksAdded}, left out as cycles ${report.parentLinksCyclic}`,
    `  tasks per area, stored / in the final archive: ${report.areaTasks
      .map((area) => `${area.name} ${area.tasks}/${area.archiveTaskCount}`)
      .join(', ')}`,
  ];
  if (report.skippedRows.length > 0)
    lines.push(`  rows skipped (no parent name) ${report.skippedRows.length}: ${report.skippedRows.join(', ')}`);
  return lines;
}
