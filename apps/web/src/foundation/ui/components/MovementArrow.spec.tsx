import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { MovementArrow } from './MovementArrow';

describe('MovementArrow', () => {
  it.each([
    [2, '▲2', 'Tăng 2 hạng'],
    [-1, '▼1', 'Giảm 1 hạng'],
    [0, '–', 'Giữ nguyên hạng'],
  ])('movement %i reads %s and says "%s"', (movement, symbol, label) => {
    const { container } = renderWithProviders(<MovementArrow movement={movement} />);
    expect(screen.getByText(symbol)).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(container.querySelector('.movement')).not.toBeNull();
  });

  it('shows no arrow when there is nothing to compare (period 1 or unranked)', () => {
    const { container } = renderWithProviders(<MovementArrow movement={null} />);
    expect(container.querySelector('.movement')).toBeNull();
    expect(screen.getByText('Chưa so sánh được')).toHaveClass('visually-hidden');
  });

  it('speaks English too', () => {
    renderWithProviders(<MovementArrow movement={3} />, { lang: 'en' });
    expect(screen.getByText('Up 3 places')).toBeInTheDocument();
  });
});
