/** What the composition root uses of the weekly report's delivery; everything else in this folder is its own. */
export { closeDuePeriods } from './period-close';
export { closeDuePeriodsJob, emailWeeklyReportJob } from './weekly-report-mail';
export { WeeklyReportMailingResolver } from './weekly-report-mailing';
