import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Outcome } from '@thidua/domain';

@Entity('rules')
export class RuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ type: 'varchar' }) code: string;
  @Column({ type: 'varchar' }) name: string;
  @Column({ type: 'varchar' }) outcome: Outcome;
  @Column({ type: 'varchar' }) form: string;
  @Column({ type: 'int' }) priority: number;
  /** A JSON Logic expression over a unit's facts, validated by @thidua/domain when saved. */
  @Column({ type: 'jsonb' }) condition: unknown;
  @Column({ type: 'boolean' }) enabled: boolean;
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
