/** Relay global ids: base64url("Type:key"), where key is a slug or a numeric id. */
export function toGlobalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: string; key: string } | null {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  // Reject ids that do not round-trip: base64url decoding silently skips invalid characters.
  if (Buffer.from(decoded, 'utf8').toString('base64url') !== id) return null;
  return { type: decoded.slice(0, separator), key: decoded.slice(separator + 1) };
}
