import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) with its default cost: 19 MiB, 2 passes, one lane —
 * OWASP's recommended minimum; about 20–40 ms a hash here. The parameters live in each stored
 * hash, so raising them later keeps old hashes verifiable.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against for unknown emails, so that they take as long as a wrong password.
let decoy: Promise<string> | undefined;

/** Whether the password matches the stored hash; without one, the same work and false. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoy ??= hash('decoy password that no account has');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
