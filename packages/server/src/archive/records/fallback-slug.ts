import { createHash } from 'node:crypto';
import { slugify } from '@pwc/shared';

/**
 * slugify(name), or for names with no Latin letters or digits left (e.g. Chinese names) a
 * deterministic slug from a hash of the name, so the same name always gets the same slug.
 */
export function slugForName(name: string, prefix: string): string {
  const slug = slugify(name);
  if (slug !== '') return slug;
  return `${prefix}-${createHash('sha1').update(name).digest('hex').slice(0, 10)}`;
}
