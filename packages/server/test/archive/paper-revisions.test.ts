import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive, type ImportReport } from '../../src/archive/import-archive';
import { revisionToRevert } from '../../src/modules/contribution/revert';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { readRaw, sampleFile, type Json } from './support/raw-archive';
import { writeJson } from './support/real-tables';

/**
 * Issue 12: the papers file's import is a revision like the other files' — every paper it adds
 * by identity (slug, title, arXiv id), every paper it changes field by field, before → after —
 * on the bundled sample imported, then re-imported with three papers edited.
 */
describe('papers in the import revisions', () => {
  let db: TestDatabase;
  let server: TestServer;
  let folder: string;
  let first: ImportReport;
  let papersRevision: string;
  const papers = readRaw(sampleFile('papers-with-abstracts'));
  const slugOf = (paper: Json) => String(paper.paper_url).split('/').pop()!;
  const query = <T = Json>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);
  const changesOf = (revisionId: string) =>
    query<{ entity_type: string; action: string; label: string; fields: Json[] }>(
      `SELECT entity_type, action, label, fields FROM revision_change WHERE revision_id = $1 ORDER BY label`,
      [revisionId],
    );

  const [annealing, backprop, knuth] = [papers[1]!, papers[2]!, papers[3]!];
  const edited = structuredClone(papers);
  edited[1]!.authors = annealing.authors.filter((author: string) => author !== 'C. D. Gelatt');
  edited[2]!.title = 'Learning Internal Representations by Error Propagation (revised)';
  edited[3]!.abstract = 'A shorter abstract.';
  // Links only: a task and a method gone; and a task added beside the byline's change.
  const bert = papers[51]!;
  expect(slugOf(bert)).toBe('bert-pre-training-of-deep-bidirectional');
  edited[51]!.tasks = bert.tasks.filter((task: string) => task !== 'Stock Market Prediction');
  edited[51]!.methods = bert.methods.filter((method: Json) => method.name !== 'Weight Decay');
  edited[1]!.tasks = ['Question Answering'];

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'pwc-paper-revisions-'));
    first = await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] });
    expect(first.ok).toBe(true);
    server = await startTestServer(db.dataSource);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
    await db.drop();
  });

  it('records every paper of a first import as added, by identity, with the file and its sha256', async () => {
    const file = first.files.find((f) => f.kind === 'papers-with-abstracts')!;
    papersRevision = file.revisionId!;
    expect(papersRevision).toBeDefined();
    const [revision] = await query<{ author_label: string; reason: string; source: Json }>(
      'SELECT author_label, reason, source FROM revision WHERE id = $1',
      [papersRevision],
    );
    const path = join(BUNDLED_SAMPLE_DIR, 'papers-with-abstracts.json.gz');
    expect(revision).toEqual({
      author_label: 'archive import',
      reason: 'import of papers-with-abstracts.json.gz',
      source: {
        kind: 'papers-with-abstracts',
        file: 'papers-with-abstracts.json.gz',
        bytes: readFileSync(path).length,
        sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      },
    });
    // Beside the tasks and methods the papers name that did not exist yet.
    const changes = (await changesOf(papersRevision)).filter((c) => c.entity_type === 'PAPER');
    const stored = await query<{ slug: string }>('SELECT slug FROM paper ORDER BY slug');
    expect(changes.every((c) => c.action === 'ADDED')).toBe(true);
    expect(changes.map((c) => c.label).sort()).toEqual(stored.map((p) => p.slug));
    const theory = changes.find((c) => c.label === slugOf(knuth))!;
    expect(theory.fields).toEqual([
      { field: 'arxiv_id', after: 'cs/9301114' },
      { field: 'slug', after: slugOf(knuth) },
      { field: 'title', after: 'Theory and practice' },
    ]);
  });

  it('records what a re-import changed, paper by paper and field by field, before and after', async () => {
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [writeJson(folder, 'papers-with-abstracts.json', edited)],
    });
    expect(report.files[0]!.error).toBeUndefined();
    expect(report.ok).toBe(true);
    const revisionId = report.files[0]!.revisionId!;
    expect(revisionId).toBeDefined();
    const changes = await changesOf(revisionId);
    // Tasks and methods by name, as stored (compared as sets: the order is the database's).
    const links = changes.filter((c) => c.label === slugOf(bert));
    expect(links).toHaveLength(1);
    const linkFields = new Map(links[0]!.fields.map((f) => [f.field, f]));
    expect([...linkFields.keys()].sort()).toEqual(['methods', 'tasks']);
    const gone = (field: string) => {
      const { before, after } = linkFields.get(field)!;
      return {
        removed: before.filter((x: string) => !after.includes(x)),
        added: after.filter((x: string) => !before.includes(x)),
      };
    };
    expect(gone('tasks')).toEqual({ removed: ['Stock Market Prediction'], added: [] });
    expect(gone('methods')).toEqual({ removed: ['Weight Decay'], added: [] });
    expect(changes.filter((c) => c.label !== slugOf(bert))).toEqual(
      [
        {
          entity_type: 'PAPER',
          action: 'CHANGED',
          label: slugOf(annealing),
          fields: [
            { field: 'authors', before: annealing.authors, after: edited[1]!.authors },
            { field: 'tasks', before: [], after: ['Question Answering'] },
          ],
        },
        {
          entity_type: 'PAPER',
          action: 'CHANGED',
          label: slugOf(backprop),
          fields: [{ field: 'title', before: backprop.title, after: edited[2]!.title }],
        },
        {
          entity_type: 'PAPER',
          action: 'CHANGED',
          label: slugOf(knuth),
          fields: [{ field: 'abstract', before: knuth.abstract, after: 'A shorter abstract.' }],
        },
      ].sort((a, b) => a.label.localeCompare(b.label)),
    );
    expect(annealing.authors).toContain('C. D. Gelatt');
  });

  it('writes no revision when the same papers file is imported again', async () => {
    const before = (await query<{ n: number }>('SELECT count(*)::int AS n FROM revision'))[0]!.n;
    const report = await importArchive({
      dataSource: db.dataSource,
      files: [writeJson(folder, 'papers-with-abstracts.json', edited)],
    });
    expect(report.files[0]!.error).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(report.files[0]!.updated).toBeGreaterThan(0);
    expect(report.files[0]!.revisionId).toBeUndefined();
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM revision'))[0]!.n).toBe(before);
    expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM revision_pending'))[0]!.n).toBe(0);
  });

  it("lists a paper's revisions on the API, newest first, with the file that made them", async () => {
    const reply = await server.query<{ revisions: Json }>(
      `query PaperHistory($slug: String!) {
        revisions(subject: { type: PAPER, slug: $slug }) {
          totalCount
          edges { node { id authorLabel reason source { kind file sha256 }
            changes(first: 10) { edges { node { entityType action label fields { field before after } } } } } }
        }
      }`,
      { slug: slugOf(backprop) },
    );
    expect(reply.errors).toBeUndefined();
    const revisions = reply.data!.revisions;
    expect(revisions.totalCount).toBe(2);
    const [changed, added] = revisions.edges.map((edge: Json) => edge.node);
    expect(added.id).toBe(papersRevision);
    expect(changed).toMatchObject({
      authorLabel: 'archive import',
      reason: 'import of papers-with-abstracts.json',
      source: {
        kind: 'papers-with-abstracts',
        file: 'papers-with-abstracts.json',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(changed.changes.edges.map((edge: Json) => edge.node)).toEqual([
      {
        entityType: 'PAPER',
        action: 'CHANGED',
        label: slugOf(backprop),
        fields: [{ field: 'title', before: backprop.title, after: edited[2]!.title }],
      },
    ]);
    const authors = await server.query<{ revisions: Json }>(
      `{ revisions(subject: { type: PAPER, slug: "${slugOf(annealing)}" }, first: 1) {
          edges { node { changes { edges { node { fields { field before after } } } } } } } }`,
    );
    expect(authors.data!.revisions.edges[0].node.changes.edges[0].node.fields).toEqual([
      { field: 'authors', before: JSON.stringify(annealing.authors), after: JSON.stringify(edited[1]!.authors) },
      { field: 'tasks', before: '[]', after: '["Question Answering"]' },
    ]);
  });

  it('does not revert a papers import in one click (its added papers are recorded by identity only)', async () => {
    const sql = {
      query: <Row>(text: string, params?: unknown[]) => db.dataSource.query(text, params) as Promise<Row[]>,
    };
    await expect(revisionToRevert(sql, papersRevision)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
