import { validateReminderOffsets } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { recordAudit } from '../../foundation/audit/audit.service';
import { fail, fromDomainErrors, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { msg } from '../../foundation/i18n/message';
import { loadCampaignContext, unknownCampaign } from '../campaigns';
import { CampaignRemindersEntity } from './campaign-reminders.entity';
import type { CampaignReminders, ReminderSend, SetCampaignRemindersInput } from './reminder.type';

export class RemindersService {
  constructor(private readonly dataSource: DataSource) {}

  async of(campaignId: string): Promise<CampaignReminders> {
    const settings = await this.dataSource.getRepository(CampaignRemindersEntity).findOneBy({ campaignId });
    return {
      offsetsMinutes: settings?.offsetsMinutes ?? [],
      copyToParentLevelKeys: settings?.copyToParentLevelKeys ?? [],
      recentSends: await this.recentSends(campaignId),
    };
  }

  private async recentSends(campaignId: string): Promise<ReminderSend[]> {
    const rows: {
      period_index: number;
      offset_minutes: number;
      due_at: Date;
      sent_at: Date;
      unit_count: number;
      recipient_count: number;
      emailed: number;
    }[] = await this.dataSource.query(
      `SELECT s.period_index, s.offset_minutes, s.due_at, s.sent_at, s.unit_count, s.recipient_count,
         (SELECT count(*)::int FROM reminder_recipients rr WHERE rr.send_id = s.id AND rr.emailed_at IS NOT NULL) AS emailed
       FROM reminder_sends s WHERE s.campaign_id = $1 ORDER BY s.sent_at DESC, s.due_at DESC, s.offset_minutes DESC
       LIMIT 20`,
      [campaignId],
    );
    return rows.map((row) => ({
      periodIndex: row.period_index,
      offsetMinutes: row.offset_minutes,
      dueAt: new Date(row.due_at),
      sentAt: new Date(row.sent_at),
      unitCount: row.unit_count,
      recipientCount: row.recipient_count,
      emailedCount: row.emailed,
    }));
  }

  /**
   * Sets when the campaign reminds. Reminders already due are not sent late because of this: the sender starts from
   * now (its mark is moved), so choosing "24 h before" on a Thursday afternoon does not remind of this week at once.
   */
  async set(input: SetCampaignRemindersInput, viewer: Viewer, now: Date): Promise<Outcome<CampaignReminders>> {
    const checked = validateReminderOffsets(input.offsetsMinutes);
    if (!checked.ok) return fail(...fromDomainErrors(checked.errors, ['input']));
    const written = await this.dataSource.transaction(async (manager): Promise<Outcome<string>> => {
      const context = await loadCampaignContext(manager, input.campaignId);
      if (!context) return fail(unknownCampaign(['input', 'campaignId']));
      const copyLevels = [...new Set(input.copyToParentLevelKeys ?? [])];
      const known = new Set(context.levels.map((level) => level.key));
      const unknown = copyLevels.findIndex((key) => !known.has(key));
      if (unknown >= 0)
        return fail(
          userError(
            'LEVEL_NOT_IN_CAMPAIGN',
            ['input', 'copyToParentLevelKeys', String(unknown)],
            msg(
              `The campaign has no level "${copyLevels[unknown]}".`,
              `Chiến dịch không có cấp "${copyLevels[unknown]}".`,
            ),
          ),
        );
      const before = await manager.findOneBy(CampaignRemindersEntity, { campaignId: context.campaign.id });
      await manager.save(
        manager.create(CampaignRemindersEntity, {
          campaignId: context.campaign.id,
          offsetsMinutes: checked.value,
          copyToParentLevelKeys: copyLevels,
          sentUntil: now,
          updatedAt: now,
        }),
      );
      await recordAudit(manager, viewer, {
        action: 'setCampaignReminders',
        entityType: 'Campaign',
        entityId: context.campaign.id,
        before: before
          ? { offsetsMinutes: before.offsetsMinutes, copyToParentLevelKeys: before.copyToParentLevelKeys }
          : null,
        after: { offsetsMinutes: checked.value, copyToParentLevelKeys: copyLevels },
      });
      return succeed(context.campaign.id);
    });
    return written.ok ? succeed(await this.of(written.value)) : written;
  }

  async emailPreferences(userId: string): Promise<{ reminders: boolean }> {
    const [row] = await this.dataSource.query(`SELECT email_opt_out FROM users WHERE id = $1`, [userId]);
    return { reminders: !(row?.email_opt_out ?? []).includes('REMINDER') };
  }

  async setEmailPreferences(userId: string, reminders: boolean): Promise<{ reminders: boolean }> {
    await this.dataSource.query(
      `UPDATE users SET email_opt_out = CASE WHEN $2 THEN array_remove(email_opt_out, 'REMINDER')
         ELSE array_append(array_remove(email_opt_out, 'REMINDER'), 'REMINDER') END WHERE id = $1`,
      [userId, reminders],
    );
    return this.emailPreferences(userId);
  }
}
