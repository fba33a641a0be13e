import type { CampaignQuery, ProposalFieldsFragment, ReviewQuery } from '../../../generated/graphql';

export type ReviewCampaign = NonNullable<CampaignQuery['campaign']>;
export type ReviewDetail = NonNullable<ReviewQuery['review']>;
export type ProposalView = ProposalFieldsFragment;
