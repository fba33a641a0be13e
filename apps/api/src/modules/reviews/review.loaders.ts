import { loadGroupedBy } from '../../foundation/database/request-loaders';
import { ProposalEntity } from './review.entity';

export const proposalsByReviewId = loadGroupedBy(ProposalEntity, 'reviewId', { outcome: 'ASC', createdAt: 'ASC' });
