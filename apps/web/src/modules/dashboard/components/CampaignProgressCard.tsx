import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { CampaignProgress } from '../utils/campaign-progress';

/** Period x of n, days elapsed and a progress bar. */
export function CampaignProgressCard({ progress, periodCount }: { progress: CampaignProgress; periodCount: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = progress.days > 0 ? (100 * progress.elapsed) / progress.days : 0;
  return (
    <section className="dash-card" aria-labelledby="dash-progress">
      <h3 id="dash-progress">{t('dashboard.progress')}</h3>
      <p className="dash-card__big">
        {t('dashboard.progressText', {
          current: progress.currentPeriod,
          total: periodCount,
          elapsed: progress.elapsed,
          days: progress.days,
        })}
      </p>
      <progress
        className="dash-progress"
        max={progress.days}
        value={progress.elapsed}
        aria-label={t('dashboard.progressLabel', { percent: format.percent(percent, 0) })}
      />
      {progress.state === 'before' && <p className="muted">{t('dashboard.notStarted')}</p>}
      {progress.state === 'ended' && <p className="muted">{t('dashboard.ended')}</p>}
    </section>
  );
}
