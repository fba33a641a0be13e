import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import type { BackgroundJobsQuery as Jobs } from '../../../generated/graphql';
import { BackgroundJobsQuery } from '../graphql/queries/background-jobs';

type Queue = Jobs['backgroundJobs'][number];
const COUNTS = ['waiting', 'retrying', 'active', 'completed', 'failed'] as const;
/** Each known queue's human name (an unknown one shows its own name). */
const QUEUE_NAMES = {
  'webhooks.deliver': 'webhooksDeliver',
  'reminders.email': 'remindersEmail',
  'weekly-report.email': 'weeklyReportEmail',
  'reminders.send-due': 'remindersSendDue',
  'periods.close-due': 'periodsCloseDue',
  'rankings.check': 'rankingsCheck',
} as const;
const isKnown = (name: string): name is keyof typeof QUEUE_NAMES => Object.hasOwn(QUEUE_NAMES, name);
const ORDER = Object.keys(QUEUE_NAMES);
/** The known queues in their usual order, then any other by name. */
const rank = (name: string) => (isKnown(name) ? ORDER.indexOf(name) : ORDER.length);
const byUsualOrder = (a: Queue, b: Queue) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name);

/** "Background jobs": one row per queue with its counts by state, its latest failures folded below it; refresh. */
export function BackgroundJobs() {
  const { t } = useTranslation();
  const { data, error, refetch, networkStatus } = useQuery(BackgroundJobsQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const refreshing = networkStatus === NetworkStatus.refetch;
  const queues = [...(data?.backgroundJobs ?? [])].sort(byUsualOrder);
  return (
    <section aria-labelledby="background-jobs-title" className="background-jobs">
      <div className="background-jobs__head">
        <h2 id="background-jobs-title">{t('backgroundJobs.title')}</h2>
        <button
          type="button"
          className="button button--small"
          disabled={refreshing}
          onClick={() => void refetch().catch(() => undefined)}
        >
          {refreshing ? t('backgroundJobs.refreshing') : t('backgroundJobs.refresh')}
        </button>
      </div>
      <p className="muted">{t('backgroundJobs.intro')}</p>
      <LoadedList
        data={data}
        error={error}
        onRetry={refetch}
        empty={!queues.length}
        emptyTitle={t('backgroundJobs.empty')}
      >
        {() => <JobsTable queues={queues} />}
      </LoadedList>
    </section>
  );
}

export function JobsTable({ queues }: { queues: Queue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queueName = (name: string) => (isKnown(name) ? t(`backgroundJobs.queues.${QUEUE_NAMES[name]}`) : name);
  return (
    <div className="table-wrap">
      <table className="data-table data-table--cards background-jobs-table">
        <caption className="visually-hidden">{t('backgroundJobs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backgroundJobs.columns.queue')}</th>
            {COUNTS.map((count) => (
              <th key={count} scope="col" className="num">
                {t(`backgroundJobs.columns.${count}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => (
            <tr key={queue.name}>
              <th scope="row">
                <span className="background-jobs__name">{queueName(queue.name)}</span>
                <code className="muted">{queue.name}</code>
                {queue.lastFailures.length > 0 && (
                  <details className="background-jobs__failures">
                    <summary>{t('backgroundJobs.failures', { count: queue.lastFailures.length })}</summary>
                    <ul>
                      {queue.lastFailures.map((failure) => (
                        <li key={failure.id}>
                          <span className="muted">
                            {t('backgroundJobs.failedAt', {
                              when: format.dateTime(failure.failedAt),
                              attempts: failure.attempts,
                            })}
                          </span>
                          <pre>{failure.error}</pre>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </th>
              {COUNTS.map((count) => (
                <td
                  key={count}
                  data-label={t(`backgroundJobs.columns.${count}`)}
                  className={count === 'failed' && queue.failed > 0 ? 'num background-jobs__bad' : 'num'}
                >
                  {format.number(queue[count])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
