import type { Strings } from './strings';
import type { backgroundJobsVi } from './background-jobs.vi';

/** English strings of the background jobs table (on the webhooks page). */
export const backgroundJobsEn: Strings<typeof backgroundJobsVi> = {
  backgroundJobs: {
    title: 'Background jobs',
    intro: 'The queues that deliver webhooks and emails, and the clocks that send reminders and close periods.',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    caption: 'State of the background job queues',
    empty: 'No queues',
    queues: {
      webhooksDeliver: 'Webhook delivery',
      remindersEmail: 'Report reminder emails',
      weeklyReportEmail: 'Weekly report emails',
      remindersSendDue: 'Reminder clock (every minute)',
      periodsCloseDue: 'Closing report periods (every minute)',
      rankingsCheck: 'Ranking comparison (ranking.changed events)',
    },
    columns: {
      queue: 'Queue',
      waiting: 'Waiting',
      retrying: 'Retrying',
      active: 'Running',
      completed: 'Completed',
      failed: 'Failed',
    },
    failures_other: 'Latest {{count, number}} failures',
    failures_one: 'Latest failure',
    failedAt: 'Failed at {{when}} after {{attempts, number}} attempts',
  },
};
