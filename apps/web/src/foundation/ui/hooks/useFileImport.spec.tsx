import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { useFileImport, type ImportOutcome, type ImportSource } from './useFileImport';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The smallest dialog around the hook: a file input, a textarea, the messages, and a send the test controls. */
function Harness({
  acceptXlsx,
  send,
}: {
  acceptXlsx?: boolean;
  send: (source: ImportSource) => Promise<ImportOutcome>;
}) {
  const file = useFileImport({
    acceptXlsx,
    emptyMessage: 'Chưa có gì để nhập.',
    errorRoot: 'file',
    describe: (error) => `mô tả: ${error.message}`,
  });
  return (
    <form onSubmit={(event) => void file.onSubmit(event, send)}>
      <label htmlFor="f">Tệp</label>
      <input id="f" type="file" onChange={(event) => void file.onFileChange(event)} />
      <label htmlFor="t">CSV</label>
      <textarea id="t" value={file.csv} onChange={(event) => file.onCsvChange(event.target.value)} />
      <output data-testid="xlsx">{file.xlsxName ?? ''}</output>
      <output data-testid="busy">{file.busy ? 'busy' : 'idle'}</output>
      <ul aria-label="Lỗi chung">
        {file.general.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <ul aria-label="Lỗi theo dòng">
        {file.rows.map((row) => (
          <li key={`${row.row}-${row.column}`}>{`${row.row}|${row.column}|${row.message}`}</li>
        ))}
      </ul>
      <p data-testid="done">{file.done}</p>
      <button type="submit">Nhập</button>
    </form>
  );
}

const items = (name: string) =>
  Array.from(screen.getByRole('list', { name }).querySelectorAll('li')).map((li) => li.textContent);

describe('useFileImport', () => {
  it('reads a CSV file as text and an XLSX file as base64 without the data-URL prefix; typing replaces the XLSX', async () => {
    const user = userEvent.setup();
    const send = jest.fn(async (_source: ImportSource): Promise<ImportOutcome> => ({ done: 'Xong.' }));
    renderWithProviders(<Harness acceptXlsx send={send} />);

    await user.upload(
      screen.getByLabelText('Tệp'),
      new File(['code,name\n970,Đầm Dơi'], 'don-vi.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByDisplayValue(/970,Đầm Dơi/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(send).toHaveBeenLastCalledWith({ csv: 'code,name\n970,Đầm Dơi' });
    expect(await screen.findByText('Xong.')).toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Tệp'),
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'ky-5.xlsx', { type: XLSX_TYPE }),
    );
    expect(await screen.findByTestId('xlsx')).toHaveTextContent('ky-5.xlsx');
    expect(screen.getByLabelText('CSV')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(send).toHaveBeenLastCalledWith({ xlsxBase64: 'UEsDBA==' });

    await user.type(screen.getByLabelText('CSV'), 'a');
    expect(screen.getByTestId('xlsx')).toHaveTextContent('');
  });

  it('reads an .xlsx file as text when the dialog takes CSV only', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness send={jest.fn()} />);
    await user.upload(screen.getByLabelText('Tệp'), new File(['x,y'], 'bang.xlsx', { type: XLSX_TYPE }));
    expect(await screen.findByDisplayValue('x,y')).toBeInTheDocument();
    expect(screen.getByTestId('xlsx')).toHaveTextContent('');
  });

  it('sends nothing without a file or text (blank text counts as none)', async () => {
    const user = userEvent.setup();
    const send = jest.fn();
    renderWithProviders(<Harness send={send} />);
    await user.type(screen.getByLabelText('CSV'), '   ');
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(items('Lỗi chung')).toEqual(['Chưa có gì để nhập.']);
    expect(send).not.toHaveBeenCalled();
  });

  it('is busy while sending and ignores a second submit until the answer arrives', async () => {
    const user = userEvent.setup();
    let answer: (outcome: ImportOutcome) => void = () => undefined;
    const send = jest.fn(() => new Promise<ImportOutcome>((resolve) => (answer = resolve)));
    renderWithProviders(<Harness send={send} />);
    await user.type(screen.getByLabelText('CSV'), 'code');

    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(screen.getByTestId('busy')).toHaveTextContent('busy');
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(send).toHaveBeenCalledTimes(1);

    await act(async () => answer({ done: 'Đã nhập 3 đơn vị.' }));
    expect(screen.getByTestId('busy')).toHaveTextContent('idle');
    expect(screen.getByTestId('done')).toHaveTextContent('Đã nhập 3 đơn vị.');
  });

  it('puts row errors in the table, ordered by row, and the rest beside the refusal; a new attempt clears them', async () => {
    const user = userEvent.setup();
    const send = jest
      .fn<Promise<ImportOutcome>, [ImportSource]>()
      .mockResolvedValueOnce({
        failed: 'Có 3 lỗi.',
        userErrors: [
          { code: 'NOT_A_NUMBER', field: ['file', '4', 'numerator'], message: 'x' },
          { code: 'UNKNOWN_UNIT', field: ['file', '2', 'unitCode'], message: 'y' },
          { code: 'TOO_MANY_ROWS', field: ['input', 'csv'], message: 'z' },
        ],
      })
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderWithProviders(<Harness send={send} />);
    await user.type(screen.getByLabelText('CSV'), 'code');

    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(await screen.findByText('Có 3 lỗi.')).toBeInTheDocument();
    expect(items('Lỗi chung')).toEqual(['Có 3 lỗi.', 'mô tả: z']);
    expect(items('Lỗi theo dòng')).toEqual(['2|unitCode|mô tả: y', '4|numerator|mô tả: x']);

    // A network failure is said in words, and the previous rows go.
    await user.click(screen.getByRole('button', { name: 'Nhập' }));
    expect(await screen.findByText('Không kết nối được máy chủ. Vui lòng thử lại.')).toBeInTheDocument();
    expect(items('Lỗi theo dòng')).toEqual([]);
    expect(screen.getByTestId('busy')).toHaveTextContent('idle');
  });
});
