import type { DataSource } from 'typeorm';
import { loaderFactories, type ModuleLoaders } from '../module-registry';
import { createEntityLoaders, type EntityLoaders } from './entity-loaders';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every DataLoader of a request, by name. */
export type Loaders = EntityLoaders & UnionToIntersection<ModuleLoaders>;

interface RequestState {
  dataSource: DataSource;
  entities?: EntityLoaders;
  groups: Map<number, Record<string, unknown>>;
}

const STATE = Symbol('loader state');
type LazyLoaders = Loaders & { [STATE]: RequestState };

/**
 * A fresh set of DataLoaders for one request, so batching and caching never cross requests.
 * Created lazily: a request builds only the groups of loaders it touches (most touch few), and
 * the getters live on one shared prototype, so starting a request costs one small object.
 */
export function createLoaders(dataSource: DataSource): Loaders {
  const loaders = Object.create(prototypeFor(dataSource)) as LazyLoaders;
  loaders[STATE] = { dataSource, groups: new Map() };
  return loaders;
}

let prototype: object | undefined;

/** Getters for every loader name, found once by building each group (which runs no query). */
function prototypeFor(dataSource: DataSource): object {
  if (prototype) return prototype;
  const proto: Record<PropertyKey, unknown> = {};
  const entities = (state: RequestState) => (state.entities ??= createEntityLoaders(state.dataSource));
  for (const name of Object.keys(createEntityLoaders(dataSource))) {
    Object.defineProperty(proto, name, {
      get(this: LazyLoaders) {
        return entities(this[STATE])[name as keyof EntityLoaders];
      },
    });
  }
  loaderFactories.forEach((create, group) => {
    for (const name of Object.keys(create(dataSource, createEntityLoaders(dataSource)))) {
      Object.defineProperty(proto, name, {
        get(this: LazyLoaders) {
          const state = this[STATE];
          let built = state.groups.get(group);
          if (!built) {
            built = create(state.dataSource, entities(state)) as Record<string, unknown>;
            state.groups.set(group, built);
          }
          return built[name];
        },
      });
    }
  });
  prototype = proto;
  return proto;
}
