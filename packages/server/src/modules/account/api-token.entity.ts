import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A personal API token for scripts (`Authorization: Bearer pwc_…`); only its SHA-256 is kept. */
@Entity()
export class ApiToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  user: User;

  @Column()
  userId: number;

  @Column('text')
  name: string;

  @Index({ unique: true })
  @Column('bytea')
  tokenHash: Buffer;

  /** The token's first characters, to recognise it in a list (not enough to use it). */
  @Column('text')
  prefix: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;
}
