import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WebhookDeliveryFieldsFragment, WebhookEndpointFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { RedeliverWebhookMutation } from '../graphql/mutations/redeliver-webhook';
import { UpdateWebhookEndpointMutation } from '../graphql/mutations/update-webhook-endpoint';
import { WebhookDeliveriesQuery } from '../graphql/queries/webhook-deliveries';
import { WebhookEndpointQuery } from '../graphql/queries/webhook-endpoint';
import { DELIVERIES_PAGE_SIZE } from './DeliveryLog';
import { WebhookDetailScreen } from './WebhookDetailScreen';

type Delivery = WebhookDeliveryFieldsFragment & { __typename: 'WebhookDelivery' };

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ENDPOINT: WebhookEndpointFieldsFragment & { __typename: 'WebhookEndpoint'; secret: string } = {
  __typename: 'WebhookEndpoint',
  id: 'wh-1',
  url: 'https://hooks.camau.gov.vn/thidua',
  description: 'Cổng dữ liệu tỉnh',
  eventTypes: ['report.submitted'],
  enabled: true,
  disabledReason: null,
  consecutiveFailures: 3,
  createdAt: '2026-03-01T02:30:00Z',
  updatedAt: '2026-03-02T02:30:00Z',
  secret: SECRET,
};
const attempt = (attemptedAt: string, statusCode: number | null, error: string | null, manual = false) => ({
  __typename: 'WebhookDeliveryAttempt' as const,
  attemptedAt,
  statusCode,
  error,
  durationMs: 1250,
  manual,
});
const FAILED: Delivery = {
  __typename: 'WebhookDelivery',
  id: 'd-1',
  eventId: 'evt-0001',
  status: 'FAILED',
  attempts: 2,
  deliveredAt: null,
  lastAttemptAt: '2026-03-03T09:05:00Z',
  lastStatusCode: 500,
  lastError: 'HTTP 500',
  createdAt: '2026-03-03T09:00:00Z',
  attemptLog: [
    attempt('2026-03-03T09:00:01Z', null, 'connect ECONNREFUSED'),
    attempt('2026-03-03T09:05:00Z', 500, 'HTTP 500', true),
  ],
};
const DELIVERED: Delivery = {
  ...FAILED,
  id: 'd-2',
  eventId: 'evt-0002',
  status: 'DELIVERED',
  attempts: 1,
  deliveredAt: '2026-03-02T01:00:00Z',
  lastAttemptAt: '2026-03-02T01:00:00Z',
  lastStatusCode: 204,
  lastError: null,
  createdAt: '2026-03-02T01:00:00Z',
  attemptLog: [attempt('2026-03-02T01:00:00Z', 204, null)],
};

const endpointMock = (endpoint = ENDPOINT) => ({
  request: { query: WebhookEndpointQuery, variables: { id: 'wh-1' } },
  result: { data: { webhookEndpoint: endpoint, webhookEventTypes: ['report.submitted', 'unit.changed'] } },
});
const deliveriesMock = (
  deliveries: Delivery[],
  { status = null, after, hasNextPage = false, total = deliveries.length }: Record<string, unknown> = {},
) => ({
  request: {
    query: WebhookDeliveriesQuery,
    variables: { id: 'wh-1', first: DELIVERIES_PAGE_SIZE, status, ...(after ? { after } : {}) },
  },
  result: {
    data: {
      webhookEndpoint: {
        __typename: 'WebhookEndpoint',
        id: 'wh-1',
        deliveries: {
          __typename: 'WebhookDeliveryConnection',
          totalCount: total,
          edges: deliveries.map((node) => ({ __typename: 'WebhookDeliveryEdge', cursor: `c-${node.id}`, node })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage,
            endCursor: deliveries.length ? `c-${deliveries[deliveries.length - 1].id}` : null,
          },
        },
      },
    },
  },
});

