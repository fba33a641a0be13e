import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { CreateTargetSetMutation } from '../graphql/mutations/create-target-set';
import { TargetSetDialog } from './TargetSetDialog';

const input = { campaignId: 'c-1', key: 'campaign', name: 'Chỉ tiêu Chiến dịch', primary: false };

function createMock(answer: { targetSet?: object; userErrors?: { code: string; field: string[]; message: string }[] }) {
  return {
    request: { query: CreateTargetSetMutation, variables: { input } },
    result: {
      data: {
        createTargetSet: {
          __typename: 'TargetSetPayload',
          targetSet: answer.targetSet ?? null,
          userErrors: (answer.userErrors ?? []).map((error) => ({ __typename: 'UserError', ...error })),
        },
      },
    },
  };
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  const dialog = screen.getByRole('dialog', { name: 'Thêm bộ chỉ tiêu' });
  await user.type(within(dialog).getByLabelText('Mã bộ'), ` ${input.key} `);
  await user.type(within(dialog).getByLabelText('Tên bộ chỉ tiêu'), input.name);
  await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
  return dialog;
}

describe('TargetSetDialog', () => {
  it('starts on the key, explained by its hint, and creates the set with the trimmed key', async () => {
    const user = userEvent.setup();
    const onCreated = jest.fn();
    const targetSet = { __typename: 'TargetSet', id: 'ts-2', ...input, version: 1, targets: [] };
    renderWithProviders(<TargetSetDialog campaignId="c-1" first={false} onClose={jest.fn()} onCreated={onCreated} />, {
      mocks: [createMock({ targetSet })],
    });
    const key = screen.getByLabelText('Mã bộ');
    expect(key).toHaveFocus();
    expect(key).toHaveAccessibleDescription('Chữ thường, chữ số, “-” và “_”, ví dụ plan-2023.');
    await fill(user);
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('campaign', 'Đã thêm bộ chỉ tiêu Chỉ tiêu Chiến dịch.'));
  });

  it('shows a key the campaign already has beside the key, before its hint, and stays open', async () => {
    const user = userEvent.setup();
    const onCreated = jest.fn();
    renderWithProviders(<TargetSetDialog campaignId="c-1" first={false} onClose={jest.fn()} onCreated={onCreated} />, {
      mocks: [createMock({ userErrors: [{ code: 'DUPLICATE_KEY', field: ['input', 'key'], message: 'taken' }] })],
    });
    const dialog = await fill(user);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Chưa lưu được. Vui lòng sửa các lỗi bên dưới.');
    const key = within(dialog).getByLabelText('Mã bộ');
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription(
      'Chiến dịch đã có bộ chỉ tiêu với mã này. Chữ thường, chữ số, “-” và “_”, ví dụ plan-2023.',
    );
    expect(within(dialog).getByLabelText('Tên bộ chỉ tiêu')).not.toHaveAttribute('aria-invalid');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
