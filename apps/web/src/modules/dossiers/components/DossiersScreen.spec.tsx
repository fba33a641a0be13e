import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { RecomputeRecordFiguresMutation } from '../graphql/mutations/recompute-record-figures';
import { SetIndicatorRecordRuleMutation } from '../graphql/mutations/set-indicator-record-rule';
import { RecordRulesQuery } from '../graphql/queries/record-rules';
import type { DossierUploadOutcome, UploadProgress, uploadDossiers } from '../utils/upload-dossiers';
import { DossiersScreen } from './DossiersScreen';

const indicator = (id: string, code: string, name: string) => ({ __typename: 'Indicator' as const, id, code, name });
const INDICATORS = [
  indicator('ind-1', 'DIGITIZATION', 'Tỷ lệ số hóa hồ sơ'),
  indicator('ind-2', 'ONLINE_RESOLUTION', 'Tỷ lệ giải quyết trực tuyến'),
];
const rule = (indicatorId: string, numerator: string, denominator: string) => ({
  __typename: 'IndicatorRecordRule' as const,
  indicator: { __typename: 'Indicator' as const, id: indicatorId },
  numerator,
  denominator,
});
const rulesMock = (rules: ReturnType<typeof rule>[]) => ({
  request: { query: RecordRulesQuery },
  result: { data: { indicators: INDICATORS, indicatorRecordRules: rules } },
});
const userError = (code: string, field: string[], message: string) => ({
  __typename: 'UserError' as const,
  code,
  field,
  message,
});
const setRuleMock = (numerator: string, denominator: string, result: object) => ({
  request: {
    query: SetIndicatorRecordRuleMutation,
    variables: { input: { indicatorId: 'ind-2', numerator, denominator } },
  },
  result: { data: { setIndicatorRecordRule: { __typename: 'IndicatorRecordRulePayload', ...result } } },
});

const row = async (name: string) =>
  (await screen.findByRole('rowheader', { name: new RegExp(name) })).closest('tr') as HTMLElement;

/** A stand-in for the XHR upload that the test drives step by step: progress, then the answer. */
function controlledUpload() {
  let progress: ((p: UploadProgress) => void) | undefined;
  let answer: ((outcome: DossierUploadOutcome) => void) | undefined;
  const send = jest.fn<ReturnType<typeof uploadDossiers>, Parameters<typeof uploadDossiers>>(
    (_file, _format, options) => {
      progress = options.onProgress;
      return new Promise((resolve) => (answer = resolve));
    },
  );
  return {
    send,
    progress: (loaded: number, total: number) => act(() => progress?.({ loaded, total })),
    answer: (outcome: DossierUploadOutcome) => act(() => answer?.(outcome)),
  };
}

