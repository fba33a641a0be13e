import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ReviewsQuery } from '../graphql/queries/reviews';
import { CreateReviewDialog } from './CreateReviewDialog';
import type { ReviewCampaign } from './types';

export function ReviewList({ campaign, canDecide }: { campaign: ReviewCampaign; canDecide: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(ReviewsQuery, {
    variables: { campaignId: campaign.id },
    fetchPolicy: 'cache-and-network',
  });
  const reviews = data?.reviews;

  return (
    <section aria-labelledby="reviews-title">
      <div className="reviews-heading">
        <h2 id="reviews-title">{t('reviews.title')}</h2>
        {canDecide && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('reviews.create')}
          </button>
        )}
      </div>
      <p className="muted">{t('reviews.intro')}</p>
      {!reviews ? (
        error ? (
          <ListError error={error} onRetry={refetch} />
        ) : (
          <ListLoading />
        )
      ) : !reviews.length ? (
        <p className="state">{t('reviews.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('reviews.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reviews.columns.name')}</th>
                <th scope="col">{t('reviews.columns.period')}</th>
                <th scope="col">{t('reviews.columns.targetSet')}</th>
                <th scope="col">{t('reviews.columns.proposals')}</th>
                <th scope="col">{t('reviews.columns.status')}</th>
                <th scope="col">{t('reviews.columns.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id}>
                  <th scope="row">
                    <Link to={review.id}>{review.name}</Link>
                  </th>
                  <td>{review.asOfPeriod}</td>
                  <td>{review.targetSet.name}</td>
                  <td>
                    {t('reviews.proposalCount', {
                      decided: review.proposals.filter((proposal) => proposal.decision !== 'PENDING').length,
                      total: review.proposals.length,
                    })}
                  </td>
                  <td>
                    <span className={`review-status review-status--${review.status.toLowerCase()}`}>
                      {t(`reviews.status.${review.status}`)}
                    </span>
                  </td>
                  <td>
                    {review.decisionNumber && review.decisionDate
                      ? t('reviews.decisionRef', {
                          number: review.decisionNumber,
                          date: format.date(review.decisionDate),
                        })
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <CreateReviewDialog
          campaign={campaign}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void refetch();
            navigate(id);
          }}
        />
      )}
    </section>
  );
}
