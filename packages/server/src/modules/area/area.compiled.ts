import { bySlug, connectionRoot, type RootReader } from '../../graphql/compiled/root-reader';
import { validArguments } from '../../graphql/compiled/valid-arguments';
import { AreasArgs } from './area.inputs';
import { listAreas } from './area.service';
import { AREA_SQL } from './area.sql';

/** The area module's root fields on the compiled read path (see graphql/compiled). */
export const areaCompiledRoots: Record<string, RootReader> = {
  area: bySlug(AREA_SQL),
  areas: connectionRoot(
    AREA_SQL,
    (args) => validArguments(AreasArgs, args),
    ({ orderBy, first, after }, json, { db }) => listAreas(db, orderBy, json, { first, after }),
  ),
};
