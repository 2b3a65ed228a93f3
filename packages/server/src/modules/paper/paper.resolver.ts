import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput, notFound } from '../../graphql/errors';
import { paperBibtex } from './bibtex';
import { toGlobalId } from '../../graphql/global-id';
import { toConnection } from '../../graphql/connection.type';
import { selectedFields, selectedNodeFields } from '../../graphql/selected-fields';
import { preloaded, selectRows } from '../../graphql/sql-projection';
import { Author } from '../author/author.entity';
import { Result } from '../benchmark/result.entity';
import { Method } from '../method/method.entity';
import { PaperRepositoryLink } from '../repository/paper-repository-link.type';
import { Task } from '../task/task.entity';
import { MAX_RELATED_PAPERS, PaperLookupArgs, PapersArgs } from './paper.args';
import { PaperConnection } from './paper.connection';
import { Paper } from './paper.entity';
import { PAPER_SQL } from './paper.sql';
import { listPapers, paperCriteria } from './paper.service';

@Resolver(() => Paper)
export class PaperResolver {
  @Query(() => Paper, { nullable: true, description: 'A paper by slug or arXiv id (exactly one); null when absent.' })
  async paper(
    @Args() { slug, arxivId }: PaperLookupArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Paper | null> {
    if ((slug == null) === (arxivId == null)) throw badInput('slug', 'pass exactly one of slug and arxivId');
    const [paper] = await selectRows<Paper>(dataSource, PAPER_SQL, selectedFields(info), (row, sql) =>
      slug != null ? `${row}.slug = ${sql.add(slug)}` : `${row}.arxiv_id = ${sql.add(arxivId)}`,
    );
    return paper ?? null;
  }

  @Query(() => PaperConnection, { description: 'Papers, newest first unless ordered otherwise.' })
  async papers(
    @Args() { filter, orderBy, first, after }: PapersArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const criteria = paperCriteria(filter ?? {});
    const page = await listPapers<Paper>(dataSource, criteria, orderBy, selectedNodeFields(info), { first, after });
    return toConnection(PaperConnection, page);
  }

  @FieldResolver(() => ID)
  id(@Root() paper: Paper): string {
    return toGlobalId('Paper', paper.slug);
  }

  @FieldResolver(() => [Author], { description: 'In byline order.' })
  authors(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, () => loaders.authorsByPaper.load(paper.id));
  }

  @FieldResolver(() => [Task])
  tasks(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, () => loaders.tasksByPaper.load(paper.id));
  }

  @FieldResolver(() => [Method])
  methods(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, () => loaders.methodsByPaper.load(paper.id));
  }

  @FieldResolver(() => [PaperRepositoryLink], { description: 'Code, official implementations first.' })
  repositories(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, () => loaders.repositoryLinksByPaper.load(paper.id));
  }

  @FieldResolver(() => Boolean)
  hasCode(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, async () => (await loaders.repositoryCountByPaper.load(paper.id)) > 0);
  }

  @FieldResolver(() => [Result], { description: "The paper's leaderboard rows." })
  results(@Root() paper: Paper, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(paper, info, () => loaders.resultsByPaper.load(paper.id));
  }

  @FieldResolver(() => String, { description: 'A BibTeX entry for the paper, as /paper/<slug>.bib serves it.' })
  async bibtex(@Root() paper: Paper, @Ctx() { dataSource, origin }: Context): Promise<string> {
    const entry = await paperBibtex(dataSource, paper.slug, `${origin}/paper/${encodeURIComponent(paper.slug)}`);
    if (!entry) throw notFound(`Paper ${paper.slug}`);
    return entry;
  }

  @FieldResolver(() => [Paper], {
    description:
      'Papers sharing the rarest of its tasks, methods and datasets (a rare one counts more), newest first among equals.',
  })
  async relatedPapers(
    @Root() paper: Paper,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: MAX_RELATED_PAPERS, description: `At most ${MAX_RELATED_PAPERS}.` })
    first: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Paper[]> {
    if (first < 0 || first > MAX_RELATED_PAPERS) throw badInput('first', `must be between 0 and ${MAX_RELATED_PAPERS}`);
    return preloaded(paper, info, async () => (await loaders.relatedPapers.load(paper.id)).slice(0, first));
  }
}
