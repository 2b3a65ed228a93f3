import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Method } from '../method/method.entity';
import { Paper } from './paper.entity';

// Made by hand in the migrations: (method_id, paper_id), the newest papers of a method first (related papers).
@Index('paper_method_newest', { synchronize: false })
// Made by the PaperLinkDates migration: (method_id, published DESC, paper_id DESC), a method's papers newest first.
@Index('paper_method_by_date', { synchronize: false })
@Entity()
export class PaperMethod {
  @PrimaryColumn()
  paperId: number;

  // Indexed first in the by-date index (no index of its own).
  @PrimaryColumn()
  methodId: number;

  /** The paper's date (undated: 0001-01-01), written with the link by the importer: the sort key of its list. */
  @Column({ type: 'date', default: '0001-01-01' })
  published: string;

  @ManyToOne(() => Paper, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper: Paper;

  @ManyToOne(() => Method, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'method_id' })
  method: Method;
}
