import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './role';

/**
 * An account. The GraphQL type is its public profile: the email address, the password hash and
 * the disabled flag are never fields of it (the signed-in user sees their email on Viewer).
 */
// Made by the Accounts migration: one account per email address, whatever its letter case.
@Index('app_user_email_lower', { synchronize: false })
@ObjectType('User', { description: "An account's public profile." })
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  /** As typed at sign-up; unique ignoring case. */
  @Column('text')
  email: string;

  @Field({ description: 'The name shown beside contributions.' })
  @Column('text')
  name: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.CONTRIBUTOR })
  role: Role;

  /** argon2id, in the PHC string format (parameters and salt included). */
  @Column('text')
  passwordHash: string;

  @Field(() => DateTimeResolver, { name: 'joinedAt', description: 'When the account was made.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** A disabled account cannot sign in, and its sessions and tokens stop working. */
  @Column({ default: false })
  disabled: boolean;
}
