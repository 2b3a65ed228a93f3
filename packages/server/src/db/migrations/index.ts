import { InitialSchema1795635644823 } from './1795635644823-initial-schema';

/** Every migration, in order. New ones are appended here. */
export const migrations = [InitialSchema1795635644823];
