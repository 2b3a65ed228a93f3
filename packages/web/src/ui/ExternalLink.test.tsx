import { render, screen } from '@testing-library/react';
import { ExternalLink } from './ExternalLink';

describe('ExternalLink', () => {
  it.each([
    ['https://github.com/google-research/bert', 'https://github.com/google-research/bert'],
    ['http://example.org/a?b=c', 'http://example.org/a?b=c'],
    ['HTTPS://EXAMPLE.ORG/Paper', 'https://example.org/Paper'],
    ['  https://example.org/  ', 'https://example.org/'],
  ])('links %j in a new tab without handing over the opener', (href, expected) => {
    render(<ExternalLink href={href}>the paper</ExternalLink>);
    const link = screen.getByRole('link', { name: 'the paper (opens in a new tab)' });
    expect(link).toHaveAttribute('href', expected);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'javascript://github.com/a/b',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
    '/paper/bert',
    '//evil.example/x',
    '(Singapore Management University) https://arxiv.org/abs/1608.07905',
    '',
    null,
    undefined,
  ])('shows %j as inert text', (href) => {
    const { container } = render(
      <ExternalLink href={href} className="button">
        the paper
      </ExternalLink>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
    expect(container).toHaveTextContent(/^the paper$/);
    expect(container.querySelector('.button')).toBeNull(); // not dressed up as something to press
  });

  it('adds nofollow for links inside archive text', () => {
    render(
      <ExternalLink href="https://example.org" nofollow>
        a site
      </ExternalLink>,
    );
    expect(screen.getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });
});
