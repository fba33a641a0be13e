import { screen, within } from '@testing-library/react';
import { decisionDocument } from '@thidua/domain';
import { renderWithProviders } from '../../../../test/render';
import { DecisionDocumentQuery } from '../../graphql/queries/decision-document';
import { DecisionIssuerQuery } from '../../graphql/queries/decision-issuer';
import { DecisionList } from '../DecisionList';
import { decisionDocumentInput, type DecisionReview } from './decision-document-input';

const unit = (id: string, name: string) => ({ __typename: 'Unit' as const, id, name });
const proposal = (
  id: string,
  name: string,
  outcome: 'COMMENDATION' | 'DISCIPLINE',
  form: string,
  decision: 'APPROVED' | 'REJECTED' | 'PENDING' = 'APPROVED',
  note: string | null = null,
) => ({ __typename: 'Proposal' as const, id, decision, outcome, form, note, unit: unit(`u-${id}`, name) });

const period = {
  __typename: 'Period' as const,
  index: 1,
  startDate: '2023-02-27',
  endDate: '2023-03-03',
  dueAt: '2023-03-03T09:00:00.000Z',
};
const BANG_KHEN = 'Bằng khen của Chủ tịch UBND tỉnh';

/** The answer as the server gives it: with the __typename the cache asks for, which the generated types leave out. */
function review(overrides: Partial<DecisionReview> = {}): DecisionReview {
  const answer = {
    __typename: 'Review',
    id: 'r-1',
    name: 'Xét khen thưởng, xử lý kỳ 1',
    status: 'FINALIZED',
    asOfPeriod: 1,
    decisionNumber: '456/QĐ-UBND',
    decisionDate: '2023-03-10',
    createdAt: '2024-01-05T02:00:00.000Z',
    campaign: {
      __typename: 'Campaign',
      id: 'c-1',
      name: 'Chiến dịch cao điểm 69 ngày đêm',
      periods: [period],
    },
    proposals: [
      proposal('p-1', 'Sở Nội vụ', 'COMMENDATION', BANG_KHEN),
      proposal('p-2', 'Văn phòng UBND tỉnh', 'COMMENDATION', BANG_KHEN, 'APPROVED', 'Dẫn đầu khối sở'),
      proposal('p-3', 'Sở Tư pháp', 'COMMENDATION', BANG_KHEN, 'REJECTED'),
      proposal('p-4', 'Huyện Đầm Dơi', 'DISCIPLINE', 'Phê bình'),
      proposal('p-5', 'Huyện Cái Nước', 'DISCIPLINE', 'Nhắc nhở'),
      proposal('p-6', 'Huyện Trần Văn Thời', 'DISCIPLINE', 'Nhắc nhở', 'PENDING'),
    ],
    ...overrides,
  };
  return answer as DecisionReview;
}

const issuerMock = {
  request: { query: DecisionIssuerQuery },
  result: {
    data: {
      units: {
        __typename: 'UnitConnection',
        edges: [{ __typename: 'UnitEdge', node: unit('u-96', 'UBND tỉnh Cà Mau') }],
      },
    },
  },
};

function renderDecision(data: DecisionReview) {
  return renderWithProviders(<DecisionList campaignId="c-1" reviewId="r-1" />, {
    mocks: [
      issuerMock,
      { request: { query: DecisionDocumentQuery, variables: { id: 'r-1' } }, result: { data: { review: data } } },
    ],
  });
}

