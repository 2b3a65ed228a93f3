import type { ArchiveKind } from '../read/archive-files';
import { datasetsImporter } from './import-datasets';
import { evaluationTablesImporter } from './import-evaluation-tables';
import { linksImporter } from './import-links';
import { methodsImporter } from './import-methods';
import { papersImporter } from './import-papers';
import type { ImportContext, RecordImporter } from './record-importer';

export const IMPORTERS: Record<ArchiveKind, { unit: string; create: (context: ImportContext) => RecordImporter }> = {
  datasets: { unit: 'datasets', create: datasetsImporter },
  methods: { unit: 'methods', create: methodsImporter },
  'papers-with-abstracts': { unit: 'papers', create: papersImporter },
  'links-between-papers-and-code': { unit: 'paper-code links', create: linksImporter },
  'evaluation-tables': { unit: 'result rows', create: evaluationTablesImporter },
};
