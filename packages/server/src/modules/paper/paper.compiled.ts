import { NotCompilable } from '../../graphql/compiled/not-compilable';
import { checkObject } from '../../graphql/compiled/response-sql';
import { connectionRoot, selectObject, type RootReader } from '../../graphql/compiled/root-reader';
import { validArguments } from '../../graphql/compiled/valid-arguments';
import { PapersArgs } from './paper.args';
import { PaperFilter } from './paper.inputs';
import { listPapers, paperCriteria } from './paper.service';
import { PAPER_SQL } from './paper.sql';

/** The paper module's root fields on the compiled read path (see graphql/compiled). */
export const paperCompiledRoots: Record<string, RootReader> = {
  paper: {
    check(field, schema) {
      const { slug, arxivId } = field.args;
      if ((slug == null) === (arxivId == null)) throw new NotCompilable('paper needs exactly one of slug and arxivId');
      checkObject(schema, PAPER_SQL, field);
    },
    read: (field, _checked, context) => {
      const { slug, arxivId } = field.args;
      return selectObject(context, PAPER_SQL, field, (row, sql) =>
        slug != null ? `${row}.slug = ${sql.add(slug)}` : `${row}.arxiv_id = ${sql.add(arxivId)}`,
      );
    },
  },
  papers: connectionRoot(
    PAPER_SQL,
    (args) => {
      const { filter, ...rest } = validArguments(PapersArgs, args, { filter: PaperFilter });
      try {
        return { ...rest, criteria: paperCriteria(filter ?? {}) };
      } catch {
        throw new NotCompilable('a paper filter the resolver rejects');
      }
    },
    ({ criteria, orderBy, first, after }, json, { db }) => listPapers(db, criteria, orderBy, json, { first, after }),
  ),
};
