import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One value of a facet and how many of the counted papers have it.' })
export class FacetValue {
  @Field({ description: 'What to filter by: a year, a slug, a framework, or "true"/"false" for hasCode.' })
  value: string;

  @Field({ description: 'What to show.' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'Counts of the papers matching a filter by year, task, dataset, method, code, framework and venue. Exact ' +
    '(each count equals papers(filter: the same filter and that value).totalCount) when at most 1,000 papers ' +
    'match; otherwise counted over the 1,000 newest of them (exact: false). At most 20 values per facet, most ' +
    'papers first.',
})
export class PaperFacets {
  @Field({ description: 'True when every matching paper was counted.' })
  exact: boolean;

  @Field(() => Int, { description: 'Papers counted: all that match when exact.' })
  counted: number;

  @Field(() => [FacetValue], { description: 'Years of publication, newest first (every year of the counted papers).' })
  years: FacetValue[];

  @Field(() => [FacetValue])
  tasks: FacetValue[];

  @Field(() => [FacetValue], { description: 'Datasets the papers have results on.' })
  datasets: FacetValue[];

  @Field(() => [FacetValue])
  methods: FacetValue[];

  @Field(() => [FacetValue], { description: 'Papers with code ("true") and without ("false").' })
  hasCode: FacetValue[];

  @Field(() => [FacetValue], { description: 'Frameworks of the papers’ code repositories.' })
  frameworks: FacetValue[];

  @Field(() => [FacetValue], { description: 'Venues of the papers’ proceedings.' })
  venues: FacetValue[];
}
