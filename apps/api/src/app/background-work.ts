import type { DataSource } from 'typeorm';
import type { Logger } from '../foundation/config/logger';
import { JobQueue } from '../foundation/jobs/job-queue';
import type { Mailer } from '../foundation/mail/mailer';
import { emailReminderJob, sendDueRemindersJob } from '../modules/reminders';
import { CHECK_RANKINGS, checkRankingsJob } from '../modules/rankings';
import { closeDuePeriodsJob, emailWeeklyReportJob } from '../modules/weekly-report';
import { deliverWebhookJob, EventDispatcher, type WebhookSettings } from '../modules/webhooks';

export interface BackgroundWorkOptions {
  /** Take and run jobs in this process (the server on the embedded database, `npm run worker`); false: only send. */
  work: boolean;
  webhooks: WebhookSettings;
  /** Where reminder emails go; null: reminders reach people in the app only. */
  mailer?: Mailer | null;
  /**
   * Every minute (pg-boss's cron), send the reminders and close the periods come due; tests call sendDueReminders
   * and closeDuePeriods themselves. Default true.
   */
  clock?: boolean;
  /** How often idle workers look for jobs and the dispatcher for new events (default 1 s). */
  pollingIntervalSeconds?: number;
}

/** A burst of reports is ranked again once, this long after its start. */
const RANKING_CHECK_SECONDS = 10;

export interface BackgroundWork {
  jobs: JobQueue;
  dispatcher: EventDispatcher;
  stop(): Promise<void>;
}

/**
 * The job queue with every kind of job defined, started; when `work` is set, also the workers and the dispatcher
 * that turns the outbox's events into webhook deliveries.
 */
export async function startBackgroundWork(
  dataSource: DataSource,
  options: BackgroundWorkOptions,
  log: Logger,
): Promise<BackgroundWork> {
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  const jobs = new JobQueue(dataSource, { pollingIntervalSeconds, batchSize: 10 }, log);
  jobs.define(deliverWebhookJob(dataSource, options.webhooks));
  jobs.define(emailReminderJob(dataSource, options.mailer ?? null));
  jobs.define(emailWeeklyReportJob(dataSource, options.mailer ?? null));
  jobs.define(checkRankingsJob(dataSource));
  for (const clocked of [sendDueRemindersJob(dataSource, jobs), closeDuePeriodsJob(dataSource, jobs)]) {
    jobs.define(options.clock === false ? { ...clocked, cron: undefined } : clocked);
  }
  await jobs.start();
  const dispatcher = new EventDispatcher(dataSource, jobs, log, async (manager, events) => {
    // Figures changed or a period closed: compare the campaign's rankings, at most once per 10 s per campaign.
    const campaigns = new Set(
      events
        .filter((event) => event.type.startsWith('report.') || event.type === 'period.closed')
        .map((event) => String(event.data.campaignId)),
    );
    for (const campaignId of campaigns) {
      await jobs.sendDebounced(CHECK_RANKINGS, { campaignId }, RANKING_CHECK_SECONDS, campaignId, manager);
    }
  });
  if (options.work) {
    await jobs.work();
    dispatcher.start(pollingIntervalSeconds * 1000);
  }
  return {
    jobs,
    dispatcher,
    async stop() {
      await dispatcher.stop();
      await jobs.stop();
    },
  };
}
