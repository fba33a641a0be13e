import type { DataSource } from 'typeorm';
import { recordEvents } from '../../foundation/events/outbox';
import type { JobQueue } from '../../foundation/jobs/job-queue';
import { loadCampaignContext } from '../campaigns';
import { missingUnitsAt } from '../reports';

/** The job that emails one period's weekly report; the one that closes the periods come due, every minute. */
export const EMAIL_WEEKLY_REPORT = 'weekly-report.email';
export const CLOSE_DUE_PERIODS = 'periods.close-due';

/** A due instant passed longer ago than this (the server was down) is closed without an event or an email. */
const CLOSE_WITHIN_MS = 6 * 3600_000;

/**
 * What happens when a period's due instant passes, once per campaign and period whatever the number of workers (a
 * row of `period_closings`, written in the same transaction): the `period.closed` event listing the units still
 * missing, and, when the campaign has recipients, the weekly report's email queued for the due instant plus the
 * campaign's delay. Answers how many periods were closed.
 */
export async function closeDuePeriods(dataSource: DataSource, jobs: JobQueue, now: Date): Promise<number> {
  const campaigns: { id: string }[] = await dataSource.query(`SELECT id FROM campaigns WHERE status = 'ACTIVE'`);
  let closed = 0;
  for (const { id } of campaigns) {
    const context = await loadCampaignContext(dataSource.manager, id);
    if (!context) continue;
    const due = context.periods.filter(
      (period) => period.dueAt <= now && period.dueAt.getTime() > now.getTime() - CLOSE_WITHIN_MS,
    );
    for (const period of due) {
      closed += await dataSource.transaction(async (manager) => {
        const missing = await missingUnitsAt(manager, { id, levelIds: [...context.levelIds] }, period.index, now);
        const [row] = await manager.query(
          `INSERT INTO period_closings (campaign_id, period_index, closed_at, missing_count) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING period_index`,
          [id, period.index, now, missing.length],
        );
        if (!row) return 0;
        await recordEvents(manager, [
          {
            type: 'period.closed',
            data: {
              campaignId: id,
              period: period.index,
              dueAt: period.dueAt.toISOString(),
              missingUnits: missing.map(({ id: unitId, code, name, levelKey }) => ({ unitId, code, name, levelKey })),
            },
          },
        ]);
        const [mailing] = await manager.query(
          `SELECT recipients, delay_minutes FROM weekly_report_mailings WHERE campaign_id = $1
             AND cardinality(recipients) > 0`,
          [id],
        );
        if (mailing) {
          await manager.query(
            `INSERT INTO weekly_report_sends (campaign_id, period_index, recipients, queued_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING`,
            [id, period.index, mailing.recipients, now],
          );
          await jobs.send(
            EMAIL_WEEKLY_REPORT,
            { campaignId: id, period: period.index },
            { startAfter: new Date(period.dueAt.getTime() + mailing.delay_minutes * 60_000) },
            manager,
          );
        }
        return 1;
      });
    }
  }
  return closed;
}
