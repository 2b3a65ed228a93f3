import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A password-reset link that was mailed: only its token's SHA-256 is kept; it works once, until it expires. */
@Entity()
export class PasswordReset {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_password_reset' })
  id: number;

  @Index('IDX_password_reset_user')
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  user: User;

  @Column()
  userId: number;

  @Index('IDX_password_reset_token', { unique: true })
  @Column('bytea')
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}
