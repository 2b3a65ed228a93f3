import { Field, Int, ObjectType } from 'type-graphql';
import { Task } from '../task/task.entity';
import { Author } from './author.entity';

@ObjectType({ description: 'An author who shares papers with another, and how many.' })
export class CoAuthor {
  @Field(() => Author)
  author: Author;

  @Field(() => Int, { description: 'Papers both names are on.' })
  sharedPaperCount: number;
}

@ObjectType({ description: "A task an author's papers address, and how many of them do." })
export class AuthorTask {
  @Field(() => Task)
  task: Task;

  @Field(() => Int, { description: "The author's papers on the task." })
  paperCount: number;
}
