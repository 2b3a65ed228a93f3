import type { SqlRows } from '../../cache/data-version';
import { applyCodeLink, type CodeLinkProposal } from './code-link';
import { ContributionKind } from './contribution.types';
import { applyDescription, type DescriptionProposal } from './description-edit';
import { applyPaper, type PaperProposal } from './paper-proposal';

/** Contributions of content rather than of boards: descriptions, papers, code links. */
export type ContentProposal = DescriptionProposal | PaperProposal | CodeLinkProposal;

export const CONTENT_KINDS: ReadonlySet<ContributionKind> = new Set([
  ContributionKind.EDIT_DESCRIPTION,
  ContributionKind.ADD_PAPER,
  ContributionKind.LINK_CODE,
  ContributionKind.UNLINK_CODE,
]);

/** Writes a content proposal of its kind, inside the caller's revision. */
export async function applyContent(sql: SqlRows, kind: ContributionKind, proposal: ContentProposal): Promise<void> {
  if (kind === ContributionKind.EDIT_DESCRIPTION) return applyDescription(sql, proposal as DescriptionProposal);
  if (kind === ContributionKind.ADD_PAPER) {
    await applyPaper(sql, proposal as PaperProposal);
    return;
  }
  return applyCodeLink(sql, proposal as CodeLinkProposal);
}
