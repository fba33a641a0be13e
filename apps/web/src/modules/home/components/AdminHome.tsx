import { useQuery } from '@apollo/client/react';
import type { CampaignDates } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '../../../foundation/i18n/format';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { useReportStatusChanges } from '../../reports';
import { HomeAdminQuery } from '../graphql/queries/admin-home';
import { HomeProblemsQuery } from '../graphql/queries/problems';
import { CampaignsCard } from './CampaignsCard';
import { NotReportedCard } from './NotReportedCard';
import { ProblemsCard } from './ProblemsCard';
import { ReportingRateCard } from './ReportingRateCard';
import { ReviewsCard } from './ReviewsCard';

/**
 * An admin's week: the campaigns under way, this period's reporting rate, the reviews in progress, who has not
 * reported (by district, across the page), the problems. Two requests sent together; the problems come from the weekly report, which
 * a campaign without targets refuses, and that must not hide the rest.
 */
export function AdminHome({
  campaignId,
  campaigns,
  today,
  now,
}: {
  campaignId: string;
  campaigns: ReadonlyArray<CampaignDates & { name: string }>;
  today: string;
  now: Date;
}) {
  const { t } = useTranslation();
  const week = useQuery(HomeAdminQuery, { variables: { campaignId } });
  const problems = useQuery(HomeProblemsQuery, { variables: { campaignId } });
  // The reporting rate and who has not reported follow the reports as they come in, without a reload.
  useReportStatusChanges(campaignId, () => void week.refetch().catch(() => undefined));
  const board = week.data?.reportStatusBoard;
  const timeZone = week.data?.campaign?.timeZone ?? DEFAULT_TIME_ZONE;
  return (
    <div className="home-grid">
      <CampaignsCard campaigns={campaigns} today={today} />
      {week.data ? (
        <>
          {board && <ReportingRateCard board={board} timeZone={timeZone} now={now} />}
          <ReviewsCard
            campaignId={campaignId}
            reviews={week.data.reviews}
            title={t('home.admin.reviewsTitle')}
            empty={t('home.admin.noReviews')}
          />
          {board && <NotReportedCard campaignId={campaignId} board={board} />}
          <ProblemsCard
            campaignId={campaignId}
            report={problems.data?.weeklyReport}
            error={problems.error}
            onRetry={problems.refetch}
          />
        </>
      ) : week.error ? (
        <ListError error={week.error} onRetry={week.refetch} />
      ) : (
        <ListLoading />
      )}
    </div>
  );
}
