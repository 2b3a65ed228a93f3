import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { preloaded } from '../../graphql/sql-projection';
import { toGlobalId } from '../../graphql/global-id';
import { PaginationArgs } from '../../graphql/pagination.args';
import { Benchmark } from '../benchmark/benchmark.entity';
import { PaperConnection } from '../paper/paper.connection';
import { Paper } from '../paper/paper.entity';
import { listPapers } from '../paper/paper.service';
import { Task } from '../task/task.entity';
import { DatasetConnection } from './dataset.connection';
import { Dataset } from './dataset.entity';
import { DatasetsArgs } from './dataset.inputs';
import { listDatasets } from './dataset.service';

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, { nullable: true, description: 'A dataset by slug; null when absent.' })
  dataset(@Arg('slug') slug: string, @Ctx() { dataSource }: Context): Promise<Dataset | null> {
    return dataSource.getRepository(Dataset).findOneBy({ slug });
  }

  @Query(() => DatasetConnection, { description: 'Datasets, most-benchmarked first unless ordered otherwise.' })
  datasets(@Args() { filter, orderBy, first, after }: DatasetsArgs, @Ctx() { dataSource }: Context) {
    return listDatasets(dataSource, DatasetConnection, filter ?? {}, orderBy, { first, after });
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
  papers(@Root() dataset: Dataset, @Args() { first, after }: PaginationArgs, @Ctx() { dataSource }: Context) {
    return listPapers(dataSource, PaperConnection, { dataset: dataset.slug }, undefined, { first, after });
  }

  @FieldResolver(() => Int, { description: 'Papers with results on this dataset.' })
  paperCount(@Root() dataset: Dataset, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return preloaded(dataset, info, () => loaders.paperCountByDataset.load(dataset.id));
  }
}
