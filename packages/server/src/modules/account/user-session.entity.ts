import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A signed-in browser: the cookie holds a random token, the table only its SHA-256. */
@Entity()
export class UserSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  user: User;

  @Column()
  userId: number;

  @Index({ unique: true })
  @Column('bytea')
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  /** The browser's User-Agent at sign-in, cut short: to tell sessions apart on the account page. */
  @Column('text', { nullable: true })
  userAgent: string | null;
}
