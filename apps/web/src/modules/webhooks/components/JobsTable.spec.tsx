import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { BackgroundJobsQuery } from '../graphql/queries/background-jobs';
import { BackgroundJobs, JobsTable } from './BackgroundJobs';

const queue = (
  name: string,
  failed = 0,
  lastFailures: { id: string; failedAt: string; error: string; attempts: number }[] = [],
) => ({
  __typename: 'BackgroundQueue' as const,
  name,
  waiting: 1200,
  retrying: 2,
  active: 1,
  completed: 34567,
  failed,
  lastFailures: lastFailures.map((failure) => ({ __typename: 'FailedJob' as const, ...failure })),
});
const queues = [
  queue('webhooks.deliver', 1, [
    { id: 'j1', failedAt: '2026-03-01T02:30:00Z', error: 'ECONNREFUSED 10.0.0.5:443', attempts: 5 },
  ]),
  queue('reminders.email'),
  queue('weekly-report.email'),
  queue('reminders.send-due'),
  queue('periods.close-due'),
  queue('something.new'),
];

describe('JobsTable', () => {
  it('names each queue in words, with its counts in Vietnamese number format', () => {
    renderWithProviders(<JobsTable queues={queues} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').querySelector('span')?.textContent)).toEqual([
      'Gửi webhook',
      'Email nhắc nộp báo cáo',
      'Email báo cáo tuần',
      'Đồng hồ nhắc nộp (mỗi phút)',
      'Đóng kỳ báo cáo (mỗi phút)',
      'something.new',
    ]);
    expect(within(rows[0]).getByText('1.200')).toBeInTheDocument();
    expect(within(rows[0]).getByText('34.567')).toBeInTheDocument();
  });

  it('names them in English', () => {
    renderWithProviders(<JobsTable queues={queues.slice(0, 1)} />, { lang: 'en' });
    expect(screen.getByText('Webhook delivery')).toBeInTheDocument();
    expect(screen.getByText('34,567')).toBeInTheDocument();
  });

  it('folds the latest failures, opened from the keyboard to show the error', async () => {
    const user = userEvent.setup();
    renderWithProviders(<JobsTable queues={queues} />);
    const summary = screen.getByText('1 lỗi gần nhất');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    summary.focus();
    await user.keyboard('{Enter}');
    await user.click(summary);
    expect(within(details).getByText('ECONNREFUSED 10.0.0.5:443')).toBeInTheDocument();
    expect(within(details).getByText(/sau 5 lần thử/)).toBeInTheDocument();
  });

  it('loads the queues and refreshes them', async () => {
    const user = userEvent.setup();
    const mock = { request: { query: BackgroundJobsQuery }, result: { data: { backgroundJobs: queues.slice(0, 1) } } };
    renderWithProviders(<BackgroundJobs />, { mocks: [mock, { ...mock, result: { data: { backgroundJobs: [] } } }] });
    expect(await screen.findByText('Gửi webhook')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Làm mới' }));
    expect(await screen.findByText('Không có hàng đợi nào')).toBeInTheDocument();
  });
});
