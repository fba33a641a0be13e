import type { DataSource } from 'typeorm';
import type { JobDefinition, JobQueue } from '../../foundation/jobs/job-queue';
import { SEND_DUE_REMINDERS, sendDueReminders } from './send-due-reminders';

/** Every minute (pg-boss's cron, kept in the database: one run per minute whatever the number of workers). */
export function sendDueRemindersJob(dataSource: DataSource, jobs: JobQueue): JobDefinition<object> {
  return {
    name: SEND_DUE_REMINDERS,
    cron: '* * * * *',
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 300,
    async run() {
      await sendDueReminders(dataSource, jobs, new Date());
    },
  };
}
