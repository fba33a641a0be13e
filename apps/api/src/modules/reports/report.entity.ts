import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: (value: string) => Number(value) };

/** One unit's report for one period of a campaign; revisions replace its values and keep the first submission time. */
@Entity('reports')
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @Column({ name: 'period_index', type: 'int' }) periodIndex: number;
  /** Decides timeliness, whatever revisions follow. */
  @Column({ name: 'first_submitted_at', type: 'timestamptz' }) firstSubmittedAt: Date;
  @Column({ name: 'last_submitted_at', type: 'timestamptz' }) lastSubmittedAt: Date;
  @Column({ type: 'int' }) revision: number;
  /** The last change a client can see: set by every write of report-writer (submission, import, recompute). */
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 }) updatedAt: Date;
}

@Entity('report_values')
export class ReportValueEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' }) reportId: string;
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) numerator: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber }) denominator: number;
}

export interface StoredReportValue {
  indicatorCode: string;
  numerator: number;
  denominator: number;
}

/** RECORDS: derived from dossier records (modules/dossiers). */
export type ReportSource = 'FORM' | 'IMPORT' | 'RECORDS';

@Entity('report_revisions')
export class ReportRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'report_id', type: 'uuid' }) reportId: string;
  @Column({ type: 'int' }) revision: number;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true }) submittedBy: string | null;
  /** An admin gave submittedAt to record history after the fact. */
  @Column({ type: 'boolean' }) backfilled: boolean;
  @Column({ type: 'varchar' }) source: ReportSource;
  @Column({ name: 'previous_values', type: 'jsonb', nullable: true }) previousValues: StoredReportValue[] | null;
  @Column({ name: 'new_values', type: 'jsonb' }) newValues: StoredReportValue[];
}
