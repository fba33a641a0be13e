import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { SetCampaignRemindersMutation } from '../graphql/mutations/set-campaign-reminders';
import { RemindersEditor } from './RemindersEditor';

const campaign = {
  id: 'c1',
  timeZone: 'Asia/Ho_Chi_Minh',
  levels: [
    { __typename: 'CampaignLevel' as const, id: 'l1', key: 'district', name: 'Huyện', depth: 1 },
    { __typename: 'CampaignLevel' as const, id: 'l2', key: 'commune', name: 'Xã', depth: 2 },
  ],
};
const saveMock = (offsetsMinutes: number[], userErrors: { code: string; field: string[]; message: string }[]) => ({
  request: {
    query: SetCampaignRemindersMutation,
    variables: { input: { campaignId: 'c1', offsetsMinutes, copyToParentLevelKeys: ['commune'] } },
  },
  result: {
    data: {
      setCampaignReminders: {
        __typename: 'SetCampaignRemindersPayload' as const,
        reminders: userErrors.length
          ? null
          : { __typename: 'CampaignReminders' as const, offsetsMinutes, copyToParentLevelKeys: ['commune'] },
        userErrors: userErrors.map((error) => ({ __typename: 'UserError' as const, ...error })),
      },
    },
  },
});

const render = (mocks: ReturnType<typeof saveMock>[] = [], canManage = true, lang: 'vi' | 'en' = 'vi') =>
  renderWithProviders(
    <RemindersEditor
      campaign={campaign}
      canManage={canManage}
      offsetsMinutes={[60, -1440, -120]}
      copyToParentLevelKeys={['commune']}
    />,
    { mocks, lang },
  );
const items = () => screen.getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent);

describe('RemindersEditor', () => {
  it('shows each reminder in words, in time order, and the copy per level', () => {
    render();
    expect(items()).toEqual(['24 giờ trước hạn', '2 giờ trước hạn', '1 giờ sau hạn']);
    expect(screen.getByRole('checkbox', { name: 'Xã' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Huyện' })).not.toBeChecked();
  });

  it('says them in English', () => {
    render([], true, 'en');
    expect(items()).toEqual([
      '24 hours before the deadline',
      '2 hours before the deadline',
      '1 hour after the deadline',
    ]);
  });

  it('adds one from an amount, a unit and before/after, and removes one', async () => {
    const user = userEvent.setup();
    render();
    await user.clear(screen.getByLabelText('Số lượng'));
    await user.type(screen.getByLabelText('Số lượng'), '3');
    await user.selectOptions(screen.getByLabelText('Đơn vị'), 'days');
    await user.selectOptions(screen.getByLabelText('Thời điểm'), 'after');
    await user.click(screen.getByRole('button', { name: 'Thêm lần nhắc' }));
    expect(items()).toEqual(['24 giờ trước hạn', '2 giờ trước hạn', '1 giờ sau hạn', '3 ngày sau hạn']);

    await user.click(screen.getByRole('button', { name: 'Bỏ lần nhắc “2 giờ trước hạn”' }));
    expect(items()).toEqual(['24 giờ trước hạn', '1 giờ sau hạn', '3 ngày sau hạn']);
  });

  it('refuses a duplicate or more than a week', async () => {
    const user = userEvent.setup();
    render();
    await user.clear(screen.getByLabelText('Số lượng'));
    await user.type(screen.getByLabelText('Số lượng'), '2');
    await user.click(screen.getByRole('button', { name: 'Thêm lần nhắc' }));
    expect(screen.getByText('Đã có lần nhắc này.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Số lượng'));
    await user.type(screen.getByLabelText('Số lượng'), '8');
    await user.selectOptions(screen.getByLabelText('Đơn vị'), 'days');
    await user.click(screen.getByRole('button', { name: 'Thêm lần nhắc' }));
    expect(screen.getByLabelText('Số lượng')).toHaveAttribute('aria-invalid', 'true');
    expect(items()).toHaveLength(3);
  });

  it('saves and says so', async () => {
    const user = userEvent.setup();
    render([saveMock([-1440, -120, 60], [])]);
    await user.click(screen.getByRole('button', { name: 'Lưu lần nhắc' }));
    expect(await screen.findByText('Đã lưu lần nhắc.')).toBeInTheDocument();
  });

  it('shows a userError next to the reminder it names', async () => {
    const user = userEvent.setup();
    const message = 'Lần nhắc phải trong vòng một tuần.';
    render([
      saveMock([-1440, -120, 60], [{ code: 'INVALID_REMINDER', field: ['input', 'offsetsMinutes', '1'], message }]),
    ]);
    await user.click(screen.getByRole('button', { name: 'Lưu lần nhắc' }));
    const error = await screen.findByText(message);
    const item = error.closest('li') as HTMLElement;
    expect(within(item).getByText('2 giờ trước hạn')).toBeInTheDocument();
    expect(item).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Đã lưu lần nhắc.')).not.toBeInTheDocument();
  });

  it('is read-only for one who may not manage', () => {
    render([], false);
    expect(screen.queryByRole('button', { name: /Bỏ/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu lần nhắc' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Xã' })).toBeDisabled();
  });
});
