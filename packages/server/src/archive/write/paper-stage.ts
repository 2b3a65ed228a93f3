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
 * Every how many staged papers the COPY itself computes the search vector. While the file is read,
 * Node parses and Postgres mostly waits for rows, so an eighth of the vectors (~175 µs of CPU each)
 * costs the COPY little, and the parallel pass of the merge has that much less to do. Full-size
 * papers file on 2 cores: that pass 52-55 -> 46 s, the COPY as fast as before; a quarter made the
 * COPY the slower side of the pipe (12.8k instead of 17.3k papers/s) and saved nothing.
 */
const VECTOR_IN_COPY_EVERY = 8;

/**
 * The papers of one file, streamed with one `COPY` into a staging table created in the file's
 * transaction and dropped before it commits (`drop()`; a rollback removes it too). It is an
 * unlogged table rather than a temporary one so that parallel workers can read it when the merge
 * computes the search vectors. Tasks and methods stay names until the merge (the connection runs
 * nothing else while the COPY is open). Some rows get their search vector as they are copied
 * (VECTOR_IN_COPY_EVERY); `search_vector` is null in the others.
 */
export class PaperStage {
  private pending: string[] = [];
  private pendingChars = 0;
  rows = 0;

  private constructor(
    /** The staging table's name (one per connection: `paper_stage_<backend pid>`). */
    readonly table: string,
    private readonly copy: CopyIn,
  ) {}

  static async open(sql: Sql): Promise<PaperStage> {
    const [{ pid } = { pid: 0 }] = await sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const table = `paper_stage_${pid}`;
    await sql.query(`
      CREATE UNLOGGED TABLE ${table} (
        ord integer NOT NULL, slug text NOT NULL, arxiv_id text, title text NOT NULL,
        normalized_title text NOT NULL, abstract text, url_abs text, url_pdf text, published date,
        proceeding text, conference text, authors text[] NOT NULL, tasks text[] NOT NULL,
        methods text[] NOT NULL,
        search_vector tsvector GENERATED ALWAYS AS (
          CASE WHEN ord % ${VECTOR_IN_COPY_EVERY} = 0 THEN paper_search_vector(title, abstract) END) STORED
      )`);
    return new PaperStage(
      table,
      sql.copyIn(
        `COPY ${table} (ord, slug, arxiv_id, title, normalized_title, abstract, url_abs, url_pdf, published,
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
