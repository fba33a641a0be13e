import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { SetWeeklyReportMailingMutation } from '../graphql/mutations/set-weekly-report-mailing';
import { RecipientsEditor } from './WeeklyReportMailingPanel';

const saveMock = (recipients: string[], userErrors: { code: string; field: string[]; message: string }[]) => ({
  request: {
    query: SetWeeklyReportMailingMutation,
    variables: { input: { campaignId: 'c1', recipients, delayMinutes: 30 } },
  },
  result: {
    data: {
      setWeeklyReportMailing: {
        __typename: 'SetWeeklyReportMailingPayload' as const,
        weeklyReportMailing: userErrors.length
          ? null
          : { __typename: 'WeeklyReportMailing' as const, recipients, delayMinutes: 30 },
        userErrors: userErrors.map((error) => ({ __typename: 'UserError' as const, ...error })),
      },
    },
  },
});
const render = (mocks: ReturnType<typeof saveMock>[] = [], canManage = true) =>
  renderWithProviders(
    <RecipientsEditor campaignId="c1" canManage={canManage} recipients={['bantd@camau.gov.vn']} delayMinutes={30} />,
    { mocks },
  );
const addresses = () => screen.getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent);

describe('RecipientsEditor', () => {
  it('adds an address (Enter or the button), refuses a malformed one, and removes one', async () => {
    const user = userEvent.setup();
    render();
    await user.type(screen.getByLabelText('Địa chỉ email mới'), 'lanhdao@camau.gov.vn{Enter}');
    expect(addresses()).toEqual(['bantd@camau.gov.vn', 'lanhdao@camau.gov.vn']);
    expect(screen.getByLabelText('Địa chỉ email mới')).toHaveValue('');

    await user.type(screen.getByLabelText('Địa chỉ email mới'), 'khong-hop-le');
    await user.click(screen.getByRole('button', { name: 'Thêm người nhận' }));
    expect(screen.getByText('Địa chỉ email không hợp lệ.')).toBeInTheDocument();
    expect(addresses()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Bỏ bantd@camau.gov.vn' }));
    expect(addresses()).toEqual(['lanhdao@camau.gov.vn']);
  });

  it('shows INVALID_EMAIL next to the address it names', async () => {
    const user = userEvent.setup();
    const message = 'Địa chỉ email không hợp lệ: lanhdao@camau';
    render([
      saveMock(
        ['bantd@camau.gov.vn', 'lanhdao@camau.gov'],
        [{ code: 'INVALID_EMAIL', field: ['input', 'recipients', '1'], message }],
      ),
    ]);
    await user.type(screen.getByLabelText('Địa chỉ email mới'), 'lanhdao@camau.gov{Enter}');
    await user.click(screen.getByRole('button', { name: 'Lưu cách gửi' }));
    const error = await screen.findByText(message);
    const item = error.closest('li') as HTMLElement;
    expect(within(item).getByText('lanhdao@camau.gov')).toBeInTheDocument();
    expect(item).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves and says so', async () => {
    const user = userEvent.setup();
    render([saveMock(['bantd@camau.gov.vn'], [])]);
    await user.click(screen.getByRole('button', { name: 'Lưu cách gửi' }));
    expect(await screen.findByText('Đã lưu cách gửi báo cáo tuần.')).toBeInTheDocument();
  });

  it('is read-only for a board member', () => {
    render([], false);
    expect(screen.queryByLabelText('Địa chỉ email mới')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu cách gửi' })).not.toBeInTheDocument();
    expect(screen.getByText('Chỉ quản trị viên được thay đổi người nhận.')).toBeInTheDocument();
  });
});
