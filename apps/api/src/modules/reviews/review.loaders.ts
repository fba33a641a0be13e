import DataLoader from 'dataloader';
import { loadById, loadGroupedBy, type LoaderDefinition } from '../../foundation/database/request-loaders';
import { ProposalEntity, ReviewEntity } from './review.entity';

export const reviewById = loadById(ReviewEntity);
export const proposalsByReviewId = loadGroupedBy(ProposalEntity, 'reviewId', { outcome: 'ASC', createdAt: 'ASC' });

/**
 * The id of a review's previous review, null when none: of the same campaign, the latest of those as of an earlier
 * period (the greatest period, then the latest made, then the greatest id). One query for all the reviews asked.
 */
export const previousReviewIdByReviewId: LoaderDefinition<string, string | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows: { review_id: string; previous_id: string }[] = await dataSource.query(
      `SELECT DISTINCT ON (r.id) r.id AS review_id, p.id AS previous_id
       FROM reviews r JOIN reviews p ON p.campaign_id = r.campaign_id AND p.as_of_period < r.as_of_period
       WHERE r.id = ANY($1::uuid[])
       ORDER BY r.id, p.as_of_period DESC, p.created_at DESC, p.id DESC`,
      [ids],
    );
    const previous = new Map(rows.map((row) => [row.review_id, row.previous_id]));
    return ids.map((id) => previous.get(id) ?? null);
  });
