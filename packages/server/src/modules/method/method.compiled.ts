import { bySlug, connectionRoot, type RootReader } from '../../graphql/compiled/root-reader';
import { validArguments } from '../../graphql/compiled/valid-arguments';
import { MethodFilter, MethodsArgs } from './method.inputs';
import { listMethods } from './method.service';
import { METHOD_SQL } from './method.sql';

/** The method module's root fields on the compiled read path (see graphql/compiled). */
export const methodCompiledRoots: Record<string, RootReader> = {
  method: bySlug(METHOD_SQL),
  methods: connectionRoot(
    METHOD_SQL,
    (args) => validArguments(MethodsArgs, args, { filter: MethodFilter }),
    ({ filter, orderBy, first, after }, json, { db }) => listMethods(db, filter ?? {}, orderBy, json, { first, after }),
  ),
};
