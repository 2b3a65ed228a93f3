import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Method } from '../method/method.entity';
import { Paper } from './paper.entity';

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
