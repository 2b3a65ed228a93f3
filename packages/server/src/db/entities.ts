import { entities as moduleEntities } from '../module-registry';

/** Every table of the graph, from the module descriptors. */
export const entities = [...moduleEntities];
