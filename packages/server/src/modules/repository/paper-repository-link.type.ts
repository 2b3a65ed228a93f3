import { Field, ObjectType } from 'type-graphql';
import { Repository } from './repository.entity';

@ObjectType({ description: "A paper's code: the repository and how it is linked to the paper." })
export class PaperRepositoryLink {
  @Field(() => Repository)
  repository: Repository;

  @Field({ description: 'Written by the authors of the paper.' })
  isOfficial: boolean;

  @Field({ description: 'The paper mentions the repository.' })
  mentionedInPaper: boolean;

  @Field({ description: 'The repository mentions the paper.' })
  mentionedInGithub: boolean;
}
