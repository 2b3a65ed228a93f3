import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toConnection } from '../../graphql/connection.type';
import { selectedNodeFields } from '../../graphql/selected-fields';
import { preloaded, selectBySlug } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { Benchmark } from '../benchmark/benchmark.entity';
import { PaperConnection, paperConnectionOf } from '../paper/paper.connection';
import { Paper } from '../paper/paper.entity';
import { Task } from '../task/task.entity';
import { DatasetConnection } from './dataset.connection';
import { Dataset } from './dataset.entity';
import { DATASET_SQL } from './dataset.sql';
import { DatasetsArgs } from './dataset.inputs';
import { listDatasets } from './dataset.service';

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, { nullable: true, description: 'A dataset by slug; null when absent.' })
  dataset(
    @Arg('slug') slug: string,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Dataset | null> {
    return selectBySlug<Dataset>(dataSource, DATASET_SQL, info, slug);
  }

  @Query(() => DatasetConnection, { description: 'Datasets, most-benchmarked first unless ordered otherwise.' })
  async datasets(
    @Args() { filter, orderBy, first, after }: DatasetsArgs,
    @Ctx() { dataSource }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = await listDatasets<Dataset>(dataSource, filter ?? {}, orderBy, selectedNodeFields(info), {
      first,
      after,
    });
    return toConnection(DatasetConnection, page);
  }

  @FieldResolver(() => ID)
  id(@Root() dataset: Dataset): string {
    return toGlobalId('Dataset', dataset.slug);
  }

  @FieldResolver(() => Dataset, { nullable: true, description: 'The dataset this one is a part or variant of.' })
  parent(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () => (dataset.parentId == null ? null : loaders.dataset.load(dataset.parentId)));
  }

  @FieldResolver(() => [Dataset])
  subdatasets(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () => loaders.subdatasetsByDataset.load(dataset.id));
  }

  @FieldResolver(() => Paper, { nullable: true, description: 'The paper that introduced the dataset.' })
  introducedBy(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () =>
      dataset.introducedByPaperId == null ? null : loaders.paper.load(dataset.introducedByPaperId),
    );
  }

  @FieldResolver(() => [Task])
  tasks(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () => loaders.tasksByDataset.load(dataset.id));
  }

  @FieldResolver(() => [Benchmark], { description: 'Leaderboards on this dataset, one per task.' })
  benchmarks(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () => loaders.benchmarksByDataset.load(dataset.id));
  }

  @FieldResolver(() => PaperConnection, { description: 'Papers with results on this dataset, newest first.' })
  papers(
    @Root() dataset: Dataset,
    @Args() page: PaginationArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paperConnectionOf(context, { kind: 'dataset', id: dataset.id }, page, info);
  }

  @FieldResolver(() => Int, { description: 'Papers with results on this dataset.' })
  paperCount(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () => loaders.paperCountByDataset.load(dataset.id));
  }
}
