import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { toConnection } from '../../graphql/connection.type';
import type { Context } from '../../graphql/context';
import { ChangesArgs, SubjectRevisionsArgs } from './revision.args';
import { findRevision, listRevisions, subjectScope } from './revision.service';
import { Revision, RevisionChangeConnection, RevisionConnection } from './revision.types';

@Resolver(() => Revision)
export class RevisionResolver {
  @Query(() => RevisionConnection, {
    description:
      'Revisions, newest first: every recorded change of the graph, or those of one subject (a board with its ' +
      "rows and metrics, a task, dataset, method, paper, result or metric); each one's changes are then the subject's.",
  })
  async revisions(@Args() { subject, first, after }: SubjectRevisionsArgs, @Ctx() { dataSource }: Context) {
    const scope = subject ? await subjectScope(dataSource, subject) : null;
    return toConnection(RevisionConnection, await listRevisions(dataSource, scope, { first, after }));
  }

  @Query(() => Revision, { nullable: true, description: 'One revision by id.' })
  revision(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: Context): Promise<Revision | null> {
    return findRevision(dataSource, id);
  }

  @FieldResolver(() => RevisionChangeConnection, {
    description: "What it changed, entity by entity (only the listed subject's changes when listed for one).",
  })
  async changes(@Root() revision: Revision, @Args() { first, after }: ChangesArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.revisionChanges.load({
      revisionId: revision.id,
      scope: revision.scope ?? null,
      first,
      after: after ?? null,
    });
    return toConnection(RevisionChangeConnection, page);
  }
}
