import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as generated from '../src/graphql/graphql';
import { parseGeneratedDocuments, replaceDocumentCalls } from './precompiled-documents';

const root = join(__dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const documents = parseGeneratedDocuments(read('src/graphql/gql.ts'), read('src/graphql/graphql.ts'));

describe('precompiled GraphQL documents', () => {
  it('finds every generated document and its AST', () => {
    const exported = Object.entries(generated).filter(([name]) => /(Document|FragmentDoc)$/.test(name));
    expect(documents.asts.size).toBe(exported.length);
    for (const [name, ast] of exported) expect(JSON.parse(documents.asts.get(name)!)).toEqual(ast);
    expect(documents.names.size).toBeGreaterThan(0);
    for (const name of documents.names.values()) expect(documents.asts.has(name)).toBe(true);
  });

  it("imports the paper page's own document in place of the graphql() call, keeping every line", () => {
    const source = read('src/routes/PaperPage.tsx');
    const replaced = replaceDocumentCalls(source, documents, 'PaperPage.tsx')!;
    expect(replaced).not.toMatch(/\bgraphql\(/);
    expect(replaced.split('\n')).toHaveLength(source.split('\n').length);
    expect(replaced).toMatch(/^import __pwcDocument_PaperPageDocument from 'virtual:pwc-document\/PaperPageDocument';/);
    expect(replaced).toContain('const PaperPageQuery = __pwcDocument_PaperPageDocument');
  });

  it('leaves modules without the generated graphql() alone', () => {
    expect(replaceDocumentCalls("import { print } from 'graphql';\nprint(doc);\n", documents, 'x.ts')).toBeNull();
  });

  it('fails the build on a document codegen has not seen', () => {
    const stale =
      "import { graphql } from '../graphql';\nconst Q = graphql(`\n  query NotGenerated { __typename }\n`);\n";
    expect(() => replaceDocumentCalls(stale, documents, 'Stale.tsx')).toThrow(
      /Stale.tsx: .*run `pnpm --filter @pwc\/web codegen`/,
    );
  });
});
