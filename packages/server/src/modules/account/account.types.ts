import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType('ApiToken', { description: 'A personal API token; the secret itself is shown once, when made.' })
export class ApiTokenInfo {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the token, to recognise it (not enough to use it).' })
  prefix: string;

  @Field(() => DateTimeResolver)
  createdAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When a request last used it (to the minute).' })
  lastUsedAt: Date | null;
}

@ObjectType('Session', { description: 'A signed-in browser.' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeResolver)
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: 'When a request last came with it (to the minute).' })
  lastSeenAt: Date;

  @Field(() => DateTimeResolver)
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: "The browser's User-Agent at sign-in." })
  userAgent: string | null;

  @Field({ description: 'It is the session of this request.' })
  current: boolean;
}

@ObjectType({ description: 'The signed-in account, as its owner sees it.' })
export class Viewer {
  /** The account's number; the `id` field is its global id. */
  userId: number;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => DateTimeResolver)
  joinedAt: Date;
}

@ObjectType({ description: 'A new API token: `token` is shown this once and cannot be read again.' })
export class CreatedApiToken {
  @Field({ description: 'The secret, to send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => ApiTokenInfo)
  apiToken: ApiTokenInfo;
}
