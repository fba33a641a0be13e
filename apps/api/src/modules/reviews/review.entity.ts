import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { IndicatorResult, Outcome, ReportTally, TieBreakCriterion } from '@thidua/domain';

export type ReviewStatus = 'DRAFT' | 'FINALIZED';
export type Decision = 'PENDING' | 'APPROVED' | 'REJECTED';

/**
 * The frozen figures of one level's ranking, stored with the review (ids of units and indicators, numbers as computed).
 */
export interface SnapshotRanking {
  levelId: string;
  cohortSize: number;
  rows: {
    unitId: string;
    rank: number | null;
    previousRank: number | null;
    movement: number | null;
    score: number | null;
    /** Scoring (docs/domain.md §4a); absent in reviews made before it: then the score is the base score. */
    baseScore?: number | null;
    bonusPoints?: number | null;
    penaltyPoints?: number | null;
    tieBreak?: TieBreakCriterion | null;
    latestReportMissing?: boolean;
    classCode: string | null;
    reports: ReportTally;
    /** The domain's figures as computed, with the indicator's id in place of its code. */
    indicators: (Omit<IndicatorResult, 'code'> & { indicatorId: string })[];
  }[];
}

export interface ReviewSnapshot {
  legend: { code: string; name: string; minScore: number }[];
  rankings: SnapshotRanking[];
}

@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ type: 'varchar' }) name: string;
  @Column({ name: 'as_of_period', type: 'int' }) asOfPeriod: number;
  @Column({ name: 'target_set_id', type: 'uuid' }) targetSetId: string;
  @Column({ type: 'varchar' }) status: ReviewStatus;
  @Column({ type: 'jsonb' }) snapshot: ReviewSnapshot;
  @Column({ name: 'decision_number', type: 'varchar', nullable: true }) decisionNumber: string | null;
  @Column({ name: 'decision_date', type: 'date', nullable: true }) decisionDate: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'finalized_by', type: 'uuid', nullable: true }) finalizedBy: string | null;
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true }) finalizedAt: Date | null;
}

@Entity('proposals')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'review_id', type: 'uuid' }) reviewId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ type: 'varchar' }) outcome: Outcome;
  @Column({ type: 'varchar' }) form: string;
  @Column({ name: 'rule_code', type: 'varchar', nullable: true }) ruleCode: string | null;
  /**
   * The rule's condition (JSON Logic) when the review was made; null for a proposal by hand. Typed `unknown` as
   * RuleEntity.condition is: TypeORM's query types recurse without end over a recursive JSON type.
   */
  @Column({ type: 'jsonb', nullable: true }) condition: unknown;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'jsonb' }) evidence: { variable: string; value: string | number | boolean | null }[];
  @Column({ type: 'varchar' }) decision: Decision;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'added_by', type: 'uuid', nullable: true }) addedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
