import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { CampaignsQuery } from '../graphql/queries/campaigns';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import './campaigns.css';

const PAGE_SIZE = 50;

/** The campaigns, latest first: name, dates, status and how many indicators each scores. */
export function CampaignsScreen({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(CampaignsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.campaigns;
  const campaigns = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="campaigns-title">
      <PageHeader
        titleId="campaigns-title"
        title={t('campaigns.title')}
        intro={t('campaigns.intro')}
        actions={
          canManage && (
            <Link to="/campaigns/new" className="button button--primary">
              {t('campaigns.add')}
            </Link>
          )
        }
      />
      <LoadedList
        data={connection}
        error={error}
        onRetry={refetch}
        empty={!campaigns.length}
        emptyTitle={t('campaigns.empty')}
        emptyHint={t('campaigns.emptyHint')}
      >
        {() => (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('campaigns.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.columns.name')}</th>
                  <th scope="col">{t('campaigns.columns.dates')}</th>
                  <th scope="col">{t('campaigns.columns.status')}</th>
                  <th scope="col" className="num">
                    {t('campaigns.columns.indicators')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {campaigns.map((campaign) => (
                  <tr key={campaign.id}>
                    <th scope="row" className="campaign-list__name">
                      <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
                    </th>
                    <td className="nowrap">
                      {t('campaigns.dates', {
                        start: format.date(campaign.startDate),
                        end: format.date(campaign.endDate),
                      })}
                    </td>
                    <td>
                      <CampaignStatusBadge campaign={campaign} />
                    </td>
                    <td className="num">{format.number(campaign.indicators.length)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
      {connection?.pageInfo.hasNextPage && (
        <p>
          <button
            type="button"
            className="button button--small"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)
            }
          >
            {t('common.loadMore')}
          </button>{' '}
          <span className="muted">
            {t('common.shownOf', { shown: campaigns.length, total: connection.totalCount })}
          </span>
        </p>
      )}
    </section>
  );
}
