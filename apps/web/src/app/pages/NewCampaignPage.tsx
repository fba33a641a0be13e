import { NewCampaignScreen } from '../../modules/campaigns/components/NewCampaignScreen';

/** Only the roles that may manage campaigns reach it (the route is guarded in AppRoutes). */
export function NewCampaignPage() {
  return <NewCampaignScreen />;
}
