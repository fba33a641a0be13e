import { render, screen } from '@testing-library/react';
import { ScrollBox } from './ScrollBox';

function widths(scrollWidth: number, clientWidth: number) {
  jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

function renderBox() {
  return render(
    <>
      <h2 id="levels">Kết quả theo cấp</h2>
      <ScrollBox labelledBy="levels">
        <table aria-labelledby="levels">
          <tbody>
            <tr>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>
    </>,
  );
}

describe('ScrollBox', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is a named region in the tab order when its table is wider than the screen', () => {
    widths(560, 342);
    renderBox();
    const region = screen.getByRole('region', { name: 'Kết quả theo cấp' });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('stays a plain box, out of the tab order, when the table fits', () => {
    widths(342, 342);
    renderBox();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table').parentElement).not.toHaveAttribute('tabindex');
  });
});
