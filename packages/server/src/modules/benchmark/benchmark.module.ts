import type { GraphModule } from '../graph-module';
import { benchmarkCompiledRoots, benchmarkCompletedFields } from './benchmark.compiled';
import { Benchmark } from './benchmark.entity';
import { createBenchmarkLoaders } from './benchmark.loaders';
import { BenchmarkResolver } from './benchmark.resolver';
import { Metric } from './metric.entity';
import { MetricResolver } from './metric.resolver';
import { ResultValue } from './result-value.entity';
import { ResultValueResolver } from './result-value.resolver';
import { Result } from './result.entity';
import { ResultResolver } from './result.resolver';

export const benchmarkModule = {
  resolvers: [BenchmarkResolver, MetricResolver, ResultResolver, ResultValueResolver],
  entities: [Benchmark, Metric, Result, ResultValue],
  loaders: createBenchmarkLoaders,
  nodeTypes: {
    Benchmark: { entity: Benchmark, key: 'slug' },
    Metric: { entity: Metric, key: 'id' },
    Result: { entity: Result, key: 'id' },
  },
  objectPages: { sota: 'benchmark' },
  compiledRoots: benchmarkCompiledRoots,
  compiledFields: benchmarkCompletedFields,
} satisfies GraphModule;
