import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { ConnectionType, toConnection } from '../../graphql/connection.type';
import type { PageRequest } from '../../graphql/keyset-pagination';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { Paper } from './paper.entity';
import { papersOf, type PaperParent } from './paper.service';

export const PaperConnection = ConnectionType(Paper);

/** The papers of a task, method, dataset or author as a connection (the parent's `papers` field). */
export async function paperConnectionOf(
  { dataSource, loaders }: Context,
  parent: { kind: PaperParent; id: number },
  page: PageRequest,
  info: GraphQLResolveInfo,
) {
  return toConnection(
    PaperConnection,
    await papersOf<Paper>(dataSource, loaders, parent, selectedNodeFields(info), page),
  );
}
