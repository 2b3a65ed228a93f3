import { registerEnumType } from 'type-graphql';

/** What an account may do, each role including those below it. */
export enum Role {
  CONTRIBUTOR = 'CONTRIBUTOR',
  TRUSTED = 'TRUSTED',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do; each role may do all that the roles before it may.',
  valuesConfig: {
    CONTRIBUTOR: { description: 'Anyone who signed up: changes wait for review.' },
    TRUSTED: { description: 'Changes are published directly.' },
    MODERATOR: { description: 'Reviews, approves, rejects and reverts changes.' },
    ADMIN: { description: 'Also gives and takes roles.' },
  },
});

const RANK: Record<Role, number> = { CONTRIBUTOR: 0, TRUSTED: 1, MODERATOR: 2, ADMIN: 3 };

/** Whether `role` is `required` or above it. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in RANK;
}
