import { BUNDLED_SAMPLE_DIR } from '../../src/archive/bundled-sample';
import { importArchive } from '../../src/archive/import-archive';
import { Role } from '../../src/modules/account/role';
import { AccountClient, errorCode, signedInAs, type Reply } from '../accounts/account-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Issue 12, contributions of content: task, dataset and method descriptions edited with
 * optimistic concurrency, papers added by arXiv id or URL, code linked and unlinked — pending for
 * contributors, published by trusted accounts, approved, rejected and reverted by moderators,
 * each a revision shown in the subject's History. Real operations over the bundled sample.
 */
type Json = any;

const EDITABLE = `query($type: DescribedType!, $slug: String!) {
  editableDescription(type: $type, slug: $slug) { type slug name description version }
}`;
const EDIT = `mutation($type: DescribedType!, $slug: String!, $v: String!, $text: String!, $reason: String!) {
  editDescription(type: $type, slug: $slug, baseVersion: $v, description: $text, reason: $reason) {
    id kind status revisionId subjectType subjectSlug subjectName benchmarkSlug
  }
}`;
const ADD_PAPER = `mutation($paper: PaperInput!, $reason: String!) {
  addPaper(paper: $paper, reason: $reason) { id kind status revisionId subjectType subjectSlug subjectName }
}`;
const LINK = `mutation($paper: String!, $repo: CodeLinkInput!, $reason: String!) {
  linkCode(paper: $paper, repository: $repo, reason: $reason) { id kind status revisionId subjectSlug }
}`;
const UNLINK = `mutation($paper: String!, $url: String!, $reason: String!) {
  unlinkCode(paper: $paper, url: $url, reason: $reason) { id kind status revisionId subjectSlug }
}`;
const METHOD = `query($slug: String!) { method(slug: $slug) { name description } }`;
const PAPER = `query($slug: String!) {
  paper(slug: $slug) { slug title arxivId abstract urlAbs urlPdf published authors { name }
    repositories { isOfficial repository { url framework stars } } }
}`;
const HISTORY = `query($type: RevisionEntityType!, $slug: String!) {
  revisions(subject: { type: $type, slug: $slug }, first: 10) {
    totalCount
    edges { node { id authorLabel reason status changes(first: 10) { edges { node { entityType action label fields { field before after } } } } } }
  }
}`;
const APPROVE = `mutation($id: ID!) { approveRevision(id: $id) { id status revisionId reviewerName } }`;
const REJECT = `mutation($id: ID!) { rejectRevision(id: $id, reason: "not an improvement") { id status reviewReason } }`;
const REVERT = `mutation($id: ID!) { revertRevision(id: $id, reason: "restoring the text") { revisionId restoredRows } }`;
const REVERT_USER = `mutation($id: ID!) {
  revertUser(userId: $id, reason: "cleaning up") { revisionId revertedRevisions restoredRows rejectedPending }
}`;
const PENDING = `{ viewer { pendingChanges { id kind status subjectType subjectSlug subjectName benchmarkSlug } } }`;
const QUEUE = `{ reviewQueue(first: 50) { items { id kind subjectType subjectSlug authorName } } }`;

const ADAM = { type: 'METHOD', slug: 'adam' };
const BERT = 'bert-pre-training-of-deep-bidirectional';

