import { useQuery } from '@apollo/client/react';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { CampaignRemindersQuery } from '../graphql/queries/campaign-reminders';
import { RecentReminderSends } from './RecentReminderSends';
import { RemindersEditor } from './RemindersEditor';
import { WeeklyReportMailingPanel } from './WeeklyReportMailingPanel';
import './reminders.css';

type Campaign = Pick<CampaignSettingsFragment, 'id' | 'levels' | 'timeZone'>;

/** The campaign's section "Follow-up" (Đôn đốc): the reminders editor and the reminders sent lately. */
export function RemindersPanel({
  campaign,
  canManage,
  canReadMailing,
}: {
  campaign: Campaign;
  canManage: boolean;
  /** ADMIN and BOARD: the weekly report mailing answers FORBIDDEN to the others, so it is not asked for. */
  canReadMailing: boolean;
}) {
  const { data, error, refetch } = useQuery(CampaignRemindersQuery, { variables: { id: campaign.id } });
  const reminders = data?.campaign?.reminders;
  if (!reminders) {
    return error ? <ListError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <ListLoading />;
  }
  return (
    <>
      <RemindersEditor
        campaign={campaign}
        canManage={canManage}
        offsetsMinutes={reminders.offsetsMinutes}
        copyToParentLevelKeys={reminders.copyToParentLevelKeys}
      />
      <RecentReminderSends sends={reminders.recentSends} timeZone={campaign.timeZone} />
      {canReadMailing && (
        <WeeklyReportMailingPanel campaignId={campaign.id} timeZone={campaign.timeZone} canManage={canManage} />
      )}
    </>
  );
}
