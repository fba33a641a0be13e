import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ListError } from './ListStates';

describe('ListError', () => {
  it("calls the query's refetch with no argument, and drops the rejection of a retry that fails again", async () => {
    const rejections: unknown[] = [];
    const onUnhandled = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const refetch = jest.fn((..._args: unknown[]) => Promise.reject(new Error('still offline')));
      renderWithProviders(<ListError error={new Error('offline')} onRetry={refetch} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Thử lại' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(refetch).toHaveBeenCalledTimes(1);
      expect(refetch.mock.calls[0]).toEqual([]);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
