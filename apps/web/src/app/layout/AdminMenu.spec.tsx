import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { AdminMenu } from './AdminMenu';

const LINKS = [
  { to: '/users', label: 'Người dùng' },
  { to: '/api-tokens', label: 'Mã truy cập API' },
  { to: '/audit', label: 'Nhật ký' },
];

function renderMenu(route = '/units') {
  return renderWithProviders(
    <>
      <button type="button">Trước</button>
      <AdminMenu links={LINKS} />
      <p>Nội dung trang</p>
    </>,
    { route },
  );
}

const menuButton = () => screen.getByRole('button', { name: 'Quản trị' });

describe('AdminMenu', () => {
  it('opens with ArrowDown on the first link, moves with the arrows (wrapping), Home and End, and Escape gives focus back', async () => {
    const user = userEvent.setup();
    renderMenu();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    await user.tab();
    await user.tab();
    expect(menuButton()).toHaveFocus();
    await user.keyboard('{ArrowDown}');

    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Người dùng',
      'Mã truy cập API',
      'Nhật ký',
    ]);
    expect(screen.getByRole('link', { name: 'Người dùng' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: 'Mã truy cập API' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('link', { name: 'Người dùng' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('link', { name: 'Nhật ký' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('link', { name: 'Người dùng' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('link', { name: 'Nhật ký' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('opens with ArrowUp on the last link', async () => {
    const user = userEvent.setup();
    renderMenu();
    menuButton().focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('link', { name: 'Nhật ký' })).toHaveFocus();
  });

  it('toggles with Enter and Space, keeping focus on the button', async () => {
    const user = userEvent.setup();
    renderMenu();
    menuButton().focus();
    await user.keyboard('{Enter}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(menuButton()).toHaveFocus();
    expect(screen.getByRole('list')).toHaveAttribute('id', menuButton().getAttribute('aria-controls'));
    await user.keyboard(' ');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    // Tab walks into the open list, like any links.
    await user.tab();
    expect(screen.getByRole('link', { name: 'Người dùng' })).toHaveFocus();
  });

  it('closes on a click outside and when focus leaves it', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(menuButton());
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Nội dung trang'));
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');

    await user.click(menuButton());
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Nhật ký' })).toHaveFocus();
    await user.tab();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('follows a link, closes, and marks itself as holding the current screen', async () => {
    const user = userEvent.setup();
    renderMenu('/units');
    expect(menuButton()).not.toHaveClass('admin-menu__button--current');
    await user.click(menuButton());
    await user.click(screen.getByRole('link', { name: 'Mã truy cập API' }));

    expect(screen.getByTestId('location')).toHaveTextContent('/api-tokens');
    await waitFor(() => expect(menuButton()).toHaveAttribute('aria-expanded', 'false'));
    expect(menuButton()).toHaveClass('admin-menu__button--current');
    await user.click(menuButton());
    expect(screen.getByRole('link', { name: 'Mã truy cập API' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Nhật ký' })).not.toHaveAttribute('aria-current');
  });
});
