import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { toConnection } from '../../graphql/connection.type';
import type { Context } from '../../graphql/context';
import { ChangesArgs, RevisionSubject, SubjectRevisionsArgs } from './revision.args';
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
  async revision(
    @Arg('id', () => ID) id: string,
    @Ctx() { dataSource }: Context,
    @Arg('subject', () => RevisionSubject, {
      nullable: true,
      description: 'Its changes of this subject only (as Query.revisions(subject:) lists them); all when absent.',
    })
    subject?: RevisionSubject | null,
  ): Promise<Revision | null> {
    const revision = await findRevision(dataSource, id);
    if (!revision || !subject) return revision;
    return { ...revision, scope: await subjectScope(dataSource, subject) };
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
