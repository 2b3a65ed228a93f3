import { useApiFixture } from '../support/api-fixture';
import { GraphFactory } from '../support/factories';

const api = useApiFixture();

type Connection = {
  edges: { node: { slug: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
const PAGE = 'edges { node { slug } } pageInfo { hasNextPage endCursor }';

/** Every page of a list, `size` papers at a time, through the cursors: the slugs in order. */
async function walk(list: (page: string) => string, pick: (data: any) => Connection, size = 1): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const args: string = after ? `first: ${size}, after: "${after}"` : `first: ${size}`;
    const { data, errors } = await api.server.query(`{ ${list(args)} }`);
    expect(errors).toBeUndefined();
    const connection = pick(data);
    slugs.push(...connection.edges.map((edge) => edge.node.slug));
    if (!connection.pageInfo.hasNextPage) return slugs;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more pages than papers');
}

/**
 * The papers of a task, method, area and dataset, newest first (and oldest first where offered),
 * page by page: the links' copy of the date and their index give the same order as the papers'.
 */
describe('papers of a task, method, area or dataset', () => {
  const XLNET = 'xlnet-generalized-autoregressive-pretraining-for-language-understanding';
  const BERT = 'bert-pre-training-of-deep-bidirectional';
  const BIDAF = 'bidirectional-attention-flow-for-machine-comprehension';
  const UNDATED = 'an-undated-reading-comprehension-paper';
  const TWIN = 'a-second-paper-of-bidafs-day';

  beforeAll(async () => {
    // An undated paper (oldest of all) and one of the same day as BiDAF (ties go by id).
    const f = new GraphFactory(api.db.dataSource);
    const { qa, openQa } = api.graph.tasks;
    await f.paper('An undated reading comprehension paper', { tasks: [qa, openQa] });
    await f.paper("A second paper of BiDAF's day", { published: '2016-11-05', tasks: [openQa] });
  });

  // BiDAF was saved before its twin, so the twin (higher id) comes first newest first.
  const newestOfQa = [XLNET, BERT, BIDAF, UNDATED];
  const newestOfNlp = [XLNET, BERT, TWIN, BIDAF, UNDATED];

  it.each([
    [
      'Task.papers',
      (a: string) => `task(slug: "question-answering") { papers(${a}) { ${PAGE} } }`,
      (d: any) => d.task.papers,
      newestOfQa,
    ],
    [
      'Method.papers',
      (a: string) => `method(slug: "transformer") { papers(${a}) { ${PAGE} } }`,
      (d: any) => d.method.papers,
      [XLNET, BERT],
    ],
    [
      'Dataset.papers',
      (a: string) => `dataset(slug: "squad11") { papers(${a}) { ${PAGE} } }`,
      (d: any) => d.dataset.papers,
      [XLNET, BERT, BIDAF],
    ],
    [
      'papers(filter: {task})',
      (a: string) => `papers(filter: {task: "question-answering"}, ${a}) { ${PAGE} }`,
      (d: any) => d.papers,
      newestOfQa,
    ],
    [
      'papers(filter: {method})',
      (a: string) => `papers(filter: {method: "transformer"}, ${a}) { ${PAGE} }`,
      (d: any) => d.papers,
      [XLNET, BERT],
    ],
    // BERT and the undated paper are on two of its tasks: each once.
    [
      'papers(filter: {area})',
      (a: string) => `papers(filter: {area: "natural-language-processing"}, ${a}) { ${PAGE} }`,
      (d: any) => d.papers,
      newestOfNlp,
    ],
    [
      'papers(filter: {dataset})',
      (a: string) => `papers(filter: {dataset: "squad11"}, ${a}) { ${PAGE} }`,
      (d: any) => d.papers,
      [XLNET, BERT, BIDAF],
    ],
  ])('%s: newest first, one page at a time and all at once', async (_name, list, pick, expected) => {
    expect(await walk(list, pick, 1)).toEqual(expected);
    expect(await walk(list, pick, 2)).toEqual(expected);
    expect(await walk(list, pick, 100)).toEqual(expected);
  });

  it.each([
    ['task', 'question-answering', [...newestOfQa].reverse()],
    ['method', 'transformer', [BERT, XLNET]],
    ['area', 'natural-language-processing', [...newestOfNlp].reverse()],
  ])('papers(filter: {%s}) oldest first, page by page', async (kind, slug, expected) => {
    const list = (a: string) => `papers(filter: {${kind}: "${slug}"}, orderBy: PUBLISHED_ASC, ${a}) { ${PAGE} }`;
    expect(await walk(list, (d) => d.papers, 1)).toEqual(expected);
    expect(await walk(list, (d) => d.papers, 3)).toEqual(expected);
  });

  it('narrows a task and an area by years within the date order', async () => {
    for (const kind of ['task: "question-answering"', 'area: "natural-language-processing"']) {
      const list = (a: string) => `papers(filter: {${kind}, yearFrom: 2016, yearTo: 2018}, ${a}) { ${PAGE} }`;
      expect(await walk(list, (d) => d.papers, 1)).toEqual(
        kind.startsWith('task') ? [BERT, BIDAF] : [BERT, TWIN, BIDAF],
      );
    }
  });

  it('leaves undated papers out of a range of years, as for all papers', async () => {
    for (const kind of ['task: "question-answering"', 'area: "natural-language-processing"']) {
      const list = (a: string) => `papers(filter: {${kind}, yearTo: 2016}, orderBy: PUBLISHED_ASC, ${a}) { ${PAGE} }`;
      expect(await walk(list, (d) => d.papers, 1)).toEqual(kind.startsWith('task') ? [BIDAF] : [BIDAF, TWIN]);
    }
  });

  it('counts each paper of an area once', async () => {
    const { data } = await api.server.query(
      `{ papers(filter: {area: "natural-language-processing"}) { totalCount } empty: papers(filter: {area: "computer-vision", yearTo: 2000}) { totalCount edges { node { slug } } } }`,
    );
    expect(data!.papers.totalCount).toBe(newestOfNlp.length);
    expect(data!.empty).toEqual({ totalCount: 0, edges: [] });
  });

  it("a task's cursor serves the task's papers either way they are asked for", async () => {
    const first = await api.server.query(`{ task(slug: "question-answering") { papers(first: 2) { ${PAGE} } } }`);
    const cursor = first.data!.task.papers.pageInfo.endCursor;
    const nested = await api.server.query(
      `{ task(slug: "question-answering") { papers(first: 10, after: "${cursor}") { ${PAGE} } } }`,
    );
    const filtered = await api.server.query(
      `{ papers(filter: {task: "question-answering"}, first: 10, after: "${cursor}") { ${PAGE} } }`,
    );
    expect(nested.data!.task.papers.edges).toEqual(filtered.data!.papers.edges);
    expect(nested.data!.task.papers.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(
      newestOfQa.slice(2),
    );
  });

  it('first pages of several tasks at once are each their own', async () => {
    const { data, errors } = await api.server.query(
      `{ tasks(first: 10, orderBy: NAME_ASC) { edges { node { slug papers(first: 2) { ${PAGE} } } } } }`,
    );
    expect(errors).toBeUndefined();
    for (const { node } of data!.tasks.edges as { node: { slug: string; papers: Connection } }[]) {
      const one = await api.server.query(`{ task(slug: "${node.slug}") { papers(first: 2) { ${PAGE} } } }`);
      expect(node.papers).toEqual(one.data!.task.papers);
    }
    const bySlug = Object.fromEntries(
      data!.tasks.edges.map(({ node }: { node: { slug: string; papers: Connection } }) => [
        node.slug,
        node.papers.edges.map((e) => e.node.slug),
      ]),
    );
    expect(bySlug['question-answering']).toEqual([XLNET, BERT]);
    expect(bySlug['open-domain-question-answering']).toEqual([BERT, TWIN]);
    expect(bySlug['image-classification']).toEqual(['deep-residual-learning-for-image-recognition']);
  });
});
