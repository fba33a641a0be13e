import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { mockFetch, NOT_FOUND, unitPage } from '../test/public-fixtures';
import { PublicUnitScreen } from './PublicUnitScreen';

const SLUG = 'chien-dich-69-ngay-dem-2023';

describe("a unit's public page", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('names the unit, its level and parent, draws its score and lists its rank of the cohort per period', async () => {
    const fetchMock = mockFetch(() => ({ status: 200, body: unitPage() }));
    renderWithProviders(<PublicUnitScreen slug={SLUG} unitId="u-1" />, { route: `/cong-khai/${SLUG}/don-vi/u-1` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Huyện Đầm Dơi' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/public/scoreboards/${SLUG}/units/u-1`, expect.anything());
    expect(screen.getByText('Cấp: Cấp huyện')).toBeInTheDocument();
    expect(screen.getByText('Trực thuộc: Tỉnh Cà Mau')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Bảng xếp hạng Chiến dịch cao điểm 69 ngày đêm' })).toHaveAttribute(
      'href',
      `/cong-khai/${SLUG}`,
    );
    expect(screen.getByText('Điểm qua 2 kỳ: từ 55,50 đến 91,50')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Kết quả của Huyện Đầm Dơi qua các kỳ đã công khai' });
    const [, latest, earliest] = within(table).getAllByRole('row');
    expect(within(latest).getByRole('rowheader')).toHaveTextContent('Kỳ 2 27/02/2023 – 05/03/2023');
    expect(latest).toHaveTextContent('hạng 1 trên 9 đơn vị');
    expect(latest).toHaveTextContent('91,50');
    expect(latest).toHaveTextContent('82,25% / chỉ tiêu 80% Đạt');
    expect(earliest).toHaveTextContent('3/9');
    expect(earliest).toHaveTextContent('Chưa đạt');
  });

  it('says plainly when the unit is not on a published scoreboard', async () => {
    mockFetch(() => NOT_FOUND);
    renderWithProviders(<PublicUnitScreen slug={SLUG} unitId="u-x" />, { route: `/cong-khai/${SLUG}/don-vi/u-x` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang công khai này' }),
    ).toBeInTheDocument();
  });
});
