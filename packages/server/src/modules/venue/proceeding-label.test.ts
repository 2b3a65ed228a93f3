import { parseProceeding } from './proceeding-label';

describe('parseProceeding', () => {
  it.each([
    ['NAACL 2019 6', 'naacl-2019-6', 'NAACL 2019', 2019, 6, 'naacl', 'NAACL'],
    ['neurips-2019-12', 'neurips-2019-12', 'NeurIPS 2019', 2019, 12, 'neurips', 'NeurIPS'],
    ['NeurIPS 2021', 'neurips-2021', 'NeurIPS 2021', 2021, null, 'neurips', 'NeurIPS'],
    ['  ACL-IJCNLP   2021 8 ', 'acl-ijcnlp-2021-8', 'ACL-IJCNLP 2021', 2021, 8, 'acl-ijcnlp', 'ACL-IJCNLP'],
    ['NeurIPS 2015 0', 'neurips-2015-0', 'NeurIPS 2015', 2015, null, 'neurips', 'NeurIPS'],
    ['wmt-2020-11', 'wmt-2020-11', 'WMT 2020', 2020, 11, 'wmt', 'WMT'],
    [
      'findings-of-the-acl-2021-8',
      'findings-of-the-acl-2021-8',
      'Findings of the acl 2021',
      2021,
      8,
      'findings-of-the-acl',
      'Findings of the acl',
    ],
  ])('%j', (text, slug, name, year, month, venueSlug, venueName) => {
    expect(parseProceeding(text)).toEqual({ slug, name, year, month, venue: { slug: venueSlug, name: venueName } });
  });

  it('makes text without a year a venue of its own, with one proceeding of the same slug', () => {
    expect(parseProceeding('proceedings-of-the-27th-international')).toEqual({
      slug: 'proceedings-of-the-27th-international',
      name: 'Proceedings of the 27th international',
      year: null,
      month: null,
      venue: { slug: 'proceedings-of-the-27th-international', name: 'Proceedings of the 27th international' },
    });
  });

  it('names nothing when no letter or digit is left', () => {
    expect(parseProceeding('  ')).toBeNull();
    expect(parseProceeding('中文')).toBeNull();
  });
});
