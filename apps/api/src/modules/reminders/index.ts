/** What the composition root uses of reminders; everything else in this folder is its own. */
export { emailReminderJob } from './reminder-email.job';
export { sendDueRemindersJob } from './send-due-reminders.job';
export { sendDueReminders } from './send-due-reminders';
export { CampaignRemindersResolver, RemindersResolver } from './reminders.resolver';
