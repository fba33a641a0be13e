import { buildPeriods, remindersBetween } from '@thidua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { sendDueReminders } from '../../modules/reminders';

/** The demo campaign's reminders: a day and two hours before each Friday 16:00, and an hour after it. */
export const DEMO_REMINDER_OFFSETS = [-1440, -120, 60];

/**
 * The demo's follow-up set-up: the campaign's reminders (communes' copied to their district), and one webhook
 * endpoint for the province's public-service portal, disabled by its admin (the demo starts no receiver, so it has
 * no deliveries to show).
 */
export async function insertDemoFollowUp(manager: EntityManager, campaign: CampaignEntity): Promise<void> {
  await manager.query(
    `INSERT INTO campaign_reminders (campaign_id, offsets_minutes, copy_to_parent_level_keys, sent_until)
     VALUES ($1, $2, '{commune}', $3)`,
    [campaign.id, DEMO_REMINDER_OFFSETS, new Date(`${campaign.startDate}T00:00:00Z`)],
  );
  await manager.query(
    `INSERT INTO webhook_endpoints (url, description, event_types, secret, enabled, disabled_reason)
     VALUES ('https://dichvucong.camau.gov.vn/thidua/webhook', 'Cổng dịch vụ công tỉnh (ví dụ)',
       '{report.submitted,report.revised,review.finalized}', $1, false, 'BY_ADMIN')`,
    ['whsec_' + Buffer.from('thidua-demo-secret-not-for-use!!').toString('base64')],
  );
}

/**
 * The reminders the campaign sent over its eleven weeks, each at its own instant, naming the units that had not
 * reported by then (in the app: the past emails are not re-sent). Run once the reports are written.
 */
export async function sendDemoReminders(dataSource: DataSource, campaign: CampaignEntity): Promise<number> {
  const periods = buildPeriods(campaign);
  const from = new Date(`${campaign.startDate}T00:00:00Z`);
  const to = periods[periods.length - 1].dueAt;
  let sent = 0;
  for (const reminder of remindersBetween(
    periods,
    DEMO_REMINDER_OFFSETS,
    from,
    new Date(to.getTime() + 7 * 24 * 3600_000),
  )) {
    sent += await sendDueReminders(dataSource, null, reminder.sendAt);
  }
  return sent;
}
