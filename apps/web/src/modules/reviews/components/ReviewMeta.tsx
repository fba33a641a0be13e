import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReviewCampaign, ReviewDetail } from './types';

/** What the review is about (its period, with the period's dates) apart from when it was made. */
export function ReviewMeta({ review, campaign }: { review: ReviewDetail; campaign: ReviewCampaign }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = campaign.periods.find((candidate) => candidate.index === review.asOfPeriod);
  return (
    <p className="review-meta">
      <span>
        {period
          ? t('reviews.screen.period', {
              period: review.asOfPeriod,
              start: format.date(period.startDate),
              end: format.date(period.endDate),
            })
          : t('reviews.screen.periodOnly', { period: review.asOfPeriod })}
      </span>
      <span>{t('reviews.screen.targetSet', { name: review.targetSet.name })}</span>
      <span className="muted">
        {t('reviews.screen.created', { date: format.date(review.createdAt, campaign.timeZone) })}
      </span>
    </p>
  );
}
