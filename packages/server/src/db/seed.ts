import type { DataSource } from 'typeorm';
import { BUNDLED_SAMPLE_DIR } from '../archive/bundled-sample';
import { importArchive } from '../archive/import-archive';
import type { Logger } from '../logger';

/** A fresh database gets the bundled sample archive, so a new install shows real content. */
export async function importSampleIfEmpty(dataSource: DataSource, logger: Logger): Promise<void> {
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM paper')) as [{ count: number }];
  if (count > 0) return;
  logger.info({ from: BUNDLED_SAMPLE_DIR }, 'empty database: importing the bundled sample archive');
  await importArchive({ dataSource, files: [BUNDLED_SAMPLE_DIR], log: (line) => logger.info(line) });
}
