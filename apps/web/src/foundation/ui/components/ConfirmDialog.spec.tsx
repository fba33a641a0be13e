import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ConfirmDialog, type ConfirmOutcome } from './ConfirmDialog';

function renderDialog(onConfirm: () => Promise<ConfirmOutcome>, onClose = jest.fn()) {
  renderWithProviders(
    <ConfirmDialog
      title="Thu hồi mã truy cập"
      body="Thu hồi mã “Cổng dịch vụ công”?"
      confirmLabel="Thu hồi"
      workingLabel="Đang thu hồi…"
      describe={(error) => `(${error.code}) ${error.message}`}
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { onClose };
}

describe('ConfirmDialog', () => {
  it('asks with Cancel focused, and Cancel closes without acting', async () => {
    const user = userEvent.setup();
    const onConfirm = jest.fn();
    const { onClose } = renderDialog(onConfirm);
    expect(screen.getByRole('alertdialog', { name: 'Thu hồi mã truy cập' })).toHaveTextContent(
      'Thu hồi mã “Cổng dịch vụ công”?',
    );
    expect(screen.getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('acts once while the action is on its way, then says why it was refused and stays open', async () => {
    const user = userEvent.setup();
    let answer: (outcome: ConfirmOutcome) => void = () => undefined;
    const onConfirm = jest.fn(() => new Promise<ConfirmOutcome>((resolve) => (answer = resolve)));
    renderDialog(onConfirm);

    await user.click(screen.getByRole('button', { name: 'Thu hồi' }));
    expect(screen.getByRole('button', { name: 'Đang thu hồi…' })).toBeDisabled();
    await act(async () =>
      answer({ userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'No such token.' }] }),
    );

    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('(NOT_FOUND) No such token.');
    expect(screen.getByRole('button', { name: 'Thu hồi' })).toBeEnabled();
  });

  it('says an unexpected error when refused without a reason, and a network error in words', async () => {
    const user = userEvent.setup();
    const onConfirm = jest
      .fn<Promise<ConfirmOutcome>, []>()
      .mockResolvedValueOnce({ userErrors: [] })
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderDialog(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Thu hồi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Đã xảy ra lỗi. Vui lòng thử lại.');
    await user.click(screen.getByRole('button', { name: 'Thu hồi' }));
    expect(await screen.findByText('Không kết nối được máy chủ. Vui lòng thử lại.')).toBeInTheDocument();
  });
});
