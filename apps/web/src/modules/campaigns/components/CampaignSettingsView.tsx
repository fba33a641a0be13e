import { scoringApplies, TIE_BREAK_LABELS } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { capitalized } from './TieBreakList';

/**
 * The campaign's settings for someone who cannot change them (a board member, a viewer, a reporter; anyone once the
 * campaign is closed): plain text in definition lists, not a disabled form.
 */
export function CampaignSettingsView({ campaign }: { campaign: CampaignSettingsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { scoring } = campaign;
  const points = (value: number) => t('campaigns.view.points', { value: format.number(value) });

  return (
    <div className="settings-view">
      <section aria-labelledby="settings-view-general">
        <h3 id="settings-view-general">{t('campaigns.form.general')}</h3>
        <dl className="settings-view__list">
          <dt>{t('campaigns.form.name')}</dt>
          <dd>{campaign.name}</dd>
          <dt>{t('campaigns.columns.dates')}</dt>
          <dd>
            {t('campaigns.dates', { start: format.date(campaign.startDate), end: format.date(campaign.endDate) })}
          </dd>
          <dt>{t('campaigns.view.due')}</dt>
          <dd>
            {t('campaigns.view.dueAt', { weekday: t(`weekdays.${campaign.dueWeekday}`), time: campaign.dueTime })}
          </dd>
          <dt>{t('campaigns.form.timeZone')}</dt>
          <dd>{campaign.timeZone}</dd>
          <dt>{t('campaigns.form.levels')}</dt>
          <dd>{campaign.levels.map((level) => level.name).join(', ')}</dd>
        </dl>
      </section>
      <section aria-labelledby="settings-view-indicators">
        <h3 id="settings-view-indicators">{t('campaigns.form.indicators')}</h3>
        <dl className="settings-view__list">
          {campaign.indicators.map(({ indicator, weight }) => (
            <div key={indicator.id} className="settings-view__pair">
              <dt>{indicator.name}</dt>
              <dd>{t('campaigns.view.weight', { weight: format.number(weight) })}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="settings-view-legend">
        <h3 id="settings-view-legend">{t('campaigns.form.legend')}</h3>
        <dl className="settings-view__list">
          {campaign.legend.map((legendClass) => (
            <div key={legendClass.code} className="settings-view__pair">
              <dt>{legendClass.name}</dt>
              <dd>{t('campaigns.view.fromScore', { score: format.number(legendClass.minScore) })}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="settings-view-scoring">
        <h3 id="settings-view-scoring">{t('campaigns.form.scoring.title')}</h3>
        {!scoringApplies(scoring) ? (
          <p>{t('campaigns.form.scoring.offNote')}</p>
        ) : (
          <dl className="settings-view__list">
            <dt>{t('campaigns.form.scoring.bonusMax')}</dt>
            <dd>{points(scoring.bonusMax)}</dd>
            <dt>{t('campaigns.form.scoring.bonusFullAt')}</dt>
            <dd>{format.number(scoring.bonusFullAt)}</dd>
            <dt>{t('campaigns.form.scoring.penaltyPerLate')}</dt>
            <dd>{points(scoring.penaltyPerLate)}</dd>
            <dt>{t('campaigns.form.scoring.penaltyPerMissing')}</dt>
            <dd>{points(scoring.penaltyPerMissing)}</dd>
            <dt>{t('campaigns.form.scoring.penaltyMax')}</dt>
            <dd>{scoring.penaltyMax === null ? t('campaigns.form.scoring.noCap') : points(scoring.penaltyMax)}</dd>
            <dt>{t('campaigns.form.scoring.tieBreaks')}</dt>
            <dd>
              {scoring.tieBreaks.length === 0 ? (
                t('campaigns.form.scoring.noTieBreaks')
              ) : (
                <ol>
                  {scoring.tieBreaks.map((criterion) => (
                    <li key={criterion}>{capitalized(TIE_BREAK_LABELS[criterion][format.lang], format.lang)}</li>
                  ))}
                </ol>
              )}
            </dd>
          </dl>
        )}
      </section>
    </div>
  );
}
