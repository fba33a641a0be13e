import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INDICATORS } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { UpdateIndicatorMutation } from '../graphql/mutations/update-indicator';
import { IndicatorFormDialog } from './IndicatorFormDialog';

const indicator = { ...INDICATORS[2], version: 4 };
const input = { id: indicator.id, version: 4, name: 'Tỷ lệ thanh toán trực tuyến toàn trình' };

function updateMock(userErrors: { code: string; field: string[]; message: string }[], saved = true) {
  return {
    request: { query: UpdateIndicatorMutation, variables: { input } },
    result: {
      data: {
        updateIndicator: {
          __typename: 'IndicatorPayload',
          indicator: saved ? { ...indicator, name: input.name, version: 5 } : null,
          userErrors: userErrors.map((error) => ({ __typename: 'UserError', ...error })),
        },
      },
    },
  };
}

async function rename(user: ReturnType<typeof userEvent.setup>) {
  const name = screen.getByLabelText('Tên chỉ số');
  await user.clear(name);
  await user.type(name, input.name);
  await user.click(screen.getByRole('button', { name: 'Lưu' }));
}

describe('IndicatorFormDialog', () => {
  it('sends the version it was opened with, and only the changed field', async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    renderWithProviders(<IndicatorFormDialog indicator={indicator} onClose={jest.fn()} onSaved={onSaved} />, {
      mocks: [updateMock([])],
    });
    await rename(user);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(`Đã lưu chỉ số ${input.name}.`));
  });

  it('says someone else changed the indicator first (STALE) and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    renderWithProviders(<IndicatorFormDialog indicator={indicator} onClose={jest.fn()} onSaved={onSaved} />, {
      mocks: [updateMock([{ code: 'STALE', field: ['input', 'version'], message: 'stale' }], false)],
    });
    await rename(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chỉ số vừa được người khác thay đổi. Hãy đóng, tải lại rồi sửa lại.',
    );
    expect(screen.getByLabelText('Tên chỉ số')).toHaveValue(input.name);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
