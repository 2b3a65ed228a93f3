// The markdown and math libraries (unified, remark, rehype, micromark, ...) are ES modules only;
// jest runs CommonJS, so their files are compiled to CommonJS here. Files that are already
// CommonJS pass through unchanged.
const { createHash } = require('node:crypto');
const ts = require('typescript');

const ESM_SYNTAX = /^\s*(?:import\s*[\w{*'"]|export\s)/m;

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha1').update('esm-transform-1').update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    if (!ESM_SYNTAX.test(source)) return { code: source };
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
      },
    });
    return { code: outputText };
  },
};
