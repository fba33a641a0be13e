import { loadById, loadGroupedBy } from '../../foundation/database/request-loaders';
import { ProposalEntity, ReviewEntity } from './review.entity';

export const reviewById = loadById(ReviewEntity);
export const proposalsByReviewId = loadGroupedBy(ProposalEntity, 'reviewId', { outcome: 'ASC', createdAt: 'ASC' });
