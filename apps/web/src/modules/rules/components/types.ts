import type { CampaignQuery } from '../../../generated/graphql';

export type RuleCampaign = NonNullable<CampaignQuery['campaign']>;
