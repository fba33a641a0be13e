import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { UnitPicker, type UnitOption } from './UnitPicker';

const COMMUNES: UnitOption[] = [
  { id: 'u-1', code: '970', name: 'Huyện Đầm Dơi' },
  { id: 'u-2', code: '32152', name: 'Thị trấn Đầm Dơi' },
  { id: 'u-3', code: '32155', name: 'Xã Tạ An Khương' },
  { id: 'u-4', code: '32158', name: 'Xã Tân Thuận' },
];

function Harness() {
  const [unit, setUnit] = useState<UnitOption | null>(null);
  return (
    <>
      <UnitPicker id="unit" label="Đơn vị" value={unit} onChange={setUnit} options={COMMUNES} />
      <output data-testid="picked">{unit?.id ?? ''}</output>
    </>
  );
}

describe('UnitPicker over given units', () => {
  it('finds "Thị trấn Đầm Dơi" by "tt dam" without accents, and picks it with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Đơn vị' });
    await user.type(input, 'DAM  doi');
    expect(screen.getAllByRole('option').map((option) => option.firstChild?.textContent)).toEqual([
      'Huyện Đầm Dơi',
      'Thị trấn Đầm Dơi',
    ]);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByTestId('picked')).toHaveTextContent('u-2');
    expect(input).toHaveValue('Thị trấn Đầm Dơi (32152)');
  });

  it('finds a unit by its code and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Đơn vị' });
    await user.type(input, '32158');
    expect(screen.getByRole('option')).toHaveTextContent('Xã Tân Thuận');
    await user.clear(input);
    await user.type(input, 'năm căn');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(screen.getByText('Không tìm thấy đơn vị')).toBeInTheDocument();
  });
});
