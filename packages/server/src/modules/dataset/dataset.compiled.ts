import { bySlug, connectionRoot, type RootReader } from '../../graphql/compiled/root-reader';
import { validArguments } from '../../graphql/compiled/valid-arguments';
import { DatasetFilter, DatasetsArgs } from './dataset.inputs';
import { listDatasets } from './dataset.service';
import { DATASET_SQL } from './dataset.sql';

/** The dataset module's root fields on the compiled read path (see graphql/compiled). */
export const datasetCompiledRoots: Record<string, RootReader> = {
  dataset: bySlug(DATASET_SQL),
  datasets: connectionRoot(
    DATASET_SQL,
    (args) => validArguments(DatasetsArgs, args, { filter: DatasetFilter }),
    ({ filter, orderBy, first, after }, json, { db }) =>
      listDatasets(db, filter ?? {}, orderBy, json, { first, after }),
  ),
};
