import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import type { CampaignRemindersQuery as Reminders } from '../../../generated/graphql';
import { useOffsetWords } from './RemindersEditor';

type RecentSend = NonNullable<Reminders['campaign']>['reminders']['recentSends'][number];

export function RecentReminderSends({ sends, timeZone }: { sends: RecentSend[]; timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useOffsetWords();
  const id = useId();
  const caption = t('reminders.sendsCaption', { count: sends.length });
  return (
    <section aria-labelledby={`${id}-sends`} className="reminders-sends">
      <h3 id={`${id}-sends`}>{t('reminders.sendsTitle')}</h3>
      {sends.length === 0 ? (
        <p className="state">{t('reminders.sendsEmpty')}</p>
      ) : (
        <ScrollBox className="table-wrap" label={caption}>
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reminders.columns.period')}</th>
                <th scope="col">{t('reminders.columns.reminder')}</th>
                <th scope="col">{t('reminders.columns.sentAt')}</th>
                <th scope="col" className="num">
                  {t('reminders.columns.units')}
                </th>
                <th scope="col" className="num">
                  {t('reminders.columns.recipients')}
                </th>
                <th scope="col" className="num">
                  {t('reminders.columns.emailed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sends.map((send) => (
                <tr key={`${send.periodIndex}:${send.offsetMinutes}:${send.sentAt}`}>
                  <td>{t('reminders.periodNumber', { index: send.periodIndex })}</td>
                  <td>{words(send.offsetMinutes)}</td>
                  <td>{format.dateTime(send.sentAt, timeZone)}</td>
                  <td className="num">{format.number(send.unitCount)}</td>
                  <td className="num">{format.number(send.recipientCount)}</td>
                  <td className="num">{format.number(send.emailedCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
