import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { DateField, INVALID_DATE } from './DateField';

/** A form's side: keeps the value the field hands it and shows it, as a form would send it. */
function Harness({ initial = '', min, label = 'Từ ngày' }: { initial?: string; min?: string; label?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField id="start" label={label} value={value} onChange={setValue} min={min} />
      <output data-testid="value">{value}</output>
      <button type="button">next</button>
    </>
  );
}

const sent = () => screen.getByTestId('value').textContent;

describe('DateField', () => {
  it('shows the form’s yyyy-MM-dd as dd/mm/yyyy and takes 01/03/2023 as 1 March, not 3 January', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial="2023-12-31" />);
    const input = screen.getByRole('textbox', { name: 'Từ ngày' });
    expect(input).toHaveValue('31/12/2023');
    await user.clear(input);
    await user.type(input, '1/3/2023');
    expect(sent()).toBe('2023-03-01');
    await user.tab();
    expect(input).toHaveValue('01/03/2023');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('refuses 31/02/2023 with a clear message once the field is left, and hands the form no date', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Từ ngày' });
    await user.type(input, '31/02/2023');
    expect(sent()).toBe(INVALID_DATE);
    expect(screen.queryByText(/Không có ngày/)).not.toBeInTheDocument();
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Không có ngày 31\/02\/2023: tháng 2\/2023 chỉ có 28 ngày\./);
    await user.click(input);
    await user.type(input, 'x');
    await user.tab();
    expect(screen.getByText('Nhập ngày theo dạng ngày/tháng/năm, ví dụ 01/03/2023.')).toBeInTheDocument();
  });

  it('refuses a day before the earliest allowed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness min="2026-12-04" />);
    await user.type(screen.getByRole('textbox', { name: 'Từ ngày' }), '03/12/2026');
    await user.tab();
    expect(sent()).toBe(INVALID_DATE);
    expect(screen.getByText('Chọn ngày từ 04/12/2026 trở đi.')).toBeInTheDocument();
  });

  it('picks a day on a Vietnamese calendar with the keyboard, and closes with Escape', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial="2023-03-01" />);
    await user.click(screen.getByRole('button', { name: 'Từ ngày: mở lịch' }));
    const calendar = screen.getByRole('dialog', { name: 'Từ ngày: chọn ngày' });
    expect(calendar).toHaveTextContent(/Th 2|T2/);
    expect(screen.getByRole('combobox', { name: /tháng/i })).toHaveDisplayValue('Tháng Ba');
    // The chosen day has the focus: the right arrow moves to 2 March, Enter picks it.
    await user.keyboard('{ArrowRight}{Enter}');
    expect(sent()).toBe('2023-03-02');
    expect(screen.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('02/03/2023');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Từ ngày: mở lịch' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('speaks English in the English interface, still day first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial="2023-03-01" label="From" />, { lang: 'en' });
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('01/03/2023');
    await user.click(screen.getByRole('button', { name: 'From: open the calendar' }));
    expect(screen.getByRole('dialog', { name: 'From: pick a date' })).toHaveTextContent('Mo');
    await user.click(screen.getByRole('button', { name: /15(th)? March 2023/ }));
    expect(sent()).toBe('2023-03-15');
    await user.clear(screen.getByRole('textbox', { name: 'From' }));
    await user.type(screen.getByRole('textbox', { name: 'From' }), '30/02/2024');
    await user.tab();
    expect(screen.getByText('There is no 30/02/2024: 2/2024 has only 29 days.')).toBeInTheDocument();
  });
});
