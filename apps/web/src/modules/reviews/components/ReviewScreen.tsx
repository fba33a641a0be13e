import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ReviewQuery } from '../graphql/queries/review';
import { AddProposalDialog } from './AddProposalDialog';
import { FinalizeReviewDialog } from './FinalizeReviewDialog';
import { ProposalGroups } from './ProposalGroups';
import { ReviewRankings } from './ReviewRankings';
import type { ReviewCampaign } from './types';

/** One review: its frozen rankings, the proposals to decide, and finalization. */
export function ReviewScreen({ campaign, canDecide }: { campaign: ReviewCampaign; canDecide: boolean }) {
  const { reviewId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [dialog, setDialog] = useState<'add' | 'finalize' | null>(null);
  const [notice, setNotice] = useState('');
  const { data, error, refetch } = useQuery(ReviewQuery, { variables: { id: reviewId } });
  const review = data?.review;

  if (!data) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;
  if (!review) return <p className="state">{t('notFound.title')}</p>;

  const finalized = review.status === 'FINALIZED';
  const editable = canDecide && !finalized;
  const pending = review.proposals.filter((proposal) => proposal.decision === 'PENDING').length;

  return (
    <section aria-labelledby="review-title" className="review-screen">
      <p className="back-link">
        <Link to={`/campaigns/${campaign.id}/reviews`}>← {t('reviews.back')}</Link>
      </p>
      <div className="reviews-heading">
        <h2 id="review-title">{review.name}</h2>
        <span className={`review-status review-status--${review.status.toLowerCase()}`}>
          {t(`reviews.status.${review.status}`)}
        </span>
      </div>
      <p className="muted">
        {t('reviews.screen.meta', {
          period: review.asOfPeriod,
          targetSet: review.targetSet.name,
          createdAt: format.dateTime(review.createdAt, campaign.timeZone),
        })}
      </p>
      {finalized && review.decisionNumber && review.decisionDate && (
        <p className="review-finalized">
          {t('reviews.screen.finalized', { number: review.decisionNumber, date: format.date(review.decisionDate) })}{' '}
          {t('reviews.screen.readOnly')}
        </p>
      )}
      <p className="notice" role="status">
        {notice}
      </p>
      <div className="review-toolbar">
        <Link className="button" to="decision-list">
          {t('reviews.screen.decisionList')}
        </Link>
        {editable && (
          <>
            <button type="button" className="button" onClick={() => setDialog('add')}>
              {t('reviews.screen.addProposal')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setDialog('finalize')}>
              {t('reviews.screen.finalize')}
            </button>
          </>
        )}
      </div>

      <section aria-labelledby="review-proposals">
        <h3 id="review-proposals">{t('reviews.screen.proposals')}</h3>
        {!finalized && (
          <p className="muted">
            {pending ? t('reviews.screen.pendingCount', { count: pending }) : t('reviews.screen.allDecided')}
          </p>
        )}
        <ProposalGroups campaignId={campaign.id} review={review} editable={editable} timeZone={campaign.timeZone} />
      </section>

      <ReviewRankings review={review} />

      {dialog === 'add' && (
        <AddProposalDialog
          review={review}
          onClose={() => setDialog(null)}
          onAdded={(unit) => {
            setDialog(null);
            setNotice(t('reviews.addDialog.added', { unit }));
            void refetch();
          }}
        />
      )}
      {dialog === 'finalize' && (
        <FinalizeReviewDialog
          reviewId={review.id}
          onClose={() => setDialog(null)}
          onFinalized={() => {
            // The finalized banner says it; no second notice.
            setDialog(null);
            setNotice('');
            void refetch();
          }}
        />
      )}
    </section>
  );
}
