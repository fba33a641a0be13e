import { DateTime } from 'luxon';
import { msg, type Message } from '../../foundation/i18n/message';

const LISTED = 10;

/** A reminder's title and body in both languages, the due time in the campaign's zone. */
export function reminderText(input: {
  campaignName: string;
  periodIndex: number;
  dueAt: Date;
  timeZone: string;
  overdue: boolean;
  unitNames: string[];
}): { title: Message; body: Message } {
  const due = DateTime.fromJSDate(input.dueAt, { zone: input.timeZone });
  const dueEn = due.setLocale('en-GB').toFormat('HH:mm, cccc d MMMM');
  const dueVi = due.setLocale('vi').toFormat("HH:mm 'ngày' dd/MM/yyyy");
  const shown = input.unitNames.slice(0, LISTED).join(', ');
  const more = input.unitNames.length - LISTED;
  const title = input.overdue
    ? msg(`Week ${input.periodIndex}'s report is overdue`, `Báo cáo kỳ ${input.periodIndex} đã quá hạn`)
    : msg(
        `Week ${input.periodIndex}'s report is due ${dueEn}`,
        `Nhắc nộp báo cáo kỳ ${input.periodIndex}, hạn ${dueVi}`,
      );
  const unitsEn = more > 0 ? `${shown} and ${more} more` : shown;
  const unitsVi = more > 0 ? `${shown} và ${more} đơn vị khác` : shown;
  const body = input.overdue
    ? msg(
        `${input.campaignName}: not reported yet (due ${dueEn}): ${unitsEn}.`,
        `${input.campaignName}: chưa nộp báo cáo (hạn ${dueVi}): ${unitsVi}.`,
      )
    : msg(
        `${input.campaignName}: still to report before ${dueEn}: ${unitsEn}.`,
        `${input.campaignName}: còn phải nộp báo cáo trước ${dueVi}: ${unitsVi}.`,
      );
  return { title, body };
}