describe('DossiersScreen: how records feed the indicators', () => {
  it('shows each indicator with its saved measures in Vietnamese, or that it does not come from records', async () => {
    renderWithProviders(<DossiersScreen />, { mocks: [rulesMock([rule('ind-1', 'DIGITISED', 'RESOLVED')])] });

    const digitization = await row('Tỷ lệ số hóa hồ sơ');
    expect(within(digitization).getByRole('combobox', { name: 'Số đạt của Tỷ lệ số hóa hồ sơ' })).toHaveDisplayValue(
      'Số hóa hồ sơ, kết quả',
    );
    expect(within(digitization).getByRole('combobox', { name: 'Tổng số của Tỷ lệ số hóa hồ sơ' })).toHaveDisplayValue(
      'Hồ sơ đã giải quyết',
    );
    expect(within(digitization).getByRole('button', { name: 'Lưu cách tính của Tỷ lệ số hóa hồ sơ' })).toBeDisabled();
    const online = await row('Tỷ lệ giải quyết trực tuyến');
    expect(within(online).getByText('Chưa lấy từ hồ sơ')).toBeInTheDocument();
    expect(within(online).getByRole('combobox', { name: 'Số đạt của Tỷ lệ giải quyết trực tuyến' })).toHaveDisplayValue(
      '— Chọn —',
    );
    expect(screen.queryByText('Chưa có chỉ số nào lấy số liệu từ hồ sơ')).not.toBeInTheDocument();
  });

  it('says that no indicator comes from records yet, and asks for both measures before saving', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DossiersScreen />, { mocks: [rulesMock([])] });

    expect(await screen.findByText('Chưa có chỉ số nào lấy số liệu từ hồ sơ')).toBeInTheDocument();
    const online = await row('Tỷ lệ giải quyết trực tuyến');
    await user.selectOptions(
      within(online).getByRole('combobox', { name: 'Số đạt của Tỷ lệ giải quyết trực tuyến' }),
      'Giải quyết trực tuyến',
    );
    await user.click(within(online).getByRole('button', { name: 'Lưu cách tính của Tỷ lệ giải quyết trực tuyến' }));
    expect(within(online).getByRole('alert')).toHaveTextContent('Hãy chọn cả số đạt và tổng số.');
  });

  it('saves a rule, reads the list again and says so', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DossiersScreen />, {
      mocks: [
        rulesMock([]),
        setRuleMock('RESOLVED_ONLINE', 'RECEIVED', {
          rule: rule('ind-2', 'RESOLVED_ONLINE', 'RECEIVED'),
          userErrors: [],
        }),
        rulesMock([rule('ind-2', 'RESOLVED_ONLINE', 'RECEIVED')]),
      ],
    });
    const online = await row('Tỷ lệ giải quyết trực tuyến');
    await user.selectOptions(
      within(online).getByRole('combobox', { name: 'Số đạt của Tỷ lệ giải quyết trực tuyến' }),
      'RESOLVED_ONLINE',
    );
    await user.selectOptions(
      within(online).getByRole('combobox', { name: 'Tổng số của Tỷ lệ giải quyết trực tuyến' }),
      'RECEIVED',
    );
    await user.click(within(online).getByRole('button', { name: 'Lưu cách tính của Tỷ lệ giải quyết trực tuyến' }));

    expect(await screen.findByText('Đã lưu cách tính chỉ số Tỷ lệ giải quyết trực tuyến.')).toBeInTheDocument();
    const saved = await row('Tỷ lệ giải quyết trực tuyến');
    expect(within(saved).queryByText('Chưa lấy từ hồ sơ')).not.toBeInTheDocument();
    expect(within(saved).getByRole('combobox', { name: 'Tổng số của Tỷ lệ giải quyết trực tuyến' })).toHaveDisplayValue(
      'Hồ sơ tiếp nhận',
    );
    expect(screen.queryByText('Chưa có chỉ số nào lấy số liệu từ hồ sơ')).not.toBeInTheDocument();
  });

  it('puts a refusal beside the select it is about', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DossiersScreen />, {
      mocks: [
        rulesMock([]),
        setRuleMock('PAID_ONLINE', 'RECEIVED', {
          rule: null,
          userErrors: [userError('INVALID_MEASURE', ['input', 'denominator'], 'Unknown measure RECEIVED.')],
        }),
      ],
    });
    const online = await row('Tỷ lệ giải quyết trực tuyến');
    await user.selectOptions(
      within(online).getByRole('combobox', { name: 'Số đạt của Tỷ lệ giải quyết trực tuyến' }),
      'PAID_ONLINE',
    );
    await user.selectOptions(
      within(online).getByRole('combobox', { name: 'Tổng số của Tỷ lệ giải quyết trực tuyến' }),
      'RECEIVED',
    );
    await user.click(within(online).getByRole('button', { name: 'Lưu cách tính của Tỷ lệ giải quyết trực tuyến' }));

    const denominator = within(online).getByRole('combobox', { name: 'Tổng số của Tỷ lệ giải quyết trực tuyến' });
    expect(await within(online).findByText('Loại hồ sơ này không tồn tại.')).toBeInTheDocument();
    expect(denominator).toHaveAttribute('aria-invalid', 'true');
    expect(denominator).toHaveAccessibleDescription('Loại hồ sơ này không tồn tại.');
    expect(
      within(online).getByRole('combobox', { name: 'Số đạt của Tỷ lệ giải quyết trực tuyến' }),
    ).not.toHaveAttribute('aria-invalid');
  });
});

