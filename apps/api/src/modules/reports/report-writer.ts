import { validateReportedCounts } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { refreshUnitFigures } from '../campaigns';
import type { Viewer } from '../../foundation/access/viewer';
import { recordEvents } from '../../foundation/events/outbox';
import { noteChange } from '../../foundation/realtime/changes';
import { ReportEntity, ReportValueEntity, type ReportSource, type StoredReportValue } from './report.entity';

export interface Submission {
  unitId: string;
  /** Checked already: one entry per indicator of the campaign, in its order. */
  values: (StoredReportValue & { indicatorId: string })[];
}

export interface SubmissionBatch {
  campaignId: string;
  periodIndex: number;
  submittedAt: Date;
  backfilled: boolean;
  source: ReportSource;
  submissions: Submission[];
}

export type SubmissionOutcome = 'CREATED' | 'REVISED' | 'UNCHANGED';

export interface SubmissionResult {
  report: ReportEntity;
  outcome: SubmissionOutcome;
}

const CHUNK = 1000;

/**
 * Writes checked submissions of one period inside the caller's transaction, in a fixed number of statements
 * per thousand reports. Missing report rows are created first and every row is then locked, so concurrent
 * submissions for one report apply one after the other and none is lost. Values equal to the stored ones
 * change nothing (no revision). The units' kept ranking figures are refreshed in the same transaction
 * (refreshUnitFigures). Each report written is an event (report.submitted or report.revised) in the
 * outbox. The reports created or revised are told to the subscriptions and caches once the caller's transaction
 * commits (noteChange: never for a rolled-back write).
 */
