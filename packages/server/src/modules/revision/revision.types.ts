import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.type';

export enum RevisionStatus {
  PUBLISHED = 'PUBLISHED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  REVERTED = 'REVERTED',
}
registerEnumType(RevisionStatus, {
  name: 'RevisionStatus',
  description: 'Where a revision stands in moderation; imports are PUBLISHED.',
});

export enum RevisionAction {
  ADDED = 'ADDED',
  CHANGED = 'CHANGED',
  REMOVED = 'REMOVED',
}
registerEnumType(RevisionAction, { name: 'RevisionAction' });

export enum RevisionEntityType {
  BENCHMARK = 'BENCHMARK',
  RESULT = 'RESULT',
  METRIC = 'METRIC',
  TASK = 'TASK',
  DATASET = 'DATASET',
  METHOD = 'METHOD',
  PAPER = 'PAPER',
}
registerEnumType(RevisionEntityType, { name: 'RevisionEntityType', description: 'What a revision changed.' });

@ObjectType({ description: 'One field of a change: its value before and after (null: absent).' })
export class FieldChange {
  @Field({ description: 'The field, e.g. modelName, description, or values.<metric name> for a result value.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as text (JSON for lists and objects).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as text (JSON for lists and objects).' })
  after: string | null;
}

@ObjectType({ description: 'What a revision did to one entity.' })
export class RevisionChange {
  @Field(() => ID)
  id: string;

  @Field(() => RevisionEntityType)
  entityType: RevisionEntityType;

  @Field(() => Int, { description: 'The id of the entity in its table (a result row, a metric, a task …).' })
  entityId: number;

  @Field(() => RevisionAction)
  action: RevisionAction;

  @Field(() => String, { nullable: true, description: 'Its name when the change was made (model, metric, slug …).' })
  label: string | null;

  @Field(() => [FieldChange], { description: 'The fields that differ; every field for ADDED and REMOVED.' })
  fields: FieldChange[];
}

export const RevisionChangeConnection = ConnectionType(RevisionChange);

@ObjectType({ description: 'The source of an imported revision: the archive file, as issue 9 names sources.' })
export class RevisionSource {
  @Field(() => String, { nullable: true, description: 'The kind of archive file, e.g. evaluation-tables.' })
  kind: string | null;

  @Field(() => String, { nullable: true, description: 'Its file name.' })
  file: string | null;

  @Field(() => Int, { nullable: true, description: 'Its size in bytes.' })
  bytes: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The SHA-256 of its bytes (hex): what an import records of a paper it added beyond its identity is there.',
  })
  sha256: string | null;
}

@ObjectType({ description: 'One recorded change of the graph, by one author: an import of one file, or an edit.' })
export class Revision {
  @Field(() => ID)
  id: string;

  @Field(() => RevisionStatus)
  status: RevisionStatus;

  @Field({ description: 'Who made it: "archive import", or the account\'s name.' })
  authorLabel: string;

  @Field(() => Int, { nullable: true, description: "The author's account, when a person made it." })
  authorId: number | null;

  @Field(() => DateTimeResolver, { description: 'When its transaction began.' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => RevisionSource, { nullable: true, description: 'Where it came from: for imports, the source file.' })
  source: RevisionSource | null;

  @Field(() => Int, { description: 'Its changes in all (not only those of the entity it was listed for).' })
  changeCount: number;

  /** The entity the revision was listed for: its changes are shown for that entity only. */
  scope: RevisionScope | null;
}

export const RevisionConnection = ConnectionType(Revision);

/** The changes a listing of revisions is about: one board (its rows, metrics, itself) or one entity. */
export type RevisionScope = { benchmarkId: number } | { entityType: RevisionEntityType; entityId: number };