describe('contributions of descriptions, papers and code', () => {
  let db: TestDatabase;
  let server: TestServer;
  let cached: TestServer;
  const as: Record<string, Awaited<ReturnType<typeof signedInAs>>> = {};
  let anonymous: AccountClient;

  const send = (who: string, query: string, variables?: Record<string, unknown>) =>
    who === 'anonymous' ? anonymous.post(query, variables) : as[who]!.client.post(query, variables);
  const ok = (reply: Reply) => {
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data!;
  };
  const read = async (query: string, variables: Record<string, unknown>, on = server) => {
    const reply = await on.query<Json>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data!;
  };
  const editable = async (subject = ADAM) => (await read(EDITABLE, subject)).editableDescription;
  const edit = async (who: string, text: string, subject = ADAM, version?: string) =>
    send(who, EDIT, { ...subject, v: version ?? (await editable(subject)).version, text, reason: 'clearer wording' });
  const history = async (type: string, slug: string) => (await read(HISTORY, { type, slug })).revisions;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importArchive({ dataSource: db.dataSource, files: [BUNDLED_SAMPLE_DIR] })).ok).toBe(true);
    server = await startTestServer(db.dataSource, { accounts: { limits: { contributionsPerAccount: 1000 } } });
    cached = await startTestServer(db.dataSource, { caching: { store: 'memory' } });
    anonymous = new AccountClient(server.url);
    for (const [who, role] of [
      ['contributor', Role.CONTRIBUTOR],
      ['other', Role.CONTRIBUTOR],
      ['trusted', Role.TRUSTED],
      ['vandal', Role.TRUSTED],
      ['moderator', Role.MODERATOR],
    ] as const) {
      as[who] = await signedInAs(db.dataSource, server.url, role, who);
    }
  });
  afterAll(async () => {
    await server?.close();
    await cached?.close();
    await db?.drop();
  });

  describe('descriptions', () => {
    it('publishes a trusted edit verbatim, shows it in the History, and a moderator reverts it in one click', async () => {
      const before = await editable();
      expect(before).toMatchObject({ type: 'METHOD', slug: 'adam', name: 'Adam' });
      expect(before.description).toContain('**Adam** is an adaptive learning rate optimization algorithm');
      expect((await read(METHOD, { slug: 'adam' }, cached)).method.description).toBe(before.description);

      const text = '**Adam** keeps _two_ moving averages.\n\n<script>alert(1)</script>\n\n$\\beta_1 = 0.9$';
      const published = ok(await edit('trusted', text)).editDescription;
      expect(published).toMatchObject({
        kind: 'EDIT_DESCRIPTION',
        status: 'PUBLISHED',
        subjectType: 'METHOD',
        subjectSlug: 'adam',
        subjectName: 'Adam',
        benchmarkSlug: null,
      });
      // Stored verbatim (the web app sanitises when it renders); cached replies are not served again.
      expect((await read(METHOD, { slug: 'adam' })).method.description).toBe(text);
      expect((await read(METHOD, { slug: 'adam' }, cached)).method.description).toBe(text);
      const after = await editable();
      expect(after.version).not.toBe(before.version);

      const [newest] = (await history('METHOD', 'adam')).edges.map((e: Json) => e.node);
      expect(newest).toMatchObject({ id: published.revisionId, authorLabel: 'trusted', reason: 'clearer wording' });
      expect(newest.changes.edges.map((e: Json) => e.node)).toEqual([
        {
          entityType: 'METHOD',
          action: 'CHANGED',
          label: 'Adam',
          fields: [{ field: 'description', before: before.description, after: text }],
        },
      ]);

      // An edit based on the old version is refused, with the text as it is now.
      const stale = await edit('other', 'Something else', ADAM, before.version);
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.body.errors![0]!.extensions).toMatchObject({
        argument: 'baseVersion',
        current: { description: text, version: after.version },
      });

      const reverted = ok(await send('moderator', REVERT, { id: published.revisionId })).revertRevision;
      expect(reverted.restoredRows).toBe(1);
      expect((await read(METHOD, { slug: 'adam' })).method.description).toBe(before.description);
      expect((await editable()).version).toBe(before.version);
      const revisions = (await history('METHOD', 'adam')).edges.map((e: Json) => e.node);
      expect(revisions[0]).toMatchObject({ id: reverted.revisionId, authorLabel: 'moderator' });
      expect(revisions[0].changes.edges[0].node.fields).toEqual([
        { field: 'description', before: text, after: before.description },
      ]);
      expect(revisions[1]).toMatchObject({ id: published.revisionId, status: 'REVERTED' });
      // Reverting it again is refused: it is REVERTED.
      expect(errorCode(await send('moderator', REVERT, { id: published.revisionId }))).toBe('BAD_USER_INPUT');
    });

    it('keeps a contributor’s edit pending, seen by its author only, until a moderator approves it', async () => {
      const task = { type: 'TASK', slug: 'question-answering' };
      const before = await editable(task);
      const pending = ok(await edit('contributor', 'Answering questions about a text.', task)).editDescription;
      expect(pending).toMatchObject({
        status: 'PENDING',
        revisionId: null,
        subjectType: 'TASK',
        subjectSlug: task.slug,
      });
      expect((await editable(task)).description).toBe(before.description);
      expect(ok(await send('contributor', PENDING)).viewer.pendingChanges).toEqual([
        expect.objectContaining({ id: pending.id, kind: 'EDIT_DESCRIPTION', subjectSlug: task.slug }),
      ]);
      expect(ok(await send('other', PENDING)).viewer.pendingChanges).toEqual([]);
      expect(errorCode(await send('contributor', APPROVE, { id: pending.id }))).toBe('FORBIDDEN');
      expect(ok(await send('moderator', QUEUE)).reviewQueue.items).toContainEqual(
        expect.objectContaining({
          id: pending.id,
          kind: 'EDIT_DESCRIPTION',
          subjectType: 'TASK',
          authorName: 'contributor',
        }),
      );

      const approved = ok(await send('moderator', APPROVE, { id: pending.id })).approveRevision;
      expect(approved).toMatchObject({ status: 'PUBLISHED', reviewerName: 'moderator' });
      expect((await editable(task)).description).toBe('Answering questions about a text.');
      const [newest] = (await history('TASK', task.slug)).edges.map((e: Json) => e.node);
      expect(newest).toMatchObject({ id: approved.revisionId, authorLabel: 'contributor' });
    });

    it('checks a pending edit again when approved: CONFLICT when a trusted edit came first, then rejected', async () => {
      const dataset = { type: 'DATASET', slug: 'squad11' };
      const base = await editable(dataset);
      expect(base).not.toBeNull();
      const pending = ok(await edit('contributor', 'A pending text.', dataset)).editDescription;
      ok(await edit('trusted', 'A trusted text, first.', dataset));
      const refused = await send('moderator', APPROVE, { id: pending.id });
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(refused.body.errors![0]!.extensions).toMatchObject({ current: { description: 'A trusted text, first.' } });
      expect((await editable(dataset)).description).toBe('A trusted text, first.');
      const rejected = ok(await send('moderator', REJECT, { id: pending.id })).rejectRevision;
      expect(rejected).toMatchObject({ status: 'REJECTED', reviewReason: 'not an improvement' });
    });

    it('answers bad edits with field errors', async () => {
      const { version } = await editable();
      const cases: [Record<string, unknown>, string][] = [
        [{ ...ADAM, v: version, text: '   ', reason: 'clearer' }, 'description'],
        [{ ...ADAM, v: 'not-a-version', text: 'x', reason: 'clearer' }, 'baseVersion'],
        [{ type: 'METHOD', slug: 'no-such-method', v: version, text: 'x', reason: 'clearer' }, 'slug'],
        [{ ...ADAM, v: version, text: 'x', reason: 'no' }, 'reason'],
        [{ ...ADAM, v: version, text: 'x'.repeat(50_001), reason: 'clearer' }, 'description'],
      ];
      for (const [variables, argument] of cases) {
        const reply = await send('trusted', EDIT, variables);
        expect([argument, errorCode(reply), reply.body.errors?.[0]?.extensions?.argument]).toEqual([
          argument,
          'BAD_USER_INPUT',
          argument,
        ]);
      }
      // A long description within the limit is accepted (and reverted by its author's moderator).
      const long = `# Adam\n\n${'A long paragraph. '.repeat(2000)}`;
      const published = ok(await edit('trusted', long)).editDescription;
      expect((await editable()).description).toBe(long);
      ok(await send('moderator', REVERT, { id: published.revisionId }));
    });
  });

  describe('papers', () => {
    const NEW_PAPER = {
      reference: 'https://arxiv.org/abs/2101.01234v2',
      title: 'Contributed Networks: A Study of Things Added by Hand to the Archive',
      authors: ['Ada Lovelace', 'Jacob Devlin'],
      abstract: 'We add a paper by hand.',
    };

    it('adds a trusted contributor’s paper with the archive’s slug, its authors and arXiv URLs; a moderator reverts it', async () => {
      const added = ok(
        await send('trusted', ADD_PAPER, { paper: NEW_PAPER, reason: 'missing from the archive' }),
      ).addPaper;
      expect(added).toMatchObject({
        kind: 'ADD_PAPER',
        status: 'PUBLISHED',
        subjectType: 'PAPER',
        subjectSlug: 'contributed-networks-a-study-of-things-added',
      });
      const { paper } = await read(PAPER, { slug: added.subjectSlug });
      expect(paper).toEqual({
        slug: added.subjectSlug,
        title: NEW_PAPER.title,
        arxivId: '2101.01234',
        abstract: NEW_PAPER.abstract,
        urlAbs: 'https://arxiv.org/abs/2101.01234',
        urlPdf: 'https://arxiv.org/pdf/2101.01234',
        published: '2021-01-01',
        authors: [{ name: 'Ada Lovelace' }, { name: 'Jacob Devlin' }],
        repositories: [],
      });
      const [revision] = (await history('PAPER', added.subjectSlug)).edges.map((e: Json) => e.node);
      const change = revision.changes.edges[0].node;
      expect(change).toMatchObject({ entityType: 'PAPER', action: 'ADDED', label: added.subjectSlug });
      expect(change.fields).toEqual(
        expect.arrayContaining([
          { field: 'title', before: null, after: NEW_PAPER.title },
          { field: 'arxivId', before: null, after: '2101.01234' },
          { field: 'authors', before: null, after: JSON.stringify(NEW_PAPER.authors) },
        ]),
      );

      // The same paper again, by its id, its old-style URL shape or its title: refused, naming it.
      for (const [paper, argument] of [
        [{ ...NEW_PAPER, reference: '2101.01234' }, 'paper.reference'],
        [{ ...NEW_PAPER, reference: 'arXiv:2101.01234v1' }, 'paper.reference'],
        [{ ...NEW_PAPER, reference: 'https://example.org/contributed.pdf', published: '2021-01-05' }, 'paper.title'],
      ] as const) {
        const reply = await send('other', ADD_PAPER, { paper, reason: 'again' });
        expect(errorCode(reply)).toBe('BAD_USER_INPUT');
        expect(reply.body.errors![0]!.extensions).toMatchObject({
          argument,
          existing: { slug: added.subjectSlug, path: `/paper/${added.subjectSlug}` },
        });
      }

      const reverted = ok(await send('moderator', REVERT, { id: added.revisionId })).revertRevision;
      expect(reverted.restoredRows).toBe(1);
      expect((await server.query<Json>(PAPER, { slug: added.subjectSlug })).data!.paper).toBeNull();
    });

    it('refuses a paper the archive has, with a link to it', async () => {
      const reply = await send('contributor', ADD_PAPER, {
        paper: { reference: 'https://arxiv.org/pdf/1810.04805v2.pdf', title: 'BERT again', authors: ['J. Devlin'] },
        reason: 'a duplicate',
      });
      expect(errorCode(reply)).toBe('BAD_USER_INPUT');
      expect(reply.body.errors![0]!.message).toContain(`/paper/${BERT}`);
      expect(reply.body.errors![0]!.extensions).toMatchObject({
        argument: 'paper.reference',
        existing: { slug: BERT },
      });
    });

    it('keeps a contributor’s paper pending until approved; a paper from another site needs its date', async () => {
      const paper = {
        reference: 'https://openreview.net/forum?id=abc123',
        title: 'BERT: Pre-training of Deep Bidirectional Transformers, Revisited by Hand',
        authors: ['Some One'],
        published: '2023-04-05',
      };
      const noDate = await send('contributor', ADD_PAPER, { paper: { ...paper, published: null }, reason: 'missing' });
      expect(noDate.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'paper.published' });
      const pending = ok(await send('contributor', ADD_PAPER, { paper, reason: 'missing' })).addPaper;
      // The title's slug is BERT's: the archive's way, with "-1".
      expect(pending).toMatchObject({ status: 'PENDING', subjectSlug: `${BERT}-1`, subjectName: paper.title });
      expect((await server.query<Json>(PAPER, { slug: `${BERT}-1` })).data!.paper).toBeNull();
      expect(ok(await send('contributor', PENDING)).viewer.pendingChanges).toContainEqual(
        expect.objectContaining({ id: pending.id, kind: 'ADD_PAPER', subjectSlug: `${BERT}-1` }),
      );
      ok(await send('moderator', APPROVE, { id: pending.id }));
      expect((await read(PAPER, { slug: `${BERT}-1` })).paper).toMatchObject({
        arxivId: null,
        urlAbs: paper.reference,
        published: '2023-04-05',
        authors: [{ name: 'Some One' }],
      });
    });

    it('answers bad papers with field errors', async () => {
      const good = { reference: '2102.00001', title: 'A fine title for a paper', authors: ['A. Author'] };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...good, reference: 'not an id' }, 'paper.reference'],
        [{ ...good, reference: '2113.00001' }, 'paper.reference'],
        [{ ...good, reference: 'javascript:alert(1)' }, 'paper.reference'],
        [{ ...good, reference: 'ftp://example.org/paper.pdf' }, 'paper.reference'],
        [{ ...good, reference: 'https://arxiv.org/list/cs.CL/recent' }, 'paper.reference'],
        [{ ...good, title: '  ' }, 'paper.title'],
        [{ ...good, title: '!!!' }, 'paper.title'],
        [{ ...good, authors: [] }, 'paper.authors'],
        [{ ...good, authors: ['A', ' '] }, 'paper.authors[1]'],
        [{ ...good, authors: ['A', 'A'] }, 'paper.authors[1]'],
        [{ ...good, published: '2021-02-30' }, 'paper.published'],
        [{ ...good, published: '2999-01-01' }, 'paper.published'],
        [{ ...good, abstract: 'x'.repeat(10_001) }, 'paper.abstract'],
      ];
      for (const [paper, argument] of cases) {
        const reply = await send('trusted', ADD_PAPER, { paper, reason: 'checking' });
        expect([argument, errorCode(reply), reply.body.errors?.[0]?.extensions?.argument]).toEqual([
          argument,
          'BAD_USER_INPUT',
          argument,
        ]);
      }
    });
  });

  describe('code links', () => {
    const REPO = {
      url: 'http://github.com/Someone/bert-reimplementation.git',
      official: false,
      framework: 'PYTORCH',
      stars: 42,
    };
    const NORMAL = 'https://github.com/Someone/bert-reimplementation';
    const links = async () =>
      (await read(PAPER, { slug: BERT })).paper.repositories.map((link: Json) => ({
        url: link.repository.url,
        official: link.isOfficial,
      }));

    it('links and unlinks code as revisions of the paper; a moderator reverts the unlink', async () => {
      const original = await links();
      expect(original).toContainEqual({ url: 'https://github.com/google-research/bert', official: true });
      const linked = ok(
        await send('trusted', LINK, { paper: BERT, repo: REPO, reason: 'a reimplementation' }),
      ).linkCode;
      expect(linked).toMatchObject({ status: 'PUBLISHED', subjectSlug: BERT });
      const paper = (await read(PAPER, { slug: BERT })).paper;
      expect(paper.repositories).toContainEqual({
        isOfficial: false,
        repository: { url: NORMAL, framework: 'pytorch', stars: 42 },
      });
      const again = await send('trusted', LINK, { paper: BERT, repo: REPO, reason: 'twice' });
      expect(again.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'repository.url' });

      const unlinked = ok(
        await send('vandal', UNLINK, { paper: BERT, url: 'https://github.com/google-research/bert', reason: 'spam' }),
      ).unlinkCode;
      expect(await links()).not.toContainEqual(
        expect.objectContaining({ url: 'https://github.com/google-research/bert' }),
      );
      const [newest] = (await history('PAPER', BERT)).edges.map((e: Json) => e.node);
      expect(newest.id).toBe(unlinked.revisionId);
      expect(newest.changes.edges[0].node).toMatchObject({ entityType: 'PAPER', action: 'CHANGED', label: BERT });
      expect(newest.changes.edges[0].node.fields.map((f: Json) => f.field)).toEqual(['code']);

      ok(await send('moderator', REVERT, { id: unlinked.revisionId }));
      expect(await links()).toEqual(expect.arrayContaining(original));
      ok(await send('moderator', REVERT, { id: linked.revisionId }));
      expect(new Set((await links()).map((l: Json) => l.url))).toEqual(new Set(original.map((l: Json) => l.url)));
    });

    it('keeps a contributor’s link pending; answers bad links with field errors', async () => {
      const pending = ok(
        await send('contributor', LINK, {
          paper: BERT,
          repo: { url: 'https://code.example.org/bert', official: false, framework: 'JAX' },
          reason: 'my port',
        }),
      ).linkCode;
      expect(pending.status).toBe('PENDING');
      expect(await links()).not.toContainEqual(expect.objectContaining({ url: 'https://code.example.org/bert' }));
      ok(await send('moderator', APPROVE, { id: pending.id }));
      expect(await links()).toContainEqual({ url: 'https://code.example.org/bert', official: false });

      const cases: [string, Record<string, unknown>, string][] = [
        [BERT, { url: 'javascript:alert(1)', official: false }, 'repository.url'],
        [BERT, { url: 'http://code.example.org/bert', official: false }, 'repository.url'],
        [BERT, { url: 'https://github.com/only-owner', official: false }, 'repository.url'],
        [BERT, { url: 'https://user:secret@code.example.org/x', official: false }, 'repository.url'],
        [BERT, { url: 'not a url', official: false }, 'repository.url'],
        [BERT, { url: 'https://github.com/a/b', official: false, stars: -1 }, 'repository.stars'],
        ['no-such-paper', { url: 'https://github.com/a/b', official: false }, 'paper'],
      ];
      for (const [paper, repo, argument] of cases) {
        const reply = await send('trusted', LINK, { paper, repo, reason: 'checking' });
        expect([argument, errorCode(reply), reply.body.errors?.[0]?.extensions?.argument]).toEqual([
          argument,
          'BAD_USER_INPUT',
          argument,
        ]);
      }
      const notLinked = await send('trusted', UNLINK, {
        paper: BERT,
        url: 'https://github.com/a/b',
        reason: 'checking',
      });
      expect(notLinked.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'url' });
    });
  });

  describe('authorisation', () => {
    it('refuses every content mutation without an account, keeps a contributor’s pending and publishes the others’', async () => {
      const mutations = async (n: string): Promise<[string, Record<string, unknown>][]> => [
        [EDIT, { ...ADAM, v: (await editable()).version, text: `Text by ${n}`, reason: 'by role' }],
        [
          ADD_PAPER,
          {
            paper: {
              reference: `https://example.org/${n}`,
              title: `A paper by ${n}`,
              authors: [n],
              published: '2020-01-01',
            },
            reason: 'by role',
          },
        ],
        [LINK, { paper: BERT, repo: { url: `https://github.com/${n}/code`, official: false }, reason: 'by role' }],
        // Anonymous and pending: a link of the archive; published: the link just added.
        [
          UNLINK,
          {
            paper: BERT,
            url: ['anonymous', 'other'].includes(n)
              ? 'https://github.com/google-research/bert'
              : `https://github.com/${n}/code`,
            reason: 'by role',
          },
        ],
      ];
      const before = await editable();
      for (const [who, expected] of [
        ['anonymous', 'UNAUTHENTICATED'],
        ['other', 'PENDING'],
        ['trusted', 'PUBLISHED'],
        ['moderator', 'PUBLISHED'],
      ] as const) {
        const seen = [];
        for (const [query, variables] of await mutations(who)) {
          const reply = await send(who, query, variables);
          seen.push(errorCode(reply) ?? (Object.values(reply.body.data!)[0] as Json).status);
        }
        expect([who, ...seen]).toEqual([who, expected, expected, expected, expected]);
        // Nothing of anonymous's or the contributor's is public.
        if (who === 'other') expect((await editable()).version).toBe(before.version);
      }
      expect((await editable()).description).toBe('Text by moderator');
      expect(await links()).toContainEqual({ url: 'https://github.com/google-research/bert', official: true });
      // Another account's pending change is neither theirs to see nor to approve.
      const [pending] = ok(await send('other', PENDING)).viewer.pendingChanges;
      expect(ok(await send('contributor', PENDING)).viewer.pendingChanges).not.toContainEqual(
        expect.objectContaining({ id: pending.id }),
      );
      for (const who of ['contributor', 'trusted'])
        expect(errorCode(await send(who, REJECT, { id: pending.id }))).toBe('FORBIDDEN');
      expect(ok(await send('moderator', REJECT, { id: pending.id })).rejectRevision.status).toBe('REJECTED');
    });

    it('reverts every content change of one account in one click, and rejects its pending ones', async () => {
      const before = await editable();
      const dataset = { type: 'DATASET', slug: 'squad11' };
      const datasetBefore = await editable(dataset);
      ok(await edit('vandal', 'SPAM SPAM SPAM'));
      ok(await edit('vandal', 'More spam', dataset));
      const paper = ok(
        await send('vandal', ADD_PAPER, {
          paper: { reference: 'hep-th/9901001', title: 'A vandal’s paper about nothing', authors: ['V. Andal'] },
          reason: 'spam',
        }),
      ).addPaper;
      ok(
        await send('vandal', LINK, {
          paper: paper.subjectSlug,
          repo: { url: 'https://github.com/v/spam', official: true },
          reason: 'spam',
        }),
      );
      ok(await send('vandal', UNLINK, { paper: BERT, url: 'https://github.com/google-research/bert', reason: 'spam' }));
      const outcome = ok(await send('moderator', REVERT_USER, { id: as.vandal!.globalId })).revertUser;
      expect(outcome.revertedRevisions).toBeGreaterThanOrEqual(5);
      expect((await editable()).description).toBe(before.description);
      expect((await editable(dataset)).description).toBe(datasetBefore.description);
      expect((await server.query<Json>(PAPER, { slug: paper.subjectSlug })).data!.paper).toBeNull();
      expect(await links()).toContainEqual({ url: 'https://github.com/google-research/bert', official: true });
    });
  });

  const links = async () =>
    (await read(PAPER, { slug: BERT })).paper.repositories.map((link: Json) => ({
      url: link.repository.url,
      official: link.isOfficial,
    }));
});
