import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Method } from '../method/method.entity';
import { Paper } from './paper.entity';

// Made by hand in the migrations: (method_id, paper_id), the newest papers of a method first (related papers).
@Index('paper_method_newest', { synchronize: false })
@Entity()
export class PaperMethod {
  @PrimaryColumn()
  paperId: number;

  @PrimaryColumn()
  @Index()
  methodId: number;

  @ManyToOne(() => Paper, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper;

  @ManyToOne(() => Method, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'method_id' })
  method: Method;
}
