import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';

/** The reporting weeks with their due date and time in the campaign's zone (never the browser's). */
export function PeriodCalendar({ campaign }: { campaign: Pick<CampaignSettingsFragment, 'periods' | 'timeZone'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="periods-title">
      <h2 id="periods-title">{t('periods.title')}</h2>
      <p className="muted">{t('periods.intro', { zone: campaign.timeZone })}</p>
      {campaign.periods.length === 0 ? (
        <p className="state">{t('periods.empty')}</p>
      ) : (
        <ScrollBox className="table-wrap" label={t('periods.caption', { count: campaign.periods.length })}>
          <table className="data-table periods-table">
            <caption className="visually-hidden">{t('periods.caption', { count: campaign.periods.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('periods.columns.index')}
                </th>
                <th scope="col">{t('periods.columns.start')}</th>
                <th scope="col">{t('periods.columns.end')}</th>
                <th scope="col">{t('periods.columns.due')}</th>
              </tr>
            </thead>
            <tbody>
              {campaign.periods.map((period) => (
                <tr key={period.index}>
                  <th scope="row" className="num">
                    {format.number(period.index)}
                  </th>
                  <td>{format.date(period.startDate)}</td>
                  <td>{format.date(period.endDate)}</td>
                  <td>{format.weekdayDateTime(period.dueAt, campaign.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
