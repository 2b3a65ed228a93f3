import {
  badgeMarkdown,
  curlLine,
  exportLinks,
  iframeSnippet,
  playgroundUrl,
  readSharedQuery,
  sharedQuerySearch,
  webComponentSnippet,
  type BoardView,
} from './share-snippets';

const VIEW: BoardView = {
  origin: 'https://pwc.example.org',
  slug: 'question-answering-on-squad11',
  metric: 'F1',
  withCode: true,
  noExtraData: false,
};

describe('share snippets', () => {
  it('export links carry the metric and filters the page shows', () => {
    expect(exportLinks(VIEW).map((link) => link.href)).toEqual([
      'https://pwc.example.org/sota/question-answering-on-squad11.csv?metric=F1&hasCode=true',
      'https://pwc.example.org/sota/question-answering-on-squad11.json?metric=F1&hasCode=true',
      'https://pwc.example.org/sota/question-answering-on-squad11.md?metric=F1&hasCode=true',
      'https://pwc.example.org/sota/question-answering-on-squad11.tex?metric=F1&hasCode=true',
    ]);
    expect(exportLinks({ ...VIEW, metric: null, withCode: false, noExtraData: true })[0]!.href).toBe(
      'https://pwc.example.org/sota/question-answering-on-squad11.csv?extraData=false',
    );
  });

  it('embeds: the web component and the iframe, with quoted attribute values', () => {
    expect(webComponentSnippet({ ...VIEW, metric: 'EM "strict"' })).toBe(
      '<script src="https://pwc.example.org/embed.js" defer></script>\n' +
        '<pwc-leaderboard benchmark="question-answering-on-squad11" metric="EM &quot;strict&quot;" top="10" has-code="true"></pwc-leaderboard>',
    );
    expect(iframeSnippet(VIEW)).toContain(
      'src="https://pwc.example.org/embed/sota/question-answering-on-squad11?metric=F1&amp;top=10&amp;has-code=true"',
    );
  });

  it("a badge links to the paper's rows on the board", () => {
    expect(badgeMarkdown('https://h', 'b', 'bert-pre-training', 'F1')).toBe(
      '[![Papers with Code 2 rank](https://h/badge/sota/b.svg?paper=bert-pre-training&metric=F1)](https://h/sota/b?p=bert-pre-training)',
    );
  });

  it('the playground link and the curl line carry the exact query and variables', () => {
    const request = { query: '{ paper(slug: "it\'s") { title } }', variables: { a: 1 } };
    const url = new URL(playgroundUrl('https://h', request));
    expect(url.pathname).toBe('/playground');
    expect(url.searchParams.get('query')).toBe(request.query);
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ a: 1 });
    expect(curlLine('https://h', request)).toBe(
      "curl -G 'https://h/graphql' \\\n  --data-urlencode 'query={ paper(slug: \"it'\\''s\") { title } }' \\\n" +
        '  --data-urlencode \'variables={"a":1}\'',
    );
  });

  it('the playground URL round-trips a query, its variables and operation name', () => {
    const shared = { query: 'query A { stats { papers } }', variables: '{"x": 1}', operationName: 'A' };
    expect(readSharedQuery(sharedQuerySearch(shared))).toEqual(shared);
    expect(sharedQuerySearch({ query: '  ' })).toBe('');
  });
});
