import { slugify } from '@pwc/shared';

/** What a paper's `proceeding` text says: the proceeding (one edition) and its venue. */
export interface ParsedProceeding {
  /** e.g. naacl-2019-6: the old site's /conference/ path of the edition. */
  slug: string;
  /** e.g. NAACL 2019 */
  name: string;
  year: number | null;
  month: number | null;
  venue: { slug: string; name: string };
}

/**
 * How venues are usually written, for proceedings the archive gives as a slug only
 * ("neurips-2019-12"); a label ("NeurIPS 2019 12") brings its own spelling.
 */
const KNOWN_VENUES: Readonly<Record<string, string>> = {
  neurips: 'NeurIPS',
  nips: 'NIPS',
  icml: 'ICML',
  iclr: 'ICLR',
  cvpr: 'CVPR',
  iccv: 'ICCV',
  eccv: 'ECCV',
  acl: 'ACL',
  emnlp: 'EMNLP',
  naacl: 'NAACL',
  coling: 'COLING',
  eacl: 'EACL',
  aaai: 'AAAI',
  ijcai: 'IJCAI',
  interspeech: 'Interspeech',
  icassp: 'ICASSP',
  kdd: 'KDD',
  wacv: 'WACV',
  bmvc: 'BMVC',
  miccai: 'MICCAI',
  uai: 'UAI',
  aistats: 'AISTATS',
  colt: 'COLT',
  corl: 'CoRL',
  icra: 'ICRA',
  iros: 'IROS',
  tacl: 'TACL',
};

/** "<venue> <year>" or "<venue> <year> <month>", as words of the label or parts of its slug. */
const EDITION = /^(.+?)[\s-]+((?:19|20)\d\d)(?:[\s-]+(\d{1,2}))?$/;

/**
 * The proceeding and venue of a paper's `proceeding` text, or null when nothing usable is left.
 * "NAACL 2019 6" and "naacl-2019-6" are both the edition naacl-2019-6 ("NAACL 2019", June) of the
 * venue naacl ("NAACL"). Text without a year ("proceedings-of-the-27th-international") is a
 * venue of its own with one proceeding of the same slug and no year.
 */
export function parseProceeding(text: string): ParsedProceeding | null {
  const label = text.trim().replace(/\s+/g, ' ');
  const slug = slugify(label);
  if (!slug) return null;
  const edition = EDITION.exec(label);
  // A number after the year that is no month ("NeurIPS 2019 0") stays in the slug only.
  const number = edition?.[3] ? Number(edition[3]) : null;
  const month = number !== null && number >= 1 && number <= 12 ? number : null;
  if (edition) {
    const venueSlug = slugify(edition[1]!);
    if (venueSlug) {
      const venueName = displayName(edition[1]!, venueSlug);
      return {
        slug,
        name: `${venueName} ${edition[2]}`,
        year: Number(edition[2]),
        month,
        venue: { slug: venueSlug, name: venueName },
      };
    }
  }
  const name = displayName(label, slug);
  return { slug, name, year: null, month: null, venue: { slug, name } };
}

/** The text as written when it is a label; for a slug, the known spelling or its words. */
function displayName(text: string, slug: string): string {
  if (text !== slug) return text.trim();
  const known = KNOWN_VENUES[slug];
  if (known) return known;
  const words = slug.split('-');
  if (words.length === 1 && slug.length <= 6) return slug.toUpperCase();
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
