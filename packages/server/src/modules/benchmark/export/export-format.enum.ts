import { registerEnumType } from 'type-graphql';
import type { ExportFormat as FileFormat } from './export-formats';

/** The formats of Benchmark.export, named for GraphQL; their values are the files' extensions. */
export enum ExportFormat {
  CSV = 'csv',
  JSON = 'json',
  MARKDOWN = 'md',
  LATEX = 'tex',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'A leaderboard as a file: the same as /sota/<slug>.csv, .json, .md and .tex.',
  valuesConfig: { LATEX: { description: 'A booktabs table with caption, metric directions and permalink.' } },
});

// Every GraphQL format is a file format.
export const fileFormat = (format: ExportFormat): FileFormat => format;