describe('DossiersScreen: importing a file of dossiers', () => {
  it('sends the chosen NDJSON file, shows the upload and then the server at work, then the summary and the rejected lines', async () => {
    const user = userEvent.setup();
    const upload = controlledUpload();
    renderWithProviders(<DossiersScreen send={upload.send} />, { mocks: [rulesMock([])] });
    window.localStorage.setItem('thidua.token', 'session-abc');

    const file = new File(['{"source":"DVC"}\n'], 'ho-so-thang-3.ndjson', { type: 'application/x-ndjson' });
    await user.upload(screen.getByLabelText('Tệp hồ sơ'), file);
    expect(screen.getByRole('combobox', { name: 'Định dạng' })).toHaveDisplayValue('NDJSON');
    await user.click(screen.getByRole('button', { name: 'Nhập hồ sơ' }));

    expect(upload.send).toHaveBeenCalledWith(file, 'ndjson', expect.objectContaining({ token: 'session-abc' }));
    expect(screen.getByRole('button', { name: 'Đang nhập…' })).toBeDisabled();
    upload.progress(40, 100);
    expect(await screen.findByText('Đang tải tệp lên: 40%')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ tải lên' })).toHaveAttribute('value', '0.4');
    upload.progress(100, 100);
    expect(await screen.findByText('Máy chủ đang ghi hồ sơ và tính lại số liệu…')).toBeInTheDocument();

    upload.answer({
      ok: true,
      summary: {
        rows: 12_503,
        inserted: 12_000,
        updated: 450,
        moved: 3,
        rejected: 50,
        rejections: [
          { line: 4, field: 'unit_code', code: 'UNKNOWN_UNIT', reason: 'no unit has the code "NOPE"', value: 'NOPE' },
          // A code this app does not know yet: the server's own words.
          {
            line: 9,
            field: 'channel',
            code: 'SOMETHING_NEW',
            reason: 'channel "FAX" is not one of ONLINE, IN_PERSON, POST',
          },
        ],
        recompute: { campaigns: 1, cells: 1_250, created: 1_000, revised: 200, unchanged: 50 },
      },
    });

    const summary = await screen.findByRole('region', { name: 'Kết quả nhập ho-so-thang-3.ndjson' });
    const count = (label: string) => within(summary).getByText(label).nextElementSibling?.textContent;
    expect(count('Số dòng đã đọc')).toBe('12.503');
    expect(count('Đã thêm')).toBe('12.000');
    expect(count('Đã cập nhật')).toBe('450');
    expect(count('Đã chuyển kỳ')).toBe('3');
    expect(count('Bị từ chối')).toBe('50');
    expect(
      within(summary).getByText(
        'Đã tính lại 1.250 ô số liệu của 1 chiến dịch: 1.000 báo cáo mới, 200 lần điều chỉnh, 50 không đổi.',
      ),
    ).toBeInTheDocument();
    expect(within(summary).getByText('Chỉ liệt kê 2 dòng đầu trong 50 dòng bị từ chối.')).toBeInTheDocument();
    const rejected = within(within(summary).getByRole('table', { name: 'Các dòng bị từ chối' }))
      .getAllByRole('row')
      .slice(1);
    expect(rejected.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((cell) => cell.textContent))).toEqual(
      [
        ['4', 'unit_code', 'Không có đơn vị nào mang mã "NOPE"'],
        ['9', 'channel', 'channel "FAX" is not one of ONLINE, IN_PERSON, POST'],
      ],
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nhập hồ sơ' })).toBeEnabled();
  });

  it('asks for a file first, and says a refused file in words', async () => {
    const user = userEvent.setup();
    const upload = controlledUpload();
    renderWithProviders(<DossiersScreen send={upload.send} />, { mocks: [rulesMock([])] });

    await user.click(screen.getByRole('button', { name: 'Nhập hồ sơ' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Hãy chọn một tệp hồ sơ.');
    expect(upload.send).not.toHaveBeenCalled();

    await user.upload(
      screen.getByLabelText('Tệp hồ sơ'),
      new File(['source,colour\n'], 'ho-so.csv', { type: 'text/csv' }),
    );
    expect(screen.getByRole('combobox', { name: 'Định dạng' })).toHaveDisplayValue('CSV');
    await user.click(screen.getByRole('button', { name: 'Nhập hồ sơ' }));
    upload.answer({
      ok: false,
      status: 400,
      error: 'BAD_FILE',
      message: 'the header lacks external_id, unit_code',
      retryAfterSeconds: null,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tệp không đọc được: the header lacks external_id, unit_code',
    );
    expect(screen.queryByRole('region', { name: /Kết quả nhập/ })).not.toBeInTheDocument();
  });

  it('says when the upload does not reach the server', async () => {
    const user = userEvent.setup();
    const send = jest.fn<ReturnType<typeof uploadDossiers>, Parameters<typeof uploadDossiers>>(() =>
      Promise.reject(new Error('offline')),
    );
    renderWithProviders(<DossiersScreen send={send} />, { mocks: [rulesMock([])] });
    await user.upload(screen.getByLabelText('Tệp hồ sơ'), new File(['x'], 'ho-so.csv'));
    await user.click(screen.getByRole('button', { name: 'Nhập hồ sơ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ. Vui lòng thử lại.');
  });
});

describe('DossiersScreen: recount', () => {
  it('recounts the touched cells and says what it wrote, in Vietnamese numbers', async () => {
    const user = userEvent.setup();
    renderWithProviders(<DossiersScreen />, {
      mocks: [
        rulesMock([]),
        {
          request: { query: RecomputeRecordFiguresMutation, variables: { campaignId: null } },
          result: {
            data: {
              recomputeRecordFigures: {
                __typename: 'RecomputeRecordFiguresPayload',
                recompute: {
                  __typename: 'RecordRecompute',
                  campaigns: 2,
                  cells: 12_668,
                  created: 10_000,
                  revised: 2_000,
                  unchanged: 668,
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Tính lại số liệu' }));
    expect(
      await screen.findByText(
        'Đã tính lại 12.668 ô số liệu của 2 chiến dịch: 10.000 báo cáo mới, 2.000 lần điều chỉnh, 668 không đổi.',
      ),
    ).toBeInTheDocument();
  });
});
