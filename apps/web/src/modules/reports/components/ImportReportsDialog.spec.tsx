import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PERIOD_5 } from '../../../test/report-fixtures';
import { renderWithProviders } from '../../../test/render';
import { ImportReportsMutation } from '../graphql/mutations/import-reports';
import { ImportReportsDialog } from './ImportReportsDialog';

const PERIODS = [
  { index: 1, startDate: '2023-03-01', endDate: '2023-03-03', dueAt: '2023-03-03T09:00:00.000Z' },
  PERIOD_5,
];
const CSV =
  'unitCode,indicatorCode,numerator,denominator\n970,ONLINE_RESOLUTION,12,10\n970,DIGITIZATION,x,10\n999,ONLINE_PAYMENT,1,2';
const userError = (code: string, field: string[], message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});

function importMock(result: Record<string, unknown>, period = 5) {
  return {
    request: { query: ImportReportsMutation, variables: { input: { campaignId: 'c-1', period, csv: CSV } } },
    result: {
      data: {
        importReports: {
          __typename: 'ImportReportsPayload',
          created: 0,
          revised: 0,
          unchanged: 0,
          userErrors: [],
          ...result,
        },
      },
    },
    delay: 400,
  };
}

describe('ImportReportsDialog', () => {
  it('lists every bad cell (row, column, reason), ordered by row, and says nothing was written', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImportReportsDialog campaignId="c-1" periods={PERIODS} defaultPeriod={5} onClose={jest.fn()} />,
      {
        mocks: [
          importMock({
            userErrors: [
              userError('UNKNOWN_UNIT', ['file', '4', 'unitCode'], 'Row 4: no unit 999'),
              userError('NUMERATOR_ABOVE_DENOMINATOR', ['file', '2', 'numerator'], 'Row 2: 12 > 10'),
              userError('NOT_A_NUMBER', ['file', '3', 'numerator'], 'Row 3: "x" is not a number'),
              userError('SOMETHING_NEW', ['file', '3', 'denominator'], 'Row 3: something new'),
            ],
          }),
        ],
      },
    );
    expect(screen.getByLabelText('Kỳ báo cáo')).toHaveValue('5');
    await user.click(screen.getByLabelText('Hoặc dán nội dung CSV'));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(await screen.findByRole('progressbar', { name: 'Đang tải lên và kiểm tra số liệu' })).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Các ô lỗi' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', 'numerator', 'Số đạt không được lớn hơn Tổng số.'],
      ['3', 'denominator', 'Row 3: something new'],
      ['3', 'numerator', 'Không phải là số.'],
      ['4', 'unitCode', 'Không có đơn vị với mã này.'],
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('Không nhập được vì có 4 lỗi. Chưa có dữ liệu nào được ghi.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('imports the chosen period and shows the counts', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImportReportsDialog campaignId="c-1" periods={PERIODS} defaultPeriod={5} onClose={jest.fn()} />,
      {
        mocks: [importMock({ created: 2, revised: 1, unchanged: 0 }, 1)],
      },
    );
    await user.selectOptions(screen.getByLabelText('Kỳ báo cáo'), '1');
    await user.click(screen.getByLabelText('Hoặc dán nội dung CSV'));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(
      await screen.findByText('Đã nhập kỳ 1: 2 báo cáo mới, 1 báo cáo được điều chỉnh, 0 báo cáo không đổi.'),
    ).toBeInTheDocument();
  });

  it('asks for a file or pasted CSV before sending anything', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ImportReportsDialog campaignId="c-1" periods={PERIODS} defaultPeriod={5} onClose={jest.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Hãy chọn một tệp hoặc dán nội dung CSV.');
  });
});
