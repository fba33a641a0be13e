import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeReviewProgressFragment } from '../../../generated/graphql';
import { pendingProposals, reviewsInProgress } from '../utils/review-progress';
import { CardEmpty, HomeCard } from './HomeCard';

/**
 * The reviews not finalized yet, each with how many proposals are still to be decided and a link straight into it:
 * the board's waiting work, the admin's reviews in progress.
 */
export function ReviewsCard({
  campaignId,
  reviews,
  title,
  empty,
}: {
  campaignId: string;
  reviews: readonly HomeReviewProgressFragment[];
  title: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const open = reviewsInProgress(reviews);
  return (
    <HomeCard
      titleId="home-reviews-title"
      title={title}
      action={<Link to={`/campaigns/${campaignId}/reviews`}>{t('home.board.allReviews')}</Link>}
    >
      {open.length ? (
        <ul className="home-list">
          {open.map((review) => {
            const pending = pendingProposals(review);
            const total = review.proposals.length;
            return (
              <li key={review.id} className="home-list__row home-review">
                <span className="home-list__name">
                  <Link to={`/campaigns/${campaignId}/reviews/${review.id}`}>{review.name}</Link>
                  <span className="home-review__meta">
                    {t('home.review.meta', { period: review.asOfPeriod })} ·{' '}
                    {!total
                      ? t('home.review.none')
                      : pending
                        ? t('home.review.pending', { pending, total })
                        : t('home.review.allDecided', { total })}
                  </span>
                </span>
                <span className={`home-count${pending ? ' home-count--pending' : ''}`} aria-hidden="true">
                  {pending}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <CardEmpty>{empty}</CardEmpty>
      )}
    </HomeCard>
  );
}
