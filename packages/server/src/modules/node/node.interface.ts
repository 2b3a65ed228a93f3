import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every object with a global id can be refetched with `node(id:)`. */
@InterfaceType({
  description: 'An object with a global id, refetchable with `node(id:)`.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, stable across imports.' })
  id: string;
}
