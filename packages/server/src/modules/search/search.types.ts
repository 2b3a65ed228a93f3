import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.type';
import { Author } from '../author/author.entity';
import { Benchmark } from '../benchmark/benchmark.entity';
import { Dataset } from '../dataset/dataset.entity';
import { Method } from '../method/method.entity';
import { Paper } from '../paper/paper.entity';
import { Task } from '../task/task.entity';
import { Venue } from '../venue/venue.entity';

export enum SearchType {
  PAPER = 'PAPER',
  TASK = 'TASK',
  DATASET = 'DATASET',
  METHOD = 'METHOD',
  BENCHMARK = 'BENCHMARK',
  AUTHOR = 'AUTHOR',
  VENUE = 'VENUE',
}
registerEnumType(SearchType, { name: 'SearchType', description: 'The kinds of objects search finds.' });

/** How a hit matched; the first four rank in this order (see README, Search). */
export enum SearchMatch {
  EXACT = 'EXACT',
  SHORT_NAME = 'SHORT_NAME',
  PREFIX = 'PREFIX',
  WORDS = 'WORDS',
  FUZZY = 'FUZZY',
}
registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'How a search hit matched the query, best first.',
  valuesConfig: {
    EXACT: { description: 'Its name or title is the query (ignoring case).' },
    SHORT_NAME: { description: 'A paper whose title before the colon is the query ("BERT: Pre-training …").' },
    PREFIX: { description: 'Its name or title starts with the query.' },
    WORDS: { description: 'Its name contains the query, or its title and abstract have its words.' },
    FUZZY: { description: 'Close to the query: similar trigrams, or the same letters (a typo).' },
  },
});

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description: 'An object search found.',
  types: () => [Paper, Task, Dataset, Method, Benchmark, Author, Venue] as const,
  // Hits are the entities' own classes, as their loaders return them.
  resolveType: (hit) => [Paper, Task, Dataset, Method, Benchmark, Author, Venue].find((type) => hit instanceof type),
});

@ObjectType({ description: 'A stretch of the highlight text that matched: UTF-16 offsets, as JavaScript counts.' })
export class MatchRange {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  length: number;
}

@ObjectType({
  description: 'Plain text (a name or a title) and the ranges of it that matched; no markup, so clients show it inert.',
})
export class Highlight {
  @Field()
  text: string;

  @Field(() => [MatchRange])
  ranges: MatchRange[];
}

@ObjectType()
export class SearchEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHit)
  node: typeof SearchHit;

  @Field(() => SearchType)
  type: SearchType;

  @Field(() => SearchMatch)
  match: SearchMatch;

  @Field(() => Float, {
    description: 'Ranking score: the match tier plus text relevance and popularity (README, Search). Higher first.',
  })
  score: number;

  @Field(() => Highlight)
  highlight: Highlight;
}

@ObjectType({ description: 'Hits found of one type.' })
export class SearchTypeCount {
  @Field(() => SearchType)
  type: SearchType;

  @Field(() => Int, { description: 'Hits of this type among the ranked candidates (at most the candidate cap).' })
  count: number;
}

@ObjectType({ description: 'The ranked hits of a search, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, {
    description: 'Ranked candidates in all (bounded: search ranks at most its best candidates per type and tier).',
  })
  totalCount: number;

  @Field(() => [SearchTypeCount], { description: 'Candidates per type, for type tabs; types without hits left out.' })
  typeCounts: SearchTypeCount[];

  @Field(() => [String], {
    description: 'Close names of tasks, datasets, methods and authors when nothing matched better than a typo.',
  })
  didYouMean: string[];
}

@ObjectType({ description: 'The best suggestions of one type.' })
export class SuggestGroup {
  @Field(() => SearchType)
  type: SearchType;

  @Field(() => [SearchEdge])
  hits: SearchEdge[];
}