describe('WebhookDetailScreen', () => {
  it('shows the settings, the secret masked until asked for, and how to verify a delivery', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WebhookDetailScreen id="wh-1" />, { mocks: [endpointMock(), deliveriesMock([])] });

    expect(await screen.findByRole('heading', { name: 'Cổng dữ liệu tỉnh', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(ENDPOINT.url)).toBeInTheDocument();
    expect(screen.getByText('01/03/2026 09:30')).toBeInTheDocument();
    const secret = screen.getByLabelText('Khóa ký của webhook');
    expect(secret).toHaveValue('whsec_••••••••••••LaSw');
    expect(secret).toHaveAccessibleDescription('Khóa đang ẩn');
    await user.click(screen.getByRole('button', { name: 'Hiện khóa' }));
    expect(secret).toHaveValue(SECRET);
    await user.click(screen.getByRole('button', { name: 'Sao chép khóa' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(screen.getByText('Đã sao chép khóa vào bộ nhớ tạm.')).toBeInTheDocument();
    expect(screen.getByText(/webhook-id .*webhook-timestamp .*webhook-signature/)).toBeInTheDocument();
    expect(await screen.findByText('Chưa gửi sự kiện nào')).toBeInTheDocument();
  });

  it('lists the deliveries, opens one to its attempts and sends it again', async () => {
    const user = userEvent.setup();
    const redelivered: Delivery = { ...FAILED, status: 'PENDING' };
    renderWithProviders(<WebhookDetailScreen id="wh-1" />, {
      mocks: [
        endpointMock(),
        deliveriesMock([FAILED, DELIVERED]),
        {
          request: { query: RedeliverWebhookMutation, variables: { input: { deliveryId: 'd-1' } } },
          result: {
            data: {
              redeliverWebhook: { __typename: 'RedeliverWebhookPayload', delivery: redelivered, userErrors: [] },
            },
          },
        },
      ],
    });

    const log = await screen.findByRole('table', { name: 'Các lần gửi sự kiện tới webhook này, mới nhất trước' });
    const failed = within(log).getByRole('rowheader', { name: '03/03/2026 16:00' }).closest('tr') as HTMLElement;
    expect(within(failed).getByText('Thất bại')).toBeInTheDocument();
    expect(within(failed).getByText('evt-0001')).toBeInTheDocument();
    expect(within(failed).getByText('03/03/2026 16:05 · HTTP 500')).toBeInTheDocument();
    const delivered = within(log).getByRole('rowheader', { name: '02/03/2026 08:00' }).closest('tr') as HTMLElement;
    expect(within(delivered).getByText('Đã gửi')).toBeInTheDocument();
    expect(within(delivered).getByText('Nhận lúc 02/03/2026 08:00')).toBeInTheDocument();

    const show = within(failed).getByRole('button', { name: 'Xem các lần thử của lần gửi 03/03/2026 16:00' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    const attempts = screen.getByRole('table', { name: 'Các lần thử, lần đầu trước' });
    const first = within(attempts).getByRole('rowheader', { name: '03/03/2026 16:00' }).closest('tr') as HTMLElement;
    expect(within(first).getByText('Không có phản hồi')).toBeInTheDocument();
    expect(within(first).getByText('connect ECONNREFUSED')).toBeInTheDocument();
    expect(within(first).getByText('1.250 ms')).toBeInTheDocument();
    expect(within(first).getByText('Tự động')).toBeInTheDocument();
    const second = within(attempts).getByRole('rowheader', { name: '03/03/2026 16:05' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('500')).toBeInTheDocument();
    expect(within(second).getByText('Gửi lại bằng tay')).toBeInTheDocument();

    await user.click(within(failed).getByRole('button', { name: 'Gửi lại sự kiện của lần gửi 03/03/2026 16:00' }));
    expect(await screen.findByText('Đã xếp lần gửi 03/03/2026 16:00 vào hàng đợi để gửi lại.')).toBeInTheDocument();
    await waitFor(() => expect(within(failed).getByText('Đang chờ gửi')).toBeInTheDocument());
  });

  it('filters the log by status and loads the next page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WebhookDetailScreen id="wh-1" />, {
      mocks: [
        endpointMock(),
        deliveriesMock([FAILED], { hasNextPage: true, total: 2 }),
        deliveriesMock([DELIVERED], { after: 'c-d-1', total: 2 }),
        deliveriesMock([], { status: 'PENDING' }),
      ],
    });
    expect(await screen.findByText('Đang hiện 1 / 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải thêm' }));
    expect(await screen.findByText('Đang hiện 2 / 2')).toBeInTheDocument();
    expect(screen.getByText('evt-0002')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'Đang chờ gửi');
    expect(await screen.findByText('Không có lần gửi nào ở trạng thái này')).toBeInTheDocument();
  });

  it('pauses sending and says why an endpoint that kept failing was disabled', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WebhookDetailScreen id="wh-1" />, {
      mocks: [
        endpointMock(),
        deliveriesMock([]),
        {
          request: { query: UpdateWebhookEndpointMutation, variables: { input: { id: 'wh-1', enabled: false } } },
          result: {
            data: {
              updateWebhookEndpoint: {
                __typename: 'WebhookEndpointPayload',
                webhookEndpoint: { ...ENDPOINT, enabled: false, disabledReason: 'BY_ADMIN' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Tạm dừng gửi' }));
    expect(await screen.findByText('Đã tạm dừng gửi tới webhook này.')).toBeInTheDocument();
    expect(screen.getByText('Đã tắt (bởi quản trị viên)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bật lại' })).toBeInTheDocument();
  });

  it('warns about an endpoint disabled after failing', async () => {
    renderWithProviders(<WebhookDetailScreen id="wh-1" />, {
      mocks: [endpointMock({ ...ENDPOINT, enabled: false, disabledReason: 'FAILING' }), deliveriesMock([])],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Webhook đã tự tắt vì gửi lỗi liên tục.');
    expect(screen.getByText('Đã tự tắt vì lỗi liên tục')).toBeInTheDocument();
  });
});
