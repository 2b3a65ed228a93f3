import type { GraphModule } from '../graph-module';
import { ApiToken } from './api-token.entity';
import { AccountResolver, UserResolver, ViewerResolver } from './account.resolver';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetResolver } from './password-reset.resolver';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';

/** Accounts, sessions, API tokens and roles (issue 12); the authorisation layer is in authorization.ts. */
export const accountModule = {
  resolvers: [AccountResolver, UserResolver, ViewerResolver, PasswordResetResolver],
  entities: [User, UserSession, ApiToken, PasswordReset],
} satisfies GraphModule;
