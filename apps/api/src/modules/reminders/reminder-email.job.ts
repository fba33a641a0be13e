import type { DataSource } from 'typeorm';
import type { JobDefinition } from '../../foundation/jobs/job-queue';
import type { Mailer } from '../../foundation/mail/mailer';
import { localize, type Message } from '../../foundation/i18n/message';
import { EMAIL_REMINDER } from './send-due-reminders';

export interface EmailReminderData {
  sendId: string;
  userId: string;
}

/**
 * Emails one person the reminder their notification holds (Vietnamese first, English below). Sent once: a person
 * already emailed is skipped, so a job run twice sends nothing twice (only a crash between the SMTP server's
 * acceptance and the mark below could repeat one, the price of at-least-once delivery). Without SMTP settings the
 * reminder stays in the app, and why is recorded.
 */
export function emailReminderJob(dataSource: DataSource, mailer: Mailer | null): JobDefinition<EmailReminderData> {
  return {
    name: EMAIL_REMINDER,
    retryLimit: 8,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    async run({ sendId, userId }, { lastAttempt }) {
      const [row]: { email: string; title: Message; body: Message; emailed_at: Date | null }[] = await dataSource.query(
        `SELECT u.email, rr.title, rr.body, rr.emailed_at
         FROM reminder_recipients rr JOIN users u ON u.id = rr.user_id
         WHERE rr.send_id = $1 AND rr.user_id = $2`,
        [sendId, userId],
      );
      if (!row || row.emailed_at) return;
      if (!mailer) {
        await markError(dataSource, sendId, userId, 'no SMTP server configured (SMTP_URL)');
        return;
      }
      try {
        await mailer.send({
          to: row.email,
          subject: `${localize(row.title, 'vi')} — ThiĐua`,
          text: `${localize(row.body, 'vi')}\n\n— \n${localize(row.title, 'en')}\n${localize(row.body, 'en')}\n`,
        });
      } catch (error) {
        if (lastAttempt)
          await markError(dataSource, sendId, userId, error instanceof Error ? error.message : String(error));
        throw error;
      }
      await dataSource.query(
        `UPDATE reminder_recipients SET emailed_at = now(), email_error = NULL WHERE send_id = $1 AND user_id = $2`,
        [sendId, userId],
      );
    },
  };
}

async function markError(dataSource: DataSource, sendId: string, userId: string, error: string): Promise<void> {
  await dataSource.query(`UPDATE reminder_recipients SET email_error = $3 WHERE send_id = $1 AND user_id = $2`, [
    sendId,
    userId,
    error.slice(0, 500),
  ]);
}
