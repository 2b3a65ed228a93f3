/** The largest Postgres integer: numeric keys beyond it name no row. */
export const INT4_MAX = 2_147_483_647;

/** Relay global ids: base64url("Type:key"), where key is a slug or a numeric id. */
export function toGlobalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/**
 * toGlobalId in SQL, for replies built by Postgres: the same bytes (UTF-8, base64url without
 * padding; encode() wraps lines, which translate() drops). `type` is a GraphQL type name.
 */
export function globalIdSql(type: string, key: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(type)) throw new Error(`globalIdSql: not a type name: ${type}`);
  return `translate(encode(convert_to('${type}:' || ${key}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

export function fromGlobalId(id: string): { type: string; key: string } | null {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  // Reject ids that do not round-trip: base64url decoding silently skips invalid characters.
  if (Buffer.from(decoded, 'utf8').toString('base64url') !== id) return null;
  return { type: decoded.slice(0, separator), key: decoded.slice(separator + 1) };
}

/** A numeric key as a Postgres integer, or null when it cannot name a row. */
export function integerKey(key: string): number | null {
  if (!/^\d{1,10}$/.test(key)) return null;
  const value = Number(key);
  return value <= INT4_MAX ? value : null;
}
