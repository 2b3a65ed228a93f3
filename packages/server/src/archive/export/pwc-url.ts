import type { PwcUrlKind } from '@pwc/shared';

/** The paperswithcode.com URL the archive uses as a record's identity ("…/paper/<slug>"). */
export function pwcUrl(kind: PwcUrlKind, slug: string): string {
  return `https://paperswithcode.com/${kind}/${encodeURIComponent(slug)}`;
}
