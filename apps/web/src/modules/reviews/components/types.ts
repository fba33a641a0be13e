import type {
  CampaignQuery,
  ProposalFieldsFragment,
  ReviewProposalFieldsFragment,
  ReviewQuery,
} from '../../../generated/graphql';

export type ReviewCampaign = NonNullable<CampaignQuery['campaign']>;
export type ReviewDetail = NonNullable<ReviewQuery['review']>;
export type ProposalView = ProposalFieldsFragment;
/** A proposal in the board's workspace: with its conflicts, its rule's condition in words and its unit's level. */
export type WorkspaceProposal = ReviewProposalFieldsFragment;
