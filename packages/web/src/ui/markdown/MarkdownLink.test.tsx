import { screen } from '@testing-library/react';
import { renderWithRouter } from '../../../test/render';
import { MarkdownLink } from './MarkdownLink';

function renderLink(href: string | undefined) {
  return renderWithRouter(<MarkdownLink href={href}>the text</MarkdownLink>);
}

describe('MarkdownLink', () => {
  it('opens web addresses in a new tab, marked nofollow', () => {
    renderLink('https://example.org/a');
    const link = screen.getByRole('link', { name: 'the text (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it.each([
    ['https://paperswithcode.com/method/adam', '/method/adam'],
    ['https://www.paperswithcode.com/paper/bert', '/paper/bert'],
    ['/method/transformer', '/method/transformer'],
  ])('links the old site’s page %j to ours', (href, path) => {
    renderLink(href);
    expect(screen.getByRole('link', { name: 'the text' })).toHaveAttribute('href', path);
  });

  it('keeps in-page anchors (footnotes)', () => {
    renderLink('#user-content-fn-1');
    expect(screen.getByRole('link', { name: 'the text' })).toHaveAttribute('href', '#user-content-fn-1');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    'mailto:a@example.org',
    'methods/category/vision-transformer',
    '//evil.example/paper/x',
    '',
    undefined,
  ])('shows %j as inert text', (href) => {
    const { container } = renderLink(href);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
    expect(screen.getByText('the text')).toBeInTheDocument();
  });
});
