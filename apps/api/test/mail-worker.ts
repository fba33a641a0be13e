import pino from 'pino';
import type { DataSource } from 'typeorm';
import { startBackgroundWork, type BackgroundWork } from '../src/app/background-work';
import { createMailer } from '../src/foundation/mail/mailer';
import { DEFAULT_WEBHOOK_SETTINGS } from '../src/modules/webhooks';

/**
 * A worker as `npm run worker` runs one, emailing through the test's SMTP server, without the clocks (a test says
 * when reminders and period ends are due) and polling every half second.
 */
export function startMailWorker(dataSource: DataSource, smtpUrl: string): Promise<BackgroundWork> {
  return startBackgroundWork(
    dataSource,
    {
      work: true,
      webhooks: DEFAULT_WEBHOOK_SETTINGS,
      mailer: createMailer({ smtpUrl, from: 'ThiĐua <thidua@camau.demo>' }),
      clock: false,
      pollingIntervalSeconds: 0.5,
    },
    pino({ level: 'silent' }),
  );
}
