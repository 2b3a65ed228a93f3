import { Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum PaperOrder {
  PUBLISHED_DESC = 'PUBLISHED_DESC',
  PUBLISHED_ASC = 'PUBLISHED_ASC',
  TITLE_ASC = 'TITLE_ASC',
  RELEVANCE = 'RELEVANCE',
  TRENDING = 'TRENDING',
}
registerEnumType(PaperOrder, {
  name: 'PaperOrder',
  valuesConfig: {
    RELEVANCE: {
      description:
        'Best text match first among the 1,000 newest matching papers (totalCount counts those); requires filter.query.',
    },
    TRENDING: {
      description:
        'Recency weighted by use: highest exp((published - 2000-01-01) / 30 days) × (1 + activity) first, ' +
        'activity = code links + result rows + 2 × leaderboards the results are on (a paper needs e ≈ 2.7× ' +
        'the activity of one published 30 days later to rank above it); undated papers last.',
    },
  },
});

@InputType({ description: 'Every given condition must hold.' })
export class PaperFilter {
  @Field(() => String, { nullable: true, description: 'Words to find in the title and abstract.' })
  @MaxLength(500)
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'Task slug.' })
  task?: string | null;

  @Field(() => String, { nullable: true, description: 'Method slug.' })
  method?: string | null;

  @Field(() => String, { nullable: true, description: 'Dataset slug: papers with results on it.' })
  dataset?: string | null;

  @Field(() => String, { nullable: true, description: 'Area slug: papers on a task of the area.' })
  area?: string | null;

  @Field(() => String, { nullable: true, description: "Author's global id." })
  author?: string | null;

  @Field(() => Int, { nullable: true, description: 'Published in or after this year.' })
  @Min(1900)
  @Max(3000)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Published in or before this year.' })
  @Min(1900)
  @Max(3000)
  yearTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only papers with code; false: only without.' })
  hasCode?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Papers with a code repository in this framework, e.g. pytorch.',
  })
  @MaxLength(100)
  framework?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue slug, e.g. neurips: papers in its proceedings.' })
  venue?: string | null;
}
