import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import { renderWithProviders } from '../../../test/render';
import { mockFetch, NOT_FOUND, scoreboard } from '../test/public-fixtures';
import { PublicScoreboardScreen } from './PublicScoreboardScreen';

const SLUG = 'chien-dich-69-ngay-dem-2023';

function SearchProbe() {
  return <output data-testid="search">{useLocation().search}</output>;
}

function renderBoard(route = `/cong-khai/${SLUG}`) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/cong-khai/:slug"
        element={
          <>
            <PublicScoreboardScreen slug={SLUG} />
            <SearchProbe />
          </>
        }
      />
      <Route path="/cong-khai/:slug/don-vi/:unitId" element={<p>Trang đơn vị</p>} />
    </Routes>,
    { route },
  );
}

describe('the public scoreboard', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows the campaign, its progress and each level ranked, numbers the Vietnamese way, without signing in', async () => {
    const fetchMock = mockFetch(() => ({ status: 200, body: scoreboard() }));
    renderBoard();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chiến dịch cao điểm 69 ngày đêm' }),
    ).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/public/scoreboards/${SLUG}`, expect.anything());
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Từ 20/02/2023 đến 30/04/2023');
    expect(header).toHaveTextContent('Đã đến hạn 5/11 kỳ');
    expect(within(header).getByRole('progressbar', { name: 'Tiến độ chiến dịch' })).toHaveAttribute(
      'aria-valuenow',
      '5',
    );

    const districts = screen.getByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 2' });
    expect(
      within(districts)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Hạng',
      'Đơn vị',
      'Điểm',
      'Xếp loại',
      'Giải quyết trực tuyến',
      'Thanh toán trực tuyến',
      'Thay đổi hạng',
    ]);
    const [, first, second] = within(districts).getAllByRole('row');
    expect(within(first).getByRole('link', { name: 'Huyện Đầm Dơi' })).toHaveAttribute(
      'href',
      `/cong-khai/${SLUG}/don-vi/u-1`,
    );
    expect(first).toHaveTextContent('91,50');
    expect(first).toHaveTextContent('Tốt');
    expect(first).toHaveTextContent('82,25% / chỉ tiêu 80% Đạt');
    expect(first).toHaveTextContent('12,50% / chỉ tiêu 30% Chưa đạt');
    expect(within(first).getByText('Tăng 2 hạng')).toBeInTheDocument();
    expect(within(second).getByText('Giảm 1 hạng')).toBeInTheDocument();
    expect(second).toHaveTextContent('Chưa có số liệu');

    const communes = screen.getByRole('table', { name: 'Xếp hạng Cấp xã tính đến kỳ 2' });
    expect(communes).toHaveTextContent('75,13');
    expect(within(communes).getByText('Giữ nguyên hạng')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kỳ' })).toHaveValue('2');
    expect(document.title).toBe('Chiến dịch cao điểm 69 ngày đêm – Bảng xếp hạng công khai');
  });

  it('shows score and class only when the campaign publishes no rates', async () => {
    mockFetch(() => ({ status: 200, body: scoreboard({ figures: 'SCORE_AND_CLASS', indicators: [] }) }));
    renderBoard();
    const table = await screen.findByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 2' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
  });

  it('keeps the chosen period in the address (?ky=N) and reads that period', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch((url) => {
      const board = scoreboard();
      return { status: 200, body: url.endsWith('?period=1') ? { ...board, period: board.periods[0] } : board };
    });
    renderBoard();
    const picker = await screen.findByRole('combobox', { name: 'Kỳ' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kỳ 2 (27/02/2023 – 05/03/2023)', 'Kỳ 1 (20/02/2023 – 26/02/2023)']);

    await user.selectOptions(picker, '1');
    expect(screen.getByTestId('search')).toHaveTextContent('?ky=1');
    expect(await screen.findByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 1' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenLastCalledWith(`/public/scoreboards/${SLUG}?period=1`, expect.anything());
    expect(screen.getByRole('combobox', { name: 'Kỳ' })).toHaveValue('1');
  });

  it('opens on the period the address names', async () => {
    const fetchMock = mockFetch(() => ({ status: 200, body: scoreboard() }));
    renderBoard(`/cong-khai/${SLUG}?ky=2`);
    await screen.findByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 2' });
    expect(fetchMock).toHaveBeenCalledWith(`/public/scoreboards/${SLUG}?period=2`, expect.anything());
  });

  it('says plainly that an unknown or unpublished address has no public page', async () => {
    mockFetch(() => NOT_FOUND);
    renderBoard();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang công khai này' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Đăng nhập/ })).not.toBeInTheDocument();
  });

  it('embedded (?embed=1): no header, the period picker and the tables stay, unit links stay embedded', async () => {
    mockFetch(() => ({ status: 200, body: scoreboard() }));
    renderBoard(`/cong-khai/${SLUG}?embed=1`);
    const table = await screen.findByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 2' });
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Ngôn ngữ' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kỳ' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Huyện Đầm Dơi' })).toHaveAttribute(
      'href',
      `/cong-khai/${SLUG}/don-vi/u-1?embed=1`,
    );
    expect(screen.getByRole('link', { name: 'Mở trang đầy đủ' })).toHaveAttribute('href', `/cong-khai/${SLUG}`);
  });

  it('says when no published period is due yet', async () => {
    mockFetch(() => ({ status: 200, body: scoreboard({ periods: [], period: null, levels: [] }) }));
    renderBoard();
    expect(await screen.findByText('Chưa có kết quả được công khai')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Kỳ' })).not.toBeInTheDocument();
  });

  it('offers the latest period when the address names one that is not published', async () => {
    const user = userEvent.setup();
    mockFetch((url) =>
      url.includes('period=99')
        ? {
            status: 400,
            body: { errors: [{ message: 'No such period', extensions: { code: 'BAD_USER_INPUT' } }] },
          }
        : { status: 200, body: scoreboard() },
    );
    renderBoard(`/cong-khai/${SLUG}?ky=99`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Kỳ này không có trong các kỳ đã công khai.');
    await user.click(screen.getByRole('button', { name: 'Xem kỳ mới nhất' }));
    expect(await screen.findByRole('table', { name: 'Xếp hạng Cấp huyện tính đến kỳ 2' })).toBeInTheDocument();
    expect(screen.getByTestId('search')).toHaveTextContent('');
  });

  it('says the page is loading, then offers a retry when the server cannot be reached', async () => {
    const user = userEvent.setup();
    let fail = true;
    globalThis.fetch = jest.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return { ok: true, status: 200, statusText: 'OK', json: async () => scoreboard() } as Response;
    }) as unknown as typeof fetch;
    renderBoard();
    expect(screen.getByText('Đang tải bảng xếp hạng…')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Xếp hạng Cấp xã tính đến kỳ 2' })).toBeInTheDocument(),
    );
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    mockFetch(() => ({ status: 200, body: scoreboard() }));
    renderBoard();
    const language = await screen.findByRole('combobox', { name: 'Ngôn ngữ' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Tiếng Việt', 'English']);
    await user.selectOptions(language, 'en');
    expect(await screen.findByRole('table', { name: 'Ranking of Cấp huyện as of period 2' })).toHaveTextContent(
      '91.50',
    );
  });
});
