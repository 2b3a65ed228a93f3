import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Paper } from '../paper/paper.entity';
import { Author } from './author.entity';

/** Authorship in byline order. */
@Entity()
export class PaperAuthor {
  @PrimaryColumn()
  paperId: number;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Index()
  @Column()
  authorId: number;

  @ManyToOne(() => Paper, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper;

  @ManyToOne(() => Author, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author: Author;
}
