import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toGlobalId } from '../../graphql/global-id';
import { Paper } from '../paper/paper.entity';
import { Repository } from './repository.entity';
import { repositoryFullName } from './repository-name';

@Resolver(() => Repository)
export class RepositoryResolver {
  @FieldResolver(() => ID)
  id(@Root() repository: Repository): string {
    return toGlobalId('Repository', repository.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'e.g. google-research/bert' })
  fullName(@Root() repository: Repository): string | null {
    return repositoryFullName(repository.url);
  }

  @FieldResolver(() => [Paper], { description: 'Papers this repository implements.' })
  papers(@Root() repository: Repository, @Ctx() { loaders }: Context) {
    return loaders.papersByRepository.load(repository.id);
  }
}
