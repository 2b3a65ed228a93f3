import { registerEnumType } from 'type-graphql';

/** Where a result's date came from (set by the importer, see src/archive/evaluation). */
export const DateSource = { ROW: 'ROW', PAPER: 'PAPER', ARXIV_ID: 'ARXIV_ID' } as const;
export type DateSource = (typeof DateSource)[keyof typeof DateSource];

registerEnumType(DateSource, {
  name: 'DateSource',
  description: "Where a result's evaluatedOn came from.",
  valuesConfig: {
    ROW: { description: 'Published with the leaderboard row.' },
    PAPER: { description: "The row had none: its paper's publication date." },
    ARXIV_ID: { description: "The row had none: the month of its paper's arXiv id (YYMM)." },
  },
});

/** How a result was linked to its paper. */
export const PaperLinkKind = { PAPER_SLUG: 'PAPER_SLUG', ARXIV_ID: 'ARXIV_ID', TITLE: 'TITLE' } as const;
export type PaperLinkKind = (typeof PaperLinkKind)[keyof typeof PaperLinkKind];

registerEnumType(PaperLinkKind, {
  name: 'PaperLinkKind',
  description: 'How a result was linked to its paper.',
  valuesConfig: {
    PAPER_SLUG: { description: "The row's paper URL names the paper's slug." },
    ARXIV_ID: { description: "The row's paper URL names the paper's arXiv id." },
    TITLE: { description: 'No URL: the one paper with the same normalised title.' },
  },
});
