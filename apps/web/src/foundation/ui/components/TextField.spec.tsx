import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SelectField } from './SelectField';
import { TextField, type TextFieldProps } from './TextField';

function Controlled({ onChange, initial = '', ...props }: Omit<TextFieldProps, 'value'> & { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <TextField
      {...props}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('TextField', () => {
  it('is found by its label, required, described by its hint, and hands back what is typed', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(
      <Controlled
        id="target-set-key"
        label="Mã bộ"
        hint="Chữ thường, số và dấu gạch ngang."
        required
        onChange={onChange}
      />,
    );
    const input = screen.getByLabelText('Mã bộ');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription('Chữ thường, số và dấu gạch ngang.');
    await user.type(input, 'plan-2023');
    expect(onChange).toHaveBeenLastCalledWith('plan-2023');
    expect(input).toHaveValue('plan-2023');
  });

  it('marks the input invalid and reads the error before the hint', () => {
    render(
      <TextField
        id="user-password"
        label="Mật khẩu"
        type="password"
        autoComplete="new-password"
        hint="Ít nhất 8 ký tự."
        errors={['Mật khẩu quá ngắn.', 'Hãy thêm một chữ số.']}
        value="ngan"
        onChange={jest.fn()}
      />,
    );
    const input = screen.getByLabelText('Mật khẩu');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'user-password-error user-password-hint');
    expect(input).toHaveAccessibleDescription('Mật khẩu quá ngắn. Hãy thêm một chữ số. Ít nhất 8 ký tự.');
    expect(input).not.toBeRequired();
  });

  it('without a hint or errors describes nothing; disabled and autofocus pass through; multiline is a text area', () => {
    render(
      <>
        <TextField
          id="indicator-code"
          label="Mã chỉ số"
          value="ONLINE_PAYMENT"
          onChange={jest.fn()}
          disabled
          autoFocus
        />
        <TextField id="indicator-description" label="Mô tả" value="" onChange={jest.fn()} multiline />
      </>,
    );
    const code = screen.getByLabelText('Mã chỉ số');
    expect(code).toBeDisabled();
    expect(code).toHaveAttribute('data-autofocus', 'true');
    expect(code).not.toHaveAttribute('aria-describedby');
    expect(screen.getByLabelText('Mô tả').tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Mô tả')).not.toHaveAttribute('data-autofocus');
  });
});

describe('SelectField', () => {
  it('offers its options, hands back the chosen value and shows its errors', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(
      <SelectField id="unit-level" label="Cấp" required value="" onChange={onChange} errors={['Hãy chọn cấp.']}>
        <option value="">Chọn cấp</option>
        <option value="district">Cấp huyện</option>
      </SelectField>,
    );
    const select = screen.getByLabelText('Cấp');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Hãy chọn cấp.');
    await user.selectOptions(select, 'Cấp huyện');
    expect(onChange).toHaveBeenCalledWith('district');
  });
});
