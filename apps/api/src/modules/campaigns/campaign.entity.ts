import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ScoringSettings, Weekday } from '@thidua/domain';

export type CampaignStatus = 'DRAFT' | 'ACTIVE' | 'CLOSED';

export interface StoredLegendClass {
  code: string;
  name: string;
  minScore: number;
}

@Entity('campaigns')
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) name: string;
  /** Calendar dates stay strings (YYYY-MM-DD): no time zone can shift them. */
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  @Column({ name: 'time_zone', type: 'varchar' }) timeZone: string;
  @Column({ name: 'due_weekday', type: 'varchar' }) dueWeekday: Weekday;
  @Column({ name: 'due_time', type: 'varchar' }) dueTime: string;
  @Column({ type: 'varchar' }) status: CampaignStatus;
  @Column({ type: 'jsonb' }) legend: StoredLegendClass[];
  /** Bonus, penalties and tie-breaks (docs/domain.md §4a); null = none: ranked on the capped score alone. */
  @Column({ type: 'jsonb', nullable: true }) scoring: ScoringSettings | null;
  @Column({ type: 'int' }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('campaign_indicators')
export class CampaignIndicatorEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  /** numeric in the database, a number here. */
  @Column({ type: 'numeric', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  weight: number;
  @Column({ type: 'int' }) position: number;
}

@Entity('campaign_levels')
export class CampaignLevelEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @PrimaryColumn({ name: 'level_id', type: 'uuid' }) levelId: string;
}
