import type { GraphModule } from '../graph-module';
import { BenchmarkHistoryResolver } from './benchmark-history.resolver';
import { createRevisionLoaders } from './revision.loaders';
import { RevisionResolver } from './revision.resolver';

/**
 * Revisions (issue 12): the append-only history every change is recorded in (tables and triggers:
 * the Revisions migration; writers record through revision-writer.ts), read by Query.revisions,
 * Query.revision and Benchmark.history.
 */
export const revisionModule = {
  resolvers: [RevisionResolver, BenchmarkHistoryResolver],
  entities: [],
  loaders: createRevisionLoaders,
} satisfies GraphModule;
