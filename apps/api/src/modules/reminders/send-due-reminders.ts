import { reminderRecipients, remindersBetween, type ReminderInstant } from '@thidua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobQueue } from '../../foundation/jobs/job-queue';
import { loadCampaignContext, type CampaignContext } from '../campaigns';
import { missingUnitsAt } from '../reports';
import { reminderText } from './reminder-text';

/** The job that emails one person one reminder. */
export const EMAIL_REMINDER = 'reminders.email';
/** The job that sends the reminders that have come due, every minute. */
export const SEND_DUE_REMINDERS = 'reminders.send-due';

/** A reminder more than this late (the server was down) is not sent any more: it would mislead. */
export const STALE_AFTER_MS = 6 * 3600_000;

/**
 * Sends every reminder of every active campaign whose instant lies between the campaign's mark (`sent_until`) and
 * `now` (a report counts from its first submission: `now` may be a past instant, as the demo's), then moves the
 * mark, in one transaction per campaign that holds its settings row (SKIP LOCKED: two workers
 * never send a campaign's reminders twice, and a reminder is recorded once per campaign, period and offset). Each
 * lists exactly the units without a report at `now`; each person reached gets a notification and, unless they
 * opted out, an email job (none without a job queue). Answers how many reminders were sent.
 */
export async function sendDueReminders(dataSource: DataSource, jobs: JobQueue | null, now: Date): Promise<number> {
  const campaigns: { campaign_id: string }[] = await dataSource.query(
    `SELECT r.campaign_id FROM campaign_reminders r JOIN campaigns c ON c.id = r.campaign_id
     WHERE c.status = 'ACTIVE' AND cardinality(r.offsets_minutes) > 0`,
  );
  let sent = 0;
  for (const { campaign_id: campaignId } of campaigns) {
    sent += await dataSource.transaction(async (manager) => {
      const [settings]: { offsets_minutes: number[]; copy_to_parent_level_keys: string[]; sent_until: Date | null }[] =
        await manager.query(
          `SELECT offsets_minutes, copy_to_parent_level_keys, sent_until FROM campaign_reminders
           WHERE campaign_id = $1 FOR UPDATE SKIP LOCKED`,
          [campaignId],
        );
      if (!settings) return 0;
      const context = await loadCampaignContext(manager, campaignId);
      if (!context) return 0;
      const since = Math.max(
        settings.sent_until ? new Date(settings.sent_until).getTime() : 0,
        now.getTime() - STALE_AFTER_MS,
      );
      const due = remindersBetween(context.periods, settings.offsets_minutes, new Date(since), now);
      for (const reminder of due)
        await sendReminder(manager, jobs, context, reminder, settings.copy_to_parent_level_keys, now);
      await manager.query(`UPDATE campaign_reminders SET sent_until = $2 WHERE campaign_id = $1`, [campaignId, now]);
      return due.length;
    });
  }
  return sent;
}

async function sendReminder(
  manager: EntityManager,
  jobs: JobQueue | null,
  context: CampaignContext,
  reminder: ReminderInstant,
  copyLevels: readonly string[],
  now: Date,
): Promise<void> {
  const campaignId = context.campaign.id;
  const missing = await missingUnitsAt(
    manager,
    { id: campaignId, levelIds: [...context.levelIds] },
    reminder.periodIndex,
    now,
  );
  // The reporters of the units reminded and of their parents (the copies): not every reporter of the country.
  const reached = new Set<string>();
  for (const unit of missing) {
    reached.add(unit.id);
    if (unit.parentId) reached.add(unit.parentId);
  }
  const reporters: { id: string; unit_id: string }[] = await manager.query(
    `SELECT id, unit_id FROM users WHERE role = 'REPORTER' AND disabled_at IS NULL AND unit_id = ANY ($1::uuid[])`,
    [[...reached]],
  );
  const reportersByUnit = new Map<string, string[]>();
  for (const reporter of reporters) {
    reportersByUnit.set(reporter.unit_id, [...(reportersByUnit.get(reporter.unit_id) ?? []), reporter.id]);
  }
  const recipients = reminderRecipients(
    missing.map((unit) => ({
      unitId: unit.id,
      parentId: unit.parentId,
      copyParent: copyLevels.includes(unit.levelKey),
    })),
    (unitId) => reportersByUnit.get(unitId) ?? [],
  );
  const period = context.periods[reminder.periodIndex - 1];
  const [send]: { id: string }[] = await manager.query(
    `INSERT INTO reminder_sends (campaign_id, period_index, offset_minutes, due_at, sent_at, unit_count, recipient_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (campaign_id, period_index, offset_minutes) DO NOTHING RETURNING id`,
    [campaignId, reminder.periodIndex, reminder.offsetMinutes, period.dueAt, now, missing.length, recipients.size],
  );
  if (!send || !recipients.size) return;
  const nameOf = new Map(missing.map((unit) => [unit.id, unit.name]));
  const people = [...recipients.entries()];
  const texts = people.map(([, units]) =>
    reminderText({
      campaignName: context.campaign.name,
      periodIndex: reminder.periodIndex,
      dueAt: period.dueAt,
      timeZone: context.campaign.timeZone,
      overdue: reminder.offsetMinutes > 0,
      unitNames: units.map((id) => nameOf.get(id) ?? id),
    }),
  );
  await manager.query(
    `INSERT INTO reminder_recipients (send_id, user_id, unit_ids, title, body)
     SELECT $1, person, string_to_array(units, ',')::uuid[], title, body
     FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[]) AS r(person, units, title, body)`,
    [
      send.id,
      people.map(([person]) => person),
      people.map(([, units]) => units.join(',')),
      texts.map((t) => JSON.stringify(t.title)),
      texts.map((t) => JSON.stringify(t.body)),
    ],
  );
  await manager.query(
    `INSERT INTO notifications (user_id, kind, title, body, link, created_at)
     SELECT person, 'REMINDER', title, body, '/report', $4 FROM unnest($1::uuid[], $2::jsonb[], $3::jsonb[]) AS n(person, title, body)`,
    [
      people.map(([person]) => person),
      texts.map((t) => JSON.stringify(t.title)),
      texts.map((t) => JSON.stringify(t.body)),
      now,
    ],
  );
  if (!jobs) return; // (the demo's past reminders: none was emailed)
  const emailed: { user_id: string }[] = await manager.query(
    `SELECT id AS user_id FROM users WHERE id = ANY ($1::uuid[]) AND NOT ('REMINDER' = ANY (email_opt_out))`,
    [people.map(([person]) => person)],
  );
  await jobs.sendMany(
    EMAIL_REMINDER,
    emailed.map(({ user_id }) => ({ data: { sendId: send.id, userId: user_id }, key: `${send.id}:${user_id}` })),
    manager,
  );
}
