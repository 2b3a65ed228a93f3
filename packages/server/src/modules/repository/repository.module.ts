import type { GraphModule } from '../graph-module';
import { PaperRepository } from './paper-repository.entity';
import { Repository } from './repository.entity';
import { createRepositoryLoaders } from './repository.loaders';
import { RepositoryResolver } from './repository.resolver';

export const repositoryModule = {
  resolvers: [RepositoryResolver],
  entities: [Repository, PaperRepository],
  loaders: createRepositoryLoaders,
  nodeTypes: { Repository: { entity: Repository, key: 'id' } },
} satisfies GraphModule;
