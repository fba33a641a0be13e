import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../graphql/context';
import { ReportEntity, ReportRevisionEntity, ReportValueEntity, type ReportSource, type StoredReportValue } from './report.entity';

export interface Submission {
  campaignId: string;
  unitId: string;
  periodIndex: number;
  /** Checked already: one entry per indicator of the campaign, in its order. */
  values: (StoredReportValue & { indicatorId: string })[];
  submittedAt: Date;
  backfilled: boolean;
  source: ReportSource;
}

export interface SubmissionResult {
  report: ReportEntity;
  outcome: 'CREATED' | 'REVISED' | 'UNCHANGED';
}

/**
 * Writes one checked submission inside the caller's transaction. The report row is created if absent and then
 * locked, so concurrent submissions for one report apply one after the other and none is lost.
 */
export async function writeSubmission(manager: EntityManager, submission: Submission, viewer: Viewer | null): Promise<SubmissionResult> {
  const { campaignId, unitId, periodIndex, submittedAt } = submission;
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO reports (campaign_id, unit_id, period_index, first_submitted_at, last_submitted_at, revision)
     VALUES ($1, $2, $3, $4, $4, 0) ON CONFLICT (campaign_id, unit_id, period_index) DO NOTHING RETURNING id`,
    [campaignId, unitId, periodIndex, submittedAt],
  );
  const report = await manager.findOneOrFail(ReportEntity, {
    where: { campaignId, unitId, periodIndex },
    lock: { mode: 'pessimistic_write' },
  });
  const isNew = inserted.length > 0;
  const current = isNew ? [] : await manager.findBy(ReportValueEntity, { reportId: report.id });
  const previous = submission.values.map((value) => {
    const old = current.find((row) => row.indicatorId === value.indicatorId);
    return old ? { indicatorCode: value.indicatorCode, numerator: old.numerator, denominator: old.denominator } : null;
  });
  const unchanged =
    !isNew &&
    current.length === submission.values.length &&
    submission.values.every((value, i) => previous[i]?.numerator === value.numerator && previous[i]?.denominator === value.denominator);
  if (unchanged) return { report, outcome: 'UNCHANGED' };

  report.revision += 1;
  if (submittedAt < report.firstSubmittedAt) report.firstSubmittedAt = submittedAt;
  if (submittedAt > report.lastSubmittedAt || isNew) report.lastSubmittedAt = submittedAt;
  await manager.save(report);
  await manager.delete(ReportValueEntity, { reportId: report.id });
  await manager.insert(
    ReportValueEntity,
    submission.values.map((value) => ({ reportId: report.id, indicatorId: value.indicatorId, numerator: value.numerator, denominator: value.denominator })),
  );
  await manager.insert(ReportRevisionEntity, {
    reportId: report.id,
    revision: report.revision,
    submittedAt,
    submittedBy: viewer?.userId ?? null,
    backfilled: submission.backfilled,
    source: submission.source,
    previousValues: isNew ? null : previous.filter((value): value is StoredReportValue => value !== null),
    newValues: submission.values.map(({ indicatorCode, numerator, denominator }) => ({ indicatorCode, numerator, denominator })),
  });
  return { report, outcome: isNew ? 'CREATED' : 'REVISED' };
}
