import { normalizeTitle } from '@pwc/shared';
import { copyField, textArrayLiteral, type CopyIn, type Sql } from './sql';

/** A paper as read from papers-with-abstracts.json, ready to be staged. */
export interface StagedPaper {
  /** Position in the file: the last record of a slug wins, and new papers get ids in file order. */
  ord: number;
  slug: string;
  arxivId: string | null;
  title: string;
  abstract: string | null;
  urlAbs: string | null;
  urlPdf: string | null;
  published: string | null;
  proceeding: string | null;
  conference: string | null;
  authors: readonly string[];
  tasks: readonly string[];
  methods: readonly string[];
}

const FLUSH_CHARS = 1 << 20;

/**
 * The papers of one file, streamed with one `COPY` into `paper_stage`, a temporary table dropped
 * at the end of the file's transaction. Its search vector is a generated column, so PostgreSQL
 * computes the vectors in bulk while the importer is still reading the file; tasks and methods
 * stay names until the merge (the connection runs nothing else while the COPY is open).
 */
export class PaperStage {
  private pending: string[] = [];
  private pendingChars = 0;
  rows = 0;

  private constructor(private readonly copy: CopyIn) {}

  static async open(sql: Sql): Promise<PaperStage> {
    await sql.query(`
      CREATE TEMP TABLE paper_stage (
        ord integer NOT NULL, slug text NOT NULL, arxiv_id text, title text NOT NULL,
        normalized_title text NOT NULL, abstract text, url_abs text, url_pdf text, published date,
        proceeding text, conference text, authors text[] NOT NULL, tasks text[] NOT NULL,
        methods text[] NOT NULL
      ) ON COMMIT DROP`);
    return new PaperStage(
      sql.copyIn(
        `COPY paper_stage (ord, slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published,
           proceeding, conference, authors, tasks, methods) FROM STDIN`,
      ),
    );
  }

  async add(paper: StagedPaper): Promise<void> {
    const line = [
      copyField(paper.ord),
      copyField(paper.slug),
      copyField(paper.arxivId),
      copyField(paper.title),
      copyField(normalizeTitle(paper.title)),
      copyField(paper.abstract),
      copyField(paper.urlAbs),
      copyField(paper.urlPdf),
      copyField(paper.published),
      copyField(paper.proceeding),
      copyField(paper.conference),
      copyField(textArrayLiteral(paper.authors)),
      copyField(textArrayLiteral(paper.tasks)),
      copyField(textArrayLiteral(paper.methods)),
    ].join('\t');
    this.pending.push(line);
    this.pendingChars += line.length;
    this.rows++;
    if (this.pendingChars >= FLUSH_CHARS) await this.flush();
  }

  /** Ends the COPY: every staged row is in the table. */
  async close(): Promise<void> {
    await this.flush();
    await this.copy.end();
  }

  async abort(): Promise<void> {
    this.pending = [];
    await this.copy.abort();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = `${this.pending.join('\n')}\n`;
    this.pending = [];
    this.pendingChars = 0;
    await this.copy.write(text);
  }
}