export async function writeSubmissions(
  manager: EntityManager,
  batch: SubmissionBatch,
  viewer: Viewer | null,
): Promise<SubmissionResult[]> {
  assertReportable(batch.submissions);
  const { campaignId, periodIndex, submittedAt } = batch;
  const unitIds = batch.submissions.map((submission) => submission.unitId);
  const created = new Set<string>();
  for (const ids of chunks(unitIds)) {
    const rows: { unit_id: string }[] = await manager.query(
      `INSERT INTO reports (campaign_id, unit_id, period_index, first_submitted_at, last_submitted_at, revision, updated_at)
       SELECT $1, unnest($2::uuid[]), $3, $4, $4, 0, now()
       ON CONFLICT (campaign_id, unit_id, period_index) DO NOTHING RETURNING unit_id`,
      [campaignId, ids, periodIndex, submittedAt],
    );
    for (const row of rows) created.add(row.unit_id);
  }
  const reports = new Map<string, ReportEntity>();
  for (const ids of chunks(unitIds)) {
    const locked = await manager
      .createQueryBuilder(ReportEntity, 'report')
      .setLock('pessimistic_write')
      .where('report.campaign_id = :campaignId AND report.period_index = :periodIndex AND report.unit_id = ANY(:ids)', {
        campaignId,
        periodIndex,
        ids,
      })
      .orderBy('report.unit_id')
      .getMany();
    for (const report of locked) reports.set(report.unitId, report);
  }
  const current = new Map<string, ReportValueEntity[]>();
  const existingIds = [...reports.values()].filter((report) => !created.has(report.unitId)).map((report) => report.id);
  for (const ids of chunks(existingIds)) {
    for (const value of await manager
      .createQueryBuilder(ReportValueEntity, 'value')
      .where('value.report_id = ANY(:ids)', { ids })
      .getMany()) {
      current.set(value.reportId, [...(current.get(value.reportId) ?? []), value]);
    }
  }

  const results: SubmissionResult[] = [];
  const changed: { report: ReportEntity; submission: Submission; previous: StoredReportValue[] | null }[] = [];
  for (const submission of batch.submissions) {
    const report = reports.get(submission.unitId) as ReportEntity;
    const isNew = created.has(submission.unitId);
    const stored = current.get(report.id) ?? [];
    const previous = submission.values.flatMap((value) => {
      const old = stored.find((row) => row.indicatorId === value.indicatorId);
      return old
        ? [{ indicatorCode: value.indicatorCode, numerator: old.numerator, denominator: old.denominator }]
        : [];
    });
    const same =
      !isNew &&
      stored.length === submission.values.length &&
      submission.values.every(
        (value, i) => previous[i]?.numerator === value.numerator && previous[i]?.denominator === value.denominator,
      );
    if (same) {
      results.push({ report, outcome: 'UNCHANGED' });
      continue;
    }
    report.revision += 1;
    if (submittedAt < report.firstSubmittedAt) report.firstSubmittedAt = submittedAt;
    if (isNew || submittedAt > report.lastSubmittedAt) report.lastSubmittedAt = submittedAt;
    changed.push({ report, submission, previous: isNew ? null : previous });
    results.push({ report, outcome: isNew ? 'CREATED' : 'REVISED' });
  }

  for (const part of chunks(changed)) {
    const ids = part.map(({ report }) => report.id);
    // now(): the transaction's start, the same instant for every report this write changes.
    const stamped: { id: string; updated_at: Date }[] = await manager.query(
      `WITH stamped AS (
         UPDATE reports r SET revision = u.revision, first_submitted_at = u.first_at, last_submitted_at = u.last_at,
           updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::timestamptz[]) AS u(id, revision, first_at, last_at)
         WHERE r.id = u.id RETURNING r.id, r.updated_at
       ) SELECT id, updated_at FROM stamped`,
      [
        ids,
        part.map(({ report }) => report.revision),
        part.map(({ report }) => report.firstSubmittedAt),
        part.map(({ report }) => report.lastSubmittedAt),
      ],
    );
    const updatedAtById = new Map(stamped.map((row) => [row.id, new Date(row.updated_at)]));
    for (const { report } of part) report.updatedAt = updatedAtById.get(report.id) ?? report.updatedAt;
    await manager.query('DELETE FROM report_values WHERE report_id = ANY($1::uuid[])', [ids]);
    const values = part.flatMap(({ report, submission }) =>
      submission.values.map((value) => ({ report: report.id, ...value })),
    );
    await manager.query(
      `INSERT INTO report_values (report_id, indicator_id, numerator, denominator)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::bigint[])`,
      [
        values.map((v) => v.report),
        values.map((v) => v.indicatorId),
        values.map((v) => v.numerator),
        values.map((v) => v.denominator),
      ],
    );
    await manager.query(
      `INSERT INTO report_revisions (report_id, revision, submitted_at, submitted_by, backfilled, source, previous_values, new_values)
       SELECT id, revision, $3, $4, $5, $6, previous::jsonb, next::jsonb FROM unnest($1::uuid[], $2::int[], $7::text[], $8::text[]) AS u(id, revision, previous, next)`,
      [
        ids,
        part.map(({ report }) => report.revision),
        batch.submittedAt,
        viewer?.userId ?? null,
        batch.backfilled,
        batch.source,
        part.map(({ previous }) => (previous ? JSON.stringify(previous) : null)),
        part.map(({ submission }) =>
          JSON.stringify(
            submission.values.map(({ indicatorCode, numerator, denominator }) => ({
              indicatorCode,
              numerator,
              denominator,
            })),
          ),
        ),
      ],
    );
  }
  // The ranking's kept figures of the units written, from this period on, in this transaction (kept-figures.ts).
  await refreshUnitFigures(
    manager,
    campaignId,
    changed.map(({ report }) => report.unitId),
    periodIndex,
  );
  await recordEvents(
    manager,
    changed.map(({ report, submission, previous }) => ({
      type: previous ? 'report.revised' : 'report.submitted',
      data: {
        reportId: report.id,
        campaignId,
        unitId: report.unitId,
        period: periodIndex,
        revision: report.revision,
        submittedAt: submittedAt.toISOString(),
        source: batch.source,
        values: submission.values.map(({ indicatorCode, numerator, denominator }) => ({
          indicatorCode,
          numerator,
          denominator,
        })),
      },
    })),
  );
  if (changed.length) {
    noteChange(manager, {
      kind: 'REPORTS',
      campaignId,
      period: periodIndex,
      unitId: changed.length === 1 ? changed[0].report.unitId : null,
      reports: changed.length,
      at: submittedAt.toISOString(),
    });
  }
  return results;
}

/**
 * Callers check values first (checkValues) and the dossier recompute counts far fewer records than the limit: a
 * value outside @thidua/domain's report range here is a bug, and nothing of the batch is written.
 */
function assertReportable(submissions: Submission[]): void {
  for (const { unitId, values } of submissions) {
    for (const { indicatorCode, numerator, denominator } of values) {
      if (!validateReportedCounts(numerator, denominator).ok)
        throw new Error(`Report value out of range: unit ${unitId}, ${indicatorCode} ${numerator}/${denominator}.`);
    }
  }
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
