import type { DataSource } from 'typeorm';
import type { JobDefinition, JobQueue } from '../../foundation/jobs/job-queue';
import type { Mailer } from '../../foundation/mail/mailer';
import { weeklyReportWorkbook } from './weekly-report.export';
import { WeeklyReportService, type WeeklyReportData } from './weekly-report.service';
import { CLOSE_DUE_PERIODS, EMAIL_WEEKLY_REPORT, closeDuePeriods } from './period-close';

/** A rate in percent (0–100), the Vietnamese way: 68,25%. */
const percent = (rate: number | null) =>
  rate === null ? '—' : `${rate.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
const LISTED = 15;

/** The email's body: the reporting rate, each level against its targets, who is late or missing, who moved most. */
export function weeklyReportSummary(report: WeeklyReportData): string {
  const lines = [report.heading.subtitle, ''];
  const units = report.levels.reduce((sum, level) => sum + level.cohortSize, 0);
  const missing = report.missingUnits.length;
  lines.push(
    `Tỷ lệ đơn vị đã báo cáo: ${units - missing}/${units} (${percent(units ? (100 * (units - missing)) / units : null)}); ` +
      `trễ hạn: ${report.lateUnits.length}; chưa nộp: ${missing}.`,
    '',
  );
  for (const level of report.summary.filter((row) => row.level)) {
    const figures = level.indicators.map(
      (figure) =>
        `${figure.indicator.name} ${percent(figure.rate)}` +
        (figure.target === null ? '' : ` (chỉ tiêu ${percent(figure.target)}${figure.met ? ', đạt' : ', chưa đạt'})`),
    );
    lines.push(`${level.level?.name}: ${figures.join('; ')}.`);
  }
  const named = (rows: { unit: { name: string } }[]) =>
    rows
      .slice(0, LISTED)
      .map((row) => row.unit.name)
      .join(', ') + (rows.length > LISTED ? ` và ${rows.length - LISTED} đơn vị khác` : '');
  if (missing) lines.push('', `Chưa nộp báo cáo: ${named(report.missingUnits)}.`);
  if (report.lateUnits.length) lines.push(`Nộp trễ hạn: ${named(report.lateUnits)}.`);
  const movers = report.levels
    .flatMap((level) => level.rows.filter((row) => row.movement !== null && row.movement !== 0))
    .sort((a, b) => Math.abs(b.movement as number) - Math.abs(a.movement as number))
    .slice(0, 5);
  if (movers.length) {
    lines.push(
      '',
      'Thay đổi thứ hạng lớn nhất: ' +
        movers
          .map(
            (row) => `${row.unit.name} ${(row.movement as number) > 0 ? '↑' : '↓'}${Math.abs(row.movement as number)}`,
          )
          .join(', ') +
        '.',
    );
  }
  lines.push('', 'Báo cáo đầy đủ trong tệp đính kèm.');
  return lines.join('\n');
}

/**
 * Emails one period's weekly report (the XLSX the app exports, the summary in the body) to the recipients queued
 * with it. Sent once: a sent report is not sent again when the job runs twice.
 */
export function emailWeeklyReportJob(
  dataSource: DataSource,
  mailer: Mailer | null,
): JobDefinition<{ campaignId: string; period: number }> {
  return {
    name: EMAIL_WEEKLY_REPORT,
    retryLimit: 8,
    retryDelaySeconds: 30,
    expireInSeconds: 300,
    async run({ campaignId, period }, { lastAttempt }) {
      const [send]: { recipients: string[]; sent_at: Date | null }[] = await dataSource.query(
        `SELECT recipients, sent_at FROM weekly_report_sends WHERE campaign_id = $1 AND period_index = $2`,
        [campaignId, period],
      );
      if (!send || send.sent_at) return;
      const mark = (error: string | null) =>
        dataSource.query(
          `UPDATE weekly_report_sends SET sent_at = CASE WHEN $3::text IS NULL THEN now() END, error = $3
           WHERE campaign_id = $1 AND period_index = $2`,
          [campaignId, period, error?.slice(0, 500) ?? null],
        );
      if (!mailer) return void (await mark('no SMTP server configured (SMTP_URL)'));
      const report = await new WeeklyReportService(dataSource).weeklyReport({ campaignId, period }, new Date());
      const xlsx = Buffer.from(await weeklyReportWorkbook(report).xlsx.writeBuffer());
      try {
        await mailer.send({
          to: send.recipients.join(', '),
          subject: `Báo cáo tuần kỳ ${period} — ${report.campaign.name}`,
          text: weeklyReportSummary(report),
          attachments: [
            {
              filename: `bao-cao-tuan-ky-${period}.xlsx`,
              content: xlsx,
              contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
          ],
        });
      } catch (error) {
        if (lastAttempt) await mark(error instanceof Error ? error.message : String(error));
        throw error;
      }
      await mark(null);
    },
  };
}

/** Every minute: close the periods come due (pg-boss's cron). */
export function closeDuePeriodsJob(dataSource: DataSource, jobs: JobQueue): JobDefinition<object> {
  return {
    name: CLOSE_DUE_PERIODS,
    cron: '* * * * *',
    retryLimit: 0,
    retryDelaySeconds: 0,
    expireInSeconds: 300,
    async run() {
      await closeDuePeriods(dataSource, jobs, new Date());
    },
  };
}
