import { Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum PaperOrder {
  PUBLISHED_DESC = 'PUBLISHED_DESC',
  PUBLISHED_ASC = 'PUBLISHED_ASC',
  TITLE_ASC = 'TITLE_ASC',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(PaperOrder, {
  name: 'PaperOrder',
  valuesConfig: { RELEVANCE: { description: 'Best text match first; requires filter.query.' } },
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
}
