import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WebhookEndpointFieldsFragment } from '../../../generated/graphql';
import { BackgroundJobsQuery } from '../graphql/queries/background-jobs';
import { renderWithProviders } from '../../../test/render';
import { CreateWebhookEndpointMutation } from '../graphql/mutations/create-webhook-endpoint';
import { WebhookEndpointsQuery } from '../graphql/queries/webhook-endpoints';
import { WebhooksScreen } from './WebhooksScreen';

type Row = WebhookEndpointFieldsFragment & { __typename: 'WebhookEndpoint' };

const TYPES = [
  'report.submitted',
  'report.revised',
  'period.closed',
  'ranking.changed',
  'review.finalized',
  'unit.changed',
];
const PORTAL: Row = {
  __typename: 'WebhookEndpoint',
  id: 'wh-1',
  url: 'https://hooks.camau.gov.vn/thidua',
  description: 'Cổng dữ liệu tỉnh',
  eventTypes: ['report.submitted', 'unit.changed'],
  enabled: true,
  disabledReason: null,
  consecutiveFailures: 0,
  createdAt: '2026-03-01T02:30:00Z',
  updatedAt: '2026-03-01T02:30:00Z',
};
const BROKEN: Row = {
  ...PORTAL,
  id: 'wh-2',
  url: 'https://old.example.org/hook',
  description: '',
  eventTypes: ['review.finalized'],
  enabled: false,
  disabledReason: 'FAILING',
  consecutiveFailures: 1234,
};

const listMock = (endpoints: Row[]) => ({
  request: { query: WebhookEndpointsQuery },
  result: { data: { webhookEndpoints: endpoints, webhookEventTypes: TYPES } },
});
/** The background jobs shown below the endpoints (BackgroundJobs.tsx, tested in JobsTable.spec.tsx). */
const jobsMock = {
  request: { query: BackgroundJobsQuery },
  result: { data: { backgroundJobs: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const userError = (code: string, field: string[] | null, message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});
const createMock = (input: object, payload: object) => ({
  request: { query: CreateWebhookEndpointMutation, variables: { input } },
  result: { data: { createWebhookEndpoint: { __typename: 'WebhookEndpointPayload', ...payload } } },
});

describe('WebhooksScreen', () => {
  it('lists each endpoint: address as a link, description, events in words and code, status, failures', async () => {
    renderWithProviders(<WebhooksScreen />, { mocks: [listMock([PORTAL, BROKEN]), jobsMock] });

    const portal = (await screen.findByRole('link', { name: PORTAL.url })).closest('tr') as HTMLElement;
    expect(within(portal).getByRole('link', { name: PORTAL.url })).toHaveAttribute('href', '/webhooks/wh-1');
    expect(within(portal).getByText('Cổng dữ liệu tỉnh')).toBeInTheDocument();
    expect(within(portal).getByText('Báo cáo được nộp')).toBeInTheDocument();
    expect(within(portal).getByText('report.submitted')).toBeInTheDocument();
    expect(within(portal).getByText('Đang gửi')).toBeInTheDocument();
    expect(within(portal).getByText('Không có')).toBeInTheDocument();

    const broken = screen.getByRole('link', { name: BROKEN.url }).closest('tr') as HTMLElement;
    expect(within(broken).getByText('Đã tự tắt vì lỗi liên tục')).toBeInTheDocument();
    expect(within(broken).getByText('1.234')).toBeInTheDocument();
    expect(within(broken).getByText('Không có mô tả')).toBeInTheDocument();
  });

  it('explains what a webhook is and how to add one when there is none', async () => {
    renderWithProviders(<WebhooksScreen />, { mocks: [listMock([]), jobsMock] });
    expect(await screen.findByText('Chưa có webhook nào')).toBeInTheDocument();
    expect(screen.getByText(/Bấm “Thêm webhook”, nhập địa chỉ và chọn loại sự kiện/)).toBeInTheDocument();
  });

  it('shows a refused address and a missing event type beside their fields, and adds nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WebhooksScreen />, {
      mocks: [
        jobsMock,
        listMock([]),
        createMock(
          { url: 'http://127.0.0.1/x', description: '', eventTypes: [] },
          {
            webhookEndpoint: null,
            userErrors: [
              userError(
                'URL_NOT_ALLOWED',
                ['input', 'url'],
                'Không gửi webhook tới địa chỉ nội bộ, trừ khi máy chủ có trong WEBHOOK_ALLOWED_HOSTS.',
              ),
              userError('REQUIRED', ['input', 'eventTypes'], 'Hãy chọn ít nhất một loại sự kiện.'),
            ],
          },
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Thêm webhook' }));
    const form = screen.getByRole('dialog', { name: 'Thêm webhook' });
    await user.type(within(form).getByLabelText('Địa chỉ URL nhận'), 'http://127.0.0.1/x');
    await user.click(within(form).getByRole('button', { name: 'Thêm webhook' }));

    const url = within(form).getByLabelText('Địa chỉ URL nhận');
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Không gửi webhook tới địa chỉ nội bộ'));
    expect(within(form).getByRole('group', { name: /Loại sự kiện/ })).toHaveAccessibleDescription(
      'Hãy chọn ít nhất một loại sự kiện.',
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Chưa lưu được. Vui lòng sửa các lỗi bên dưới.');
    expect(screen.getByRole('dialog', { name: 'Thêm webhook' })).toBeInTheDocument();
  });

  it('adds an endpoint with the chosen types, says so, and lists it', async () => {
    const user = userEvent.setup();
    const input = {
      url: 'https://hooks.example.org/thidua',
      description: 'Thử nghiệm',
      eventTypes: ['report.submitted', 'unit.changed'],
    };
    const created: Row = { ...PORTAL, id: 'wh-9', ...input };
    renderWithProviders(<WebhooksScreen />, {
      mocks: [
        jobsMock,
        listMock([]),
        createMock(input, {
          webhookEndpoint: { __typename: 'WebhookEndpoint', id: 'wh-9', url: input.url },
          userErrors: [],
        }),
        listMock([created]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Thêm webhook' }));
    const form = screen.getByRole('dialog', { name: 'Thêm webhook' });
    await user.type(within(form).getByLabelText('Địa chỉ URL nhận'), input.url);
    await user.type(within(form).getByLabelText('Mô tả'), input.description);
    const submitted = within(form).getByRole('checkbox', { name: /Báo cáo được nộp/ });
    expect(submitted).toHaveAccessibleDescription(/Lần nộp đầu tiên/);
    await user.click(submitted);
    await user.click(within(form).getByRole('checkbox', { name: /unit\.changed/ }));
    await user.click(within(form).getByRole('button', { name: 'Thêm webhook' }));

    expect(await screen.findByText('Đã thêm webhook https://hooks.example.org/thidua.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: input.url })).toBeInTheDocument();
  });
});
