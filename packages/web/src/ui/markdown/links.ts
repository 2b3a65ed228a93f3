// Links inside archive text point at the old site, absolute or as a path ("/method/transformer");
// the pages that exist here keep its paths.
const OLD_SITE = /^(?:https?:\/\/(?:www\.)?paperswithcode\.com)?(\/(?:paper|task|dataset|method|sota|area)\/[^?#]+)$/;

/** The path on this site for a link to a page of the old site, or null. */
export function internalPath(href: string | undefined): string | null {
  if (href === undefined) return null;
  return OLD_SITE.exec(href)?.[1] ?? null;
}
