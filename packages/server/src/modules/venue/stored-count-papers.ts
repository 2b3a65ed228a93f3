import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import type { PageRequest } from '../../graphql/keyset-pagination';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { PaperConnection } from '../paper/paper.connection';
import type { Paper } from '../paper/paper.entity';
import { papersOf, type PaperParent } from '../paper/paper.service';

/**
 * The papers of an author, venue or proceeding, newest first, whose totalCount is the parent's
 * stored paper count (kept by the importer) instead of a count of the matching papers, which
 * reads every paper of a venue such as NeurIPS (seconds at full scale).
 */
export async function papersWithStoredCount(
  { dataSource, loaders }: Context,
  parent: { kind: PaperParent; id: number; paperCount: number },
  page: PageRequest,
  info: GraphQLResolveInfo,
) {
  const papers = await papersOf<Paper>(dataSource, loaders, parent, selectedNodeFields(info), page);
  return toConnection(PaperConnection, { ...papers, count: () => Promise.resolve(parent.paperCount) });
}
