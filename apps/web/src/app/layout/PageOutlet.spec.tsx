import { lazy } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router-dom';
import { renderWithProviders } from '../../test/render';
import { PageOutlet } from './PageOutlet';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function RankingsStub() {
  return <h1>Xếp hạng</h1>;
}

describe('PageOutlet', () => {
  it('says the page is loading while its code arrives, then shows it', async () => {
    const code = deferred<{ default: typeof RankingsStub }>();
    const Rankings = lazy(() => code.promise);
    renderWithProviders(
      <Routes>
        <Route element={<PageOutlet />}>
          <Route path="rankings" element={<Rankings />} />
        </Route>
      </Routes>,
      { route: '/rankings' },
    );

    expect(await screen.findByText('Đang tải trang…')).toHaveAttribute('role', 'status');
    code.resolve({ default: RankingsStub });
    expect(await screen.findByRole('heading', { level: 1, name: 'Xếp hạng' })).toBeInTheDocument();
    expect(screen.queryByText('Đang tải trang…')).not.toBeInTheDocument();
  });

  it('offers a reload when a page’s code cannot be fetched, and opens the next page the person goes to', async () => {
    const user = userEvent.setup();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    renderWithProviders(
      <>
        <Link to="/units">Đơn vị</Link>
        <Routes>
          <Route element={<PageOutlet />}>
            <Route path="rankings" element={<Broken />} />
            <Route path="units" element={<h1>Danh sách đơn vị</h1>} />
          </Route>
        </Routes>
      </>,
      { route: '/rankings' },
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không mở được trang này.');
    expect(alert).toHaveTextContent('Hãy tải lại trang.');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Đơn vị' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Danh sách đơn vị' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    error.mockRestore();
  });
});
