import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Precompiled GraphQL documents for the production build (issue 13, item 6).
 *
 * The generated `graphql()` (src/graphql/gql.ts) looks a document up in a map of every document of
 * the app, so the entry chunk carried all of them (about 9 KB gzipped) before any page rendered.
 * This plugin does what the client preset's Babel plugin does: each `graphql(`…`)` call becomes an
 * import of that one precompiled document, as a module of its own, so a document ships with the
 * chunks of the pages that use it. The documents are the generated ones (src/graphql/graphql.ts),
 * so the app sends exactly what it sent before; nothing is parsed in the browser.
 */

/** The generated documents: each operation's or fragment's source text to its name and AST. */
export interface GeneratedDocuments {
  /** Source text, as written inside graphql(`…`), to the generated export's name. */
  names: Map<string, string>;
  /** Export name (e.g. PaperPageDocument) to its AST, as JSON. */
  asts: Map<string, string>;
}

/** Reads the generated gql.ts (source → name) and graphql.ts (name → AST). */
export function parseGeneratedDocuments(gqlTs: string, graphqlTs: string): GeneratedDocuments {
  const names = new Map<string, string>();
  const map = /const documents\s*(?::\s*\w+\s*)?=\s*\{([\s\S]*?)\n\};/.exec(gqlTs);
  if (!map) throw new Error('gql.ts has no documents map: run `pnpm --filter @pwc/web codegen`');
  for (const [, source, name] of map[1]!.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    names.set(JSON.parse(source!) as string, name!);
  }
  const asts = new Map<string, string>();
  for (const [, name, ast] of graphqlTs.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*;$/gm)) {
    asts.set(name!, ast!);
  }
  return { names, asts };
}

/** The id a document's module is imported by. */
const MODULE_PREFIX = 'virtual:pwc-document/';

/** A `graphql` imported from the generated module (src/graphql or src/graphql/index). */
const IMPORTS_GENERATED_GRAPHQL = /import\s*\{[^}]*\bgraphql\b[^}]*\}\s*from\s*'(?:\.{1,2}\/)+graphql(?:\/index)?'/;

/**
 * A module's code with each `graphql(`…`)` call replaced by the import of its document. Lines are
 * kept where they were (the imports go on the first line, a call's lines stay as blank lines), so
 * the existing source map still points at the right lines. Null when the module has no call.
 */
export function replaceDocumentCalls(code: string, documents: GeneratedDocuments, file: string): string | null {
  if (!IMPORTS_GENERATED_GRAPHQL.test(code)) return null;
  const imports = new Map<string, string>();
  const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call: string, source: string) => {
    if (source.includes('${') || source.includes('\\')) {
      throw new Error(`${file}: a graphql() document must be plain text, without \${} or escapes`);
    }
    const name = documents.names.get(source);
    if (!name || !documents.asts.has(name)) {
      throw new Error(`${file}: a graphql() document is not in src/graphql (run \`pnpm --filter @pwc/web codegen\`)`);
    }
    const local = `__pwcDocument_${name}`;
    imports.set(local, `import ${local} from '${MODULE_PREFIX}${name}';`);
    return local + '\n'.repeat(call.split('\n').length - 1);
  });
  if (imports.size === 0) return null;
  return [...imports.values()].join(' ') + ' ' + replaced;
}

/** The Vite plugin; `root` is the web package (documents are read from its src/graphql). */
export function precompiledDocuments(root: string): Plugin {
  let documents: GeneratedDocuments | undefined;
  const generated = (): GeneratedDocuments =>
    (documents ??= parseGeneratedDocuments(
      readFileSync(join(root, 'src/graphql/gql.ts'), 'utf8'),
      readFileSync(join(root, 'src/graphql/graphql.ts'), 'utf8'),
    ));
  return {
    name: 'pwc-precompiled-documents',
    // Before the TypeScript transform, on the source as written; only for the production build.
    enforce: 'pre',
    apply: 'build',
    resolveId(id) {
      return id.startsWith(MODULE_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${MODULE_PREFIX}`)) return null;
      const name = id.slice(MODULE_PREFIX.length + 1);
      const ast = generated().asts.get(name);
      if (!ast) throw new Error(`No generated GraphQL document ${name}`);
      return `export default ${ast};`;
    },
    transform(code, id) {
      if (!/\/src\/(?!graphql\/).*\.tsx?$/.test(id)) return null;
      const replaced = replaceDocumentCalls(code, generated(), id);
      // map: null keeps the module's source map, which stays right because no line moved.
      return replaced === null ? null : { code: replaced, map: null };
    },
  };
}
