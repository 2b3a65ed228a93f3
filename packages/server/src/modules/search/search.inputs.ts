import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE, MAX_SUGGEST_PER_TYPE } from './search-query';
import { SearchType } from './search.types';

// Bounds are checked in search.service.ts, so each bad argument is named in one BAD_USER_INPUT.

@ArgsType()
export class SearchArgs {
  @Field({ description: `Words, a name, a title or a part of one; 1 to ${MAX_QUERY_LENGTH} characters.` })
  query: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these types; every type when left out.' })
  types?: SearchType[] | null;

  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_SEARCH_PAGE}.` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class SuggestArgs {
  @Field({ description: `What has been typed so far; 1 to ${MAX_QUERY_LENGTH} characters.` })
  query: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these types; every type when left out.' })
  types?: SearchType[] | null;

  @Field(() => Int, { defaultValue: 4, description: `Suggestions per type, 1 to ${MAX_SUGGEST_PER_TYPE}.` })
  perType: number = 4;
}
