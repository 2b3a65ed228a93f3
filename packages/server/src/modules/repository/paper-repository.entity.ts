import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Paper } from '../paper/paper.entity';
import { Repository } from './repository.entity';

/** The link between a paper and its code, as the archive recorded it. */
@Entity()
export class PaperRepository {
  @PrimaryColumn()
  paperId: number;

  @PrimaryColumn()
  @Index()
  repositoryId: number;

  @Column({ default: false })
  isOfficial: boolean;

  @Column({ default: false })
  mentionedInPaper: boolean;

  @Column({ default: false })
  mentionedInGithub: boolean;

  @ManyToOne(() => Paper, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper;

  @ManyToOne(() => Repository, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'repository_id' })
  repository: Repository;
}
