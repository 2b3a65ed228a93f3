import { findLeaderboard } from './find-leaderboard';
import { columnsFor } from './leaderboard-columns';

const row = (rank: number, modelName: string, slug?: string) => ({
  node: { rank, value: { raw: String(90 - rank) }, result: { modelName, paper: slug ? { slug, title: slug } : null } },
});

describe('findLeaderboard', () => {
  it('finds a board’s rows wherever the query reaches them, with the board and its SotA history', () => {
    const data = {
      task: {
        name: 'Question Answering',
        papers: { edges: [{ node: { title: 'Not a leaderboard' } }] },
        boards: [
          {
            slug: 'qa-on-squad',
            top: { totalCount: 40, edges: [row(1, 'LUKE'), row(2, 'XLNet', 'xlnet')] },
            history: [{ date: '2019-01-01', value: 90 }],
          },
        ],
      },
    };
    const found = findLeaderboard(data);
    expect(found?.rows.map((node) => (node.result as { modelName: string }).modelName)).toEqual(['LUKE', 'XLNet']);
    expect(found?.totalCount).toBe(40);
    expect(found?.board?.slug).toBe('qa-on-squad');
    expect(found?.sota).toEqual([{ date: '2019-01-01', value: 90 }]);
  });

  it('takes an empty page of rows as an empty board, and other connections as none', () => {
    expect(findLeaderboard({ benchmark: { rows: { edges: [] } } })?.rows).toEqual([]);
    expect(findLeaderboard({ papers: { edges: [] } })).toBeUndefined();
    expect(findLeaderboard({ papers: { edges: [{ node: { title: 'BERT' } }] } })).toBeUndefined();
  });
});

describe('columnsFor', () => {
  const links = { site: 'https://pwc.example', boardSlug: 'qa-on-squad' };
  it('shows what the query selected and links rows to the board and the paper', () => {
    const rows = [
      {
        rank: 1,
        value: { raw: '95.1' },
        metric: { name: 'F1', direction: 'HIGHER_IS_BETTER' },
        result: { modelName: 'LUKE', paper: { slug: 'luke', title: 'LUKE: deep' }, hasCode: false, stars: 3 },
      },
    ];
    const columns = columnsFor(rows, links);
    expect(columns.map((column) => column.header)).toEqual(['Rank', 'Model', 'F1 ↑', 'Paper', 'Stars']);
    const model = columns[1]!.cell(rows[0]!) as HTMLAnchorElement;
    expect(model.href).toBe('https://pwc.example/sota/qa-on-squad?p=luke');
    const paper = columns[3]!.cell(rows[0]!) as HTMLAnchorElement;
    expect(paper.href).toBe('https://pwc.example/paper/luke');
    expect(paper.textContent).toBe('LUKE: deep');
  });

  it('never links a paper URL that is not a web address', () => {
    const rows = [{ result: { modelName: 'X', paperTitle: 'Trap', paperUrl: 'javascript:alert(1)' } }];
    const paper = columnsFor(rows, links)
      .find((column) => column.header === 'Paper')!
      .cell(rows[0]!);
    expect(paper).toBeInstanceOf(Text);
    expect((paper as Text).textContent).toBe('Trap');
  });
});
