import { count, skip } from '../report/file-report';
import { bool, name, type JsonObject } from '../records/fields';
import { normalizeRepositoryUrl } from '../records/repository-url';
import { isWebUrl } from '../records/web-url';
import { deferIndexesAndForeignKeys, isNearlyEmpty } from '../write/deferred-index';
import { findPapers } from '../write/paper-finder';
import { writeRepositoryLinks, type RepositoryLink } from '../write/repository-writer';
import { Batch, type ImportContext, type RecordImporter } from './record-importer';

interface LinkRecord {
  index: number;
  url: string;
  record: JsonObject;
}

const BATCH_SIZE = 2000;
/** What a bulk load of links writes (see deferred-index.ts). */
const BULK_LOADED_TABLES = ['repository', 'paper_repository'];

/** links-between-papers-and-code.json: repositories and their links to papers (joined on paper_url). */
export function linksImporter({ sql, report }: ImportContext): RecordImporter {
  let firstBatch = true;
  let restoreIndexes: (() => Promise<void>) | null = null;
  const batch = new Batch<LinkRecord>(BATCH_SIZE, async (items) => {
    // A file of more than one batch into (almost) no links is a first import: its links are
    // loaded without their foreign keys and secondary indexes, which come back once at the end
    // (full-size links file alone, 300k links: 19.6 -> 15.5 s, two foreign-key lookups less per link).
    if (firstBatch && items.length === BATCH_SIZE && (await isNearlyEmpty(sql, 'paper_repository')))
      restoreIndexes = await deferIndexesAndForeignKeys(sql, BULK_LOADED_TABLES);
    firstBatch = false;
    const paperIds = await findPapers(
      sql,
      items.map(({ record }) => ({ url: name(record.paper_url), arxivId: name(record.paper_arxiv_id), title: null })),
    );
    const links: RepositoryLink[] = [];
    items.forEach((item, i) => {
      const paperId = paperIds[i] ?? null;
      if (paperId === null)
        return skip(report, 'paper not in the database', `#${item.index} ${name(item.record.paper_url) ?? ''}`);
      links.push({
        paperId,
        url: item.url,
        framework: framework(item.record.framework),
        isOfficial: bool(item.record.is_official),
        mentionedInPaper: bool(item.record.mentioned_in_paper),
        mentionedInGithub: bool(item.record.mentioned_in_github),
      });
    });
    const result = await writeRepositoryLinks(sql, links);
    report.imported += result.inserted;
    report.updated += result.updated;
    count(report, 'links', links.length);
  });

  return {
    looksRight: (record) => 'repo_url' in record,
    async add(record, index) {
      const published = name(record.repo_url);
      if (published === null)
        return skip(report, 'link without a repo_url', `#${index} ${name(record.paper_url) ?? ''}`);
      // Checked as published: normalizing would turn "javascript://github.com/a/b" into an https URL.
      if (!isWebUrl(published))
        return skip(report, 'link whose repo_url is not an http(s) URL', `#${index} ${published}`);
      const url = normalizeRepositoryUrl(published) ?? published;
      await batch.add({ index, url, record });
    },
    async finish() {
      await batch.flush();
      await restoreIndexes?.();
    },
  };
}

function framework(value: unknown): string | null {
  const text = name(value)?.toLowerCase() ?? null;
  return text === null || text === 'none' ? null : text;
}
