import { isWebUrl } from '../../src/archive/records/web-url';

describe('isWebUrl', () => {
  it.each(['https://github.com/a/b', 'http://example.org', 'HTTPS://EXAMPLE.ORG/x', ' https://example.org/ '])(
    'accepts %j',
    (url) => expect(isWebUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://github.com/a/b',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
    'github.com/a/b',
    '/paper/bert',
    '(Singapore Management University) https://arxiv.org/abs/1608.07905',
    'U-Net GAN',
    '',
  ])('rejects %j', (url) => expect(isWebUrl(url)).toBe(false));
});
