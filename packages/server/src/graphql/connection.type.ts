import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Page } from './keyset-pagination';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for totalCount. */
  countTotal: () => Promise<number>;
}

/** Builds the Relay `XConnection` and `XEdge` types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    @Field(() => Int, { description: 'The number of nodes in the whole list, across all pages.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return Connection;
}

/** Makes a connection object that type-graphql can resolve, from a page of nodes. */
export function toConnection<T>(ConnectionClass: new () => ConnectionShape<T>, page: Page<T>): ConnectionShape<T> {
  const connection = new ConnectionClass();
  connection.edges = page.edges;
  connection.pageInfo = {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.edges[0]?.cursor ?? null,
    endCursor: page.edges.at(-1)?.cursor ?? null,
  };
  connection.countTotal = page.count;
  return connection;
}
