import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { rankingRow } from '../test/ranking-rows';
import { RankingTable } from './RankingTable';
import { RowNotes } from './RowNotes';
import { ScoreCell } from './ScoreCell';

const PARTS = 'Điểm cơ bản 92,50 + thưởng 3,20 − trừ 4,00 = 91,70';
const row = { score: 91.7, baseScore: 92.5, bonusPoints: 3.2, penaltyPoints: 4 };

describe('a score and its parts', () => {
  it('shows the parts on mouse hover, as the description of the score', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ScoreCell row={row} withParts />);
    const score = screen.getByRole('button', { name: '91,70' });
    expect(score).toHaveAccessibleDescription(PARTS);
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(score);
    expect(screen.getByRole('tooltip')).toHaveTextContent(PARTS);
    await user.unhover(score);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows them on keyboard focus and hides them with Escape', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ScoreCell row={row} withParts />);
    await user.tab();
    const score = screen.getByRole('button', { name: '91,70' });
    expect(score).toHaveFocus();
    expect(score).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('tooltip')).toHaveTextContent(PARTS);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows them on a tap (a phone has no hover) and hides them on the next tap', () => {
    renderWithProviders(<ScoreCell row={row} withParts />);
    const score = screen.getByRole('button', { name: '91,70' });
    const tap = () => {
      fireEvent.pointerDown(score, { pointerType: 'touch' });
      fireEvent.focus(score);
      fireEvent.click(score);
    };
    tap();
    expect(screen.getByRole('tooltip')).toHaveTextContent(PARTS);
    tap();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('is plain text when the campaign has neither bonus nor penalty', () => {
    renderWithProviders(
      <ScoreCell row={{ ...row, score: 92.5, bonusPoints: 0, penaltyPoints: 0 }} withParts={false} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('92,50')).toBeInTheDocument();
  });

  it('says in English too', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ScoreCell row={row} withParts />, { lang: 'en' });
    await user.hover(screen.getByRole('button', { name: '91.70' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Base score 92.50 + bonus 3.20 − penalty 4.00 = 91.70');
  });
});

/** The ranking table of `rows` with one indicator and scores' parts; `levelRows`: the whole level, when known. */
function renderTable(rows: ReturnType<typeof rankingRow>[], levelRows?: ReturnType<typeof rankingRow>[]) {
  renderWithProviders(
    <RankingTable
      caption="Xếp hạng"
      rows={rows}
      indicators={[{ code: 'ONLINE_RESOLUTION', name: 'Giải quyết trực tuyến' }]}
      legendCodes={['GOOD']}
      unitHref={(r) => `/u/${r.unit.id}`}
      withParts
      levelRows={levelRows}
    />,
  );
}

describe('notes under a unit', () => {
  it('says why a unit with the same score is placed below, from its own side', () => {
    renderWithProviders(<RowNotes row={{ tieBreak: 'ON_TIME_SHARE', latestReportMissing: false }} />);
    expect(
      screen.getByText('cùng điểm với đơn vị trên — xếp sau do tỷ lệ báo cáo đúng hạn', { exact: false }),
    ).toBeInTheDocument();
  });

  it('marks a missing latest report with an icon and words, not colour alone', () => {
    const { container } = renderWithProviders(<RowNotes row={{ tieBreak: null, latestReportMissing: true }} />);
    expect(screen.getByText('Chưa nộp báo cáo kỳ này')).toBeInTheDocument();
    expect(container.querySelector('.missing-mark__icon')).toHaveAttribute('aria-hidden', 'true');
  });

  it('in the ranking table: the note on the lower row, the unit above named when another sort separates them', () => {
    const rows = [
      rankingRow(0, { score: 95, baseScore: 92, bonusPoints: 3 }),
      rankingRow(1, { score: 95, tieBreak: 'UNCAPPED_ACHIEVEMENT', latestReportMissing: true, rate: 90 }),
      rankingRow(2, { score: 80, rate: 10 }),
    ];
    renderTable(rows, rows);
    const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(bodyRows()[0]).not.toHaveTextContent('cùng điểm');
    expect(bodyRows()[1]).toHaveTextContent('cùng điểm với đơn vị trên — xếp sau do tỷ lệ vượt chỉ tiêu');
    expect(bodyRows()[1]).toHaveTextContent('Chưa nộp báo cáo kỳ này');
    expect(within(bodyRows()[0]).getByRole('button', { name: '95,00' })).toHaveAccessibleDescription(
      'Điểm cơ bản 92,00 + thưởng 3,00 − trừ 0,00 = 95,00',
    );
    // Sorted by the indicator, Đơn vị 1 comes first: its note names the unit it is placed below.
    const header = screen.getByRole('columnheader', { name: /Giải quyết trực tuyến/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(bodyRows()[0]).toHaveTextContent('cùng điểm với Đơn vị 0 — xếp sau do tỷ lệ vượt chỉ tiêu');
  });

  it('names no unit when the rows are a part of the level, and says "ranked just above" (not "above")', () => {
    const rows = [
      rankingRow(2, { score: 95, tieBreak: 'UNCAPPED_ACHIEVEMENT', rate: 10 }),
      rankingRow(5, { score: 95, tieBreak: 'UNCAPPED_ACHIEVEMENT', rate: 90 }),
    ];
    renderTable(rows);
    const header = screen.getByRole('columnheader', { name: /Giải quyết trực tuyến/ });
    fireEvent.click(within(header).getByRole('button'));
    for (const row of within(screen.getByRole('table')).getAllByRole('row').slice(1))
      expect(row).toHaveTextContent('cùng điểm với đơn vị xếp hạng ngay trên — xếp sau do tỷ lệ vượt chỉ tiêu');
  });
});
