import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A titled link.' })
export class Link {
  @Field()
  title: string;

  @Field()
  url: string;
}
