import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ReviewQuery } from '../graphql/queries/review';
import { ReviewProposalsQuery } from '../graphql/queries/review-proposals';
import { AddProposalDialog } from './AddProposalDialog';
import { FinalizeReviewDialog } from './FinalizeReviewDialog';
import { ProposalWorkspace } from './ProposalWorkspace';
import { ReviewComparison } from './ReviewComparison';
import { ReviewMeta } from './ReviewMeta';
import { ReviewRankings } from './ReviewRankings';
import type { ReviewCampaign } from './types';
import './workspace.css';

/** One review: what it is about, the proposals to decide, its frozen rankings, and finalization. */
export function ReviewScreen({ campaign, canDecide }: { campaign: ReviewCampaign; canDecide: boolean }) {
  const { reviewId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [dialog, setDialog] = useState<'add' | 'finalize' | null>(null);
  const [notice, setNotice] = useState('');
  const { data, error, refetch } = useQuery(ReviewQuery, { variables: { id: reviewId } });
  const language = format.lang === 'en' ? 'EN' : 'VI';
  const proposalsQuery = useQuery(ReviewProposalsQuery, { variables: { id: reviewId, language } });
  const reloadProposals = () => void proposalsQuery.refetch().catch(() => undefined);
  const review = data?.review;
  const proposals = proposalsQuery.data?.review?.proposals;

  if (!data) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;
  if (!review) return <p className="state">{t('notFound.title')}</p>;

  const finalized = review.status === 'FINALIZED';
  const editable = canDecide && !finalized;

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
      <ReviewMeta review={review} campaign={campaign} />
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

      <ReviewComparison reviewId={review.id} />

      <section aria-labelledby="review-proposals">
        <h3 id="review-proposals">{t('reviews.screen.proposals')}</h3>
        {proposals ? (
          <ProposalWorkspace
            review={review}
            proposals={proposals}
            campaignId={campaign.id}
            timeZone={campaign.timeZone}
            editable={editable}
            onChanged={reloadProposals}
          />
        ) : proposalsQuery.error ? (
          <ListError error={proposalsQuery.error} onRetry={proposalsQuery.refetch} />
        ) : (
          <ListLoading />
        )}
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
            reloadProposals();
          }}
        />
      )}
      {dialog === 'finalize' && (
        <FinalizeReviewDialog
          reviewId={review.id}
          proposals={proposals}
          onConflictsChanged={reloadProposals}
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