describe('DecisionList, the printable decision', () => {
  it('lays out the decision the DOCX is written from: heading, grounds, articles, recipients, signature', async () => {
    const data = review();
    renderDecision(data);
    const paper = await screen.findByRole('article', { name: 'Xét khen thưởng, xử lý kỳ 1' });
    expect(paper).toHaveAttribute('lang', 'vi');
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH CÀ MAU',
      'Số: 456/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cà Mau, ngày 10 tháng 3 năm 2023',
    ])
      expect(within(paper).getByText(line)).toBeInTheDocument();
    expect(within(paper).getByRole('heading', { level: 1, name: 'QUYẾT ĐỊNH' })).toBeInTheDocument();
    expect(within(paper).queryByText('DỰ THẢO')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Bản dự thảo/)).not.toBeInTheDocument();

    // Every part of the model is on the page, as it is: one model, two writers.
    const model = decisionDocument(decisionDocumentInput(data, 'UBND tỉnh Cà Mau'));
    for (const text of [model.summary, model.authority, ...model.grounds, model.proposer, model.decides])
      expect(within(paper).getByText(text)).toBeInTheDocument();
    expect(model.articles).toHaveLength(3);
    for (const article of model.articles)
      expect(within(paper).getByText(article.text, { exact: false })).toHaveTextContent(
        `${article.label} ${article.text}`,
      );
    expect(within(paper).getByText('Nơi nhận:')).toBeInTheDocument();
    for (const recipient of model.recipients) expect(within(paper).getByText(recipient)).toBeInTheDocument();
    expect(within(paper).getByText('CHỦ TỊCH')).toBeInTheDocument();

    for (const name of ['In', 'Tải Excel', 'Tải quyết định (Word)'])
      expect(screen.getByRole('button', { name })).toBeEnabled();
  });

  it('lists the approved units in the annexes, awards and public notices apart, as the model sorts them', async () => {
    renderDecision(review());
    const reference =
      '(Kèm theo Quyết định số 456/QĐ-UBND ngày 10 tháng 3 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh Cà Mau)';
    const awards = await screen.findByRole('region', { name: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG' });
    expect(within(awards).getByText('Phụ lục I')).toBeInTheDocument();
    expect(within(awards).getByText(reference)).toBeInTheDocument();
    const awardTable = within(awards).getByRole('table', { name: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG' });
    expect(
      within(awardTable)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['STT', 'Tên tập thể', 'Hình thức', 'Ghi chú']);
    const rows = within(awardTable).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1', BANG_KHEN, ''],
      ['2', BANG_KHEN, 'Dẫn đầu khối sở'],
    ]);
    expect(
      within(awardTable)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Sở Nội vụ', 'Văn phòng UBND tỉnh']);
    expect(within(awards).queryByText('Sở Tư pháp')).not.toBeInTheDocument();

    const notices = screen.getByRole('region', { name: 'DANH SÁCH TẬP THỂ BỊ PHÊ BÌNH, NHẮC NHỞ' });
    expect(within(notices).getByText('Phụ lục II')).toBeInTheDocument();
    expect(within(notices).getByText(reference)).toBeInTheDocument();
    expect(
      within(notices)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Huyện Cái Nước', 'Huyện Đầm Dơi']);
    expect(screen.queryByText('Huyện Trần Văn Thời')).not.toBeInTheDocument();
  });

  it('marks a draft "DỰ THẢO" and leaves the number and the day blank, in its period’s year', async () => {
    renderDecision(review({ status: 'DRAFT', decisionNumber: null, decisionDate: null }));
    const paper = await screen.findByRole('article', { name: 'Xét khen thưởng, xử lý kỳ 1' });
    expect(within(paper).getByText('DỰ THẢO')).toBeInTheDocument();
    // Blanks to be filled in by hand: the text keeps them (white-space: pre-wrap).
    expect(within(paper).getByText('Số: /QĐ-UBND').textContent).toBe('Số:       /QĐ-UBND');
    expect(within(paper).getByText('Cà Mau, ngày tháng năm 2023')).toBeInTheDocument();
    expect(
      screen.getAllByText(
        '(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh Cà Mau)',
      ),
    ).toHaveLength(2);
    expect(
      screen.getByText('Bản dự thảo: số và ngày của quyết định để trống, được điền khi Hội đồng hoàn tất đợt xét.'),
    ).toBeInTheDocument();
  });
});
