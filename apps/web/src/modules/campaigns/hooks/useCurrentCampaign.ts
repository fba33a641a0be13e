import { useQuery } from '@apollo/client/react';
import { chosenOrCurrentCampaign, todayIn } from '@thidua/domain';
import { useCallback, useMemo, useState } from 'react';
import { CampaignsQuery } from '../graphql/queries/campaigns';

/** More campaigns than a province runs at once; the choice is made among these. */
const CAMPAIGN_LIST_SIZE = 100;
const STORAGE_PREFIX = 'thidua.campaign.';

function rememberedCampaignId(userId: string | null | undefined): string | null {
  if (!userId) return null;
  try {
    return window.localStorage.getItem(STORAGE_PREFIX + userId);
  } catch {
    return null;
  }
}

function rememberCampaignId(userId: string | null | undefined, campaignId: string): void {
  if (!userId) return;
  try {
    window.localStorage.setItem(STORAGE_PREFIX + userId, campaignId);
  } catch {
    // Private browsing without storage: the choice lasts until the page reloads.
  }
}

/**
 * The campaign every screen opens when none is named in its address: the one this person picked last (remembered
 * per user in the browser), else the domain's current campaign (the ACTIVE one running today, else the most recent
 * ACTIVE, else the latest). `choose` remembers another.
 */
export function useCurrentCampaign(userId: string | null | undefined, now: () => Date = () => new Date()) {
  const query = useQuery(CampaignsQuery, { variables: { first: CAMPAIGN_LIST_SIZE }, skip: !userId });
  const [chosenId, setChosenId] = useState<string | null>(() => rememberedCampaignId(userId));
  const campaigns = useMemo(() => query.data?.campaigns.edges.map((edge) => edge.node) ?? [], [query.data]);
  const today = todayIn(now());
  const campaign = useMemo(
    () => chosenOrCurrentCampaign(campaigns, chosenId ?? rememberedCampaignId(userId), today),
    [campaigns, chosenId, userId, today],
  );
  const choose = useCallback(
    (campaignId: string) => {
      rememberCampaignId(userId, campaignId);
      setChosenId(campaignId);
    },
    [userId],
  );
  return { campaign, campaigns, today, choose, loading: query.loading, error: query.error, refetch: query.refetch };
}
