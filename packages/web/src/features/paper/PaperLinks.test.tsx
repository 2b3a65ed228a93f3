import { render, screen } from '@testing-library/react';
import type { FragmentType } from '../../graphql';
import { PaperLinks, type PaperLinks_paper } from './PaperLinks';

function repository(id: string, url: string, isOfficial = false) {
  return {
    isOfficial,
    mentionedInPaper: false,
    mentionedInGithub: false,
    repository: { id, url, fullName: null, framework: null, stars: null },
  };
}

function renderLinks(paper: object) {
  render(<PaperLinks paper={paper as FragmentType<typeof PaperLinks_paper>} />);
}

describe('PaperLinks', () => {
  it('links the paper, its PDF and its code', () => {
    renderLinks({
      urlAbs: 'https://arxiv.org/abs/1810.04805',
      urlPdf: 'https://arxiv.org/pdf/1810.04805',
      repositories: [repository('r1', 'https://github.com/google-research/bert', true)],
    });
    expect(screen.getByRole('link', { name: /^Paper/ })).toHaveAttribute('href', 'https://arxiv.org/abs/1810.04805');
    expect(screen.getByRole('link', { name: /^PDF/ })).toHaveAttribute('href', 'https://arxiv.org/pdf/1810.04805');
    expect(screen.getByRole('link', { name: /^google-research\/bert/ })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('makes no link of an address that is not http(s)', () => {
    renderLinks({
      urlAbs: 'javascript:alert(document.cookie)',
      urlPdf: ' JaVaScRiPt:alert(1)',
      repositories: [repository('r1', 'data:text/html,<script>alert(1)</script>'), repository('r2', 'vbscript:x')],
    });
    expect(screen.queryByRole('link')).toBeNull();
    // The buttons would lead nowhere, so they are left out; the code list shows the addresses as text.
    expect(screen.queryByText('Paper')).toBeNull();
    expect(screen.getByText('data:text/html,<script>alert(1)</script>')).toHaveClass('inert-link');
    expect(screen.getByText('vbscript:x')).toHaveClass('inert-link');
  });
});
