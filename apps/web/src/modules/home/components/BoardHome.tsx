import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { HomeBoardReviewsQuery } from '../graphql/queries/board-reviews';
import { HomeStandingsQuery } from '../graphql/queries/standings';
import { ReviewsCard } from './ReviewsCard';
import { StandingsCard } from './StandingsCard';

/**
 * A board member's week: the reviews waiting for a decision, and the current standings of each level. Two requests
 * sent together: a campaign the rankings refuse (no target set yet) must not hide the reviews.
 */
export function BoardHome({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const reviews = useQuery(HomeBoardReviewsQuery, { variables: { campaignId } });
  const standings = useQuery(HomeStandingsQuery, { variables: { campaignId } });
  return (
    <div className="home-grid">
      {reviews.data ? (
        <ReviewsCard
          campaignId={campaignId}
          reviews={reviews.data.reviews}
          title={t('home.board.reviewsTitle')}
          empty={t('home.board.noReviews')}
        />
      ) : reviews.error ? (
        <ListError error={reviews.error} onRetry={reviews.refetch} />
      ) : (
        <ListLoading />
      )}
      <StandingsCard
        campaignId={campaignId}
        report={standings.data?.weeklyReport}
        error={standings.error}
        onRetry={standings.refetch}
      />
    </div>
  );
}
