import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INDICATORS } from '../../../test/campaign-fixtures';
import { PERIOD_5, damDoiReport } from '../../../test/report-fixtures';
import { renderWithProviders } from '../../../test/render';
import { SubmitReportMutation } from '../graphql/mutations/submit-report';
import { ReportEntryForm, type ReportEntryFormProps } from './ReportEntryForm';

const [RESOLUTION, DIGITIZATION, PAYMENT] = INDICATORS.map((indicator) => indicator.name);
const box = (label: 'Số đạt' | 'Tổng số', indicator: string) =>
  screen.getByRole('textbox', { name: `${label} – ${indicator}` });
const rowOf = (indicator: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${indicator}`) }).closest('tr') as HTMLElement;

function renderForm(props: Partial<ReportEntryFormProps> = {}, mocks: Parameters<typeof renderWithProviders>[1] = {}) {
  const onSubmitted = jest.fn();
  renderWithProviders(
    <ReportEntryForm
      campaignId="c-1"
      unitId="u-970"
      period={PERIOD_5}
      timeZone="Asia/Ho_Chi_Minh"
      indicators={INDICATORS}
      targets={
        new Map([
          ['ONLINE_RESOLUTION', 72.5],
          ['DIGITIZATION', 70],
        ])
      }
      report={null}
      canSubmit
      onSubmitted={onSubmitted}
      {...props}
    />,
    mocks,
  );
  return { onSubmitted };
}

const typeAll = async (user: ReturnType<typeof userEvent.setup>, figures: [string, string][]) => {
  const names = [RESOLUTION, DIGITIZATION, PAYMENT];
  for (let i = 0; i < figures.length; i++) {
    await user.type(box('Số đạt', names[i]), figures[i][0]);
    await user.type(box('Tổng số', names[i]), figures[i][1]);
  }
};

describe('ReportEntryForm', () => {
  it('checks each box as it is typed: a fraction, a negative count, then Số đạt above Tổng số', async () => {
    const user = userEvent.setup();
    renderForm();
    const numerator = box('Số đạt', RESOLUTION);
    const denominator = box('Tổng số', RESOLUTION);
    expect(numerator).toHaveAttribute('inputmode', 'numeric');

    await user.type(numerator, '1,5');
    expect(numerator).toHaveAttribute('aria-invalid', 'true');
    expect(numerator).toHaveAccessibleDescription(/^Phải là số nguyên\./);

    await user.clear(numerator);
    await user.type(numerator, '-3');
    expect(numerator).toHaveAccessibleDescription(/^Không được nhỏ hơn 0\./);

    await user.clear(numerator);
    await user.type(numerator, '25');
    // Tổng số still empty: no complaint while typing.
    expect(numerator).not.toHaveAttribute('aria-invalid');
    expect(denominator).not.toHaveAttribute('aria-invalid');
    await user.type(denominator, '20');
    expect(numerator).toHaveAccessibleDescription(/^Số đạt không được lớn hơn Tổng số\./);
    await user.clear(denominator);
    await user.type(denominator, '1.250');
    expect(numerator).not.toHaveAttribute('aria-invalid');
  });

  it('shows the rate live beside the unit’s target, met or not met, and no rate for 0 of 0', async () => {
    const user = userEvent.setup();
    renderForm();
    await typeAll(user, [
      ['7.113', '9.800'],
      ['69', '100'],
      ['0', '0'],
    ]);
    const resolution = within(rowOf(RESOLUTION));
    expect(resolution.getByText('72,58%')).toBeInTheDocument();
    expect(resolution.getByText('72,5%')).toBeInTheDocument();
    expect(resolution.getByText('Đạt')).toBeInTheDocument();

    const digitization = within(rowOf(DIGITIZATION));
    expect(digitization.getByText('69,00%')).toBeInTheDocument();
    expect(digitization.getByText('70%')).toBeInTheDocument();
    expect(digitization.getByText('Chưa đạt')).toBeInTheDocument();

    const payment = within(rowOf(PAYMENT));
    expect(payment.getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(payment.getByText('Không có chỉ tiêu')).toBeInTheDocument();
  });

  it('refuses to send empty boxes, flags them and focuses the first', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(box('Số đạt', RESOLUTION), '5');
    await user.click(screen.getByRole('button', { name: 'Nộp báo cáo' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Có 5 ô chưa hợp lệ.');
    expect(box('Tổng số', RESOLUTION)).toHaveFocus();
    expect(box('Tổng số', RESOLUTION)).toHaveAccessibleDescription(/^Hãy nhập số\./);
  });

  it('sends whole numbers in the campaign’s indicator order and puts a server userError on its box', async () => {
    const user = userEvent.setup();
    const values = [
      { indicatorCode: 'ONLINE_RESOLUTION', numerator: 7113, denominator: 9800 },
      { indicatorCode: 'DIGITIZATION', numerator: 69, denominator: 100 },
      { indicatorCode: 'ONLINE_PAYMENT', numerator: 0, denominator: 0 },
    ];
    const { onSubmitted } = renderForm(
      {},
      {
        mocks: [
          {
            request: {
              query: SubmitReportMutation,
              variables: { input: { campaignId: 'c-1', unitId: 'u-970', period: 5, values } },
            },
            result: {
              data: {
                submitReport: {
                  __typename: 'ReportPayload',
                  outcome: 'REFUSED',
                  report: null,
                  userErrors: [
                    {
                      __typename: 'UserError',
                      code: 'NEGATIVE_COUNT',
                      field: ['input', 'values', '1', 'denominator'],
                      message: 'negative',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    await typeAll(user, [
      ['7.113', '9.800'],
      ['69', '100'],
      ['0', '0'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Nộp báo cáo' }));

    const denominator = box('Tổng số', DIGITIZATION);
    expect(await screen.findByText('Không được nhỏ hơn 0.')).toBeInTheDocument();
    expect(denominator).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa nộp được.');
    expect(onSubmitted).not.toHaveBeenCalled();
    // Typing in the box clears the server's complaint.
    await user.type(denominator, '0');
    expect(denominator).not.toHaveAttribute('aria-invalid');
  });

  it('starts a revision from the stored figures and says it was revised', async () => {
    const user = userEvent.setup();
    const report = damDoiReport();
    const revised = { ...report, revision: 3 };
    const { onSubmitted } = renderForm(
      { report },
      {
        mocks: [
          {
            request: {
              query: SubmitReportMutation,
              variables: {
                input: {
                  campaignId: 'c-1',
                  unitId: 'u-970',
                  period: 5,
                  values: [
                    { indicatorCode: 'ONLINE_RESOLUTION', numerator: 80, denominator: 100 },
                    { indicatorCode: 'DIGITIZATION', numerator: 60, denominator: 100 },
                    { indicatorCode: 'ONLINE_PAYMENT', numerator: 40, denominator: 100 },
                  ],
                },
              },
            },
            result: {
              data: {
                submitReport: { __typename: 'ReportPayload', outcome: 'REVISED', report: revised, userErrors: [] },
              },
            },
          },
        ],
      },
    );
    expect(screen.getByText('Đã nộp lúc 03/04/2023 09:00 (Trễ hạn); lần điều chỉnh gần nhất: 2.')).toBeInTheDocument();
    const numerator = box('Số đạt', RESOLUTION);
    expect(numerator).toHaveValue('75');
    await user.clear(numerator);
    await user.type(numerator, '80');
    await user.click(screen.getByRole('button', { name: 'Nộp điều chỉnh' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledWith('Đã ghi nhận lần điều chỉnh 3 của báo cáo kỳ 5.'));
  });
});
