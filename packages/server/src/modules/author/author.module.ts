import type { GraphModule } from '../graph-module';
import { Author } from './author.entity';
import { createAuthorLoaders } from './author.loaders';
import { AuthorResolver } from './author.resolver';
import { PaperAuthor } from './paper-author.entity';

export const authorModule = {
  resolvers: [AuthorResolver],
  entities: [Author, PaperAuthor],
  loaders: createAuthorLoaders,
  nodeTypes: { Author: { entity: Author, key: 'id' } },
  objectPages: { author: 'author' },
} satisfies GraphModule;
