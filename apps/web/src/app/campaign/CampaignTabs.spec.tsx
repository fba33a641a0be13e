import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../generated/graphql';
import { MeQuery } from '../../modules/auth/graphql/queries/me';
import { SESSION_TOKEN_KEY } from '../../foundation/session/session-token';
import { ADMIN } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { CampaignTabs } from './CampaignTabs';

function renderTabs(role: Role, route = '/campaigns/c-1') {
  return renderWithProviders(<CampaignTabs base="/campaigns/c-1" />, {
    route,
    mocks: [{ request: { query: MeQuery }, result: { data: { me: { ...ADMIN, role } } } }],
  });
}

const tabNames = () =>
  within(screen.getByRole('navigation', { name: 'Các phần của chiến dịch' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('CampaignTabs', () => {
  beforeEach(() => window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc'));

  it("gives an administrator every section, the overview first at the campaign's own address", async () => {
    renderTabs('ADMIN');
    expect(await screen.findByRole('link', { name: 'Hồ sơ điện tử' })).toHaveAttribute(
      'href',
      '/campaigns/c-1/records',
    );
    expect(tabNames()).toEqual([
      'Tổng quan',
      'Xếp hạng',
      'Báo cáo tuần',
      'Thông tin chung',
      'Chỉ tiêu',
      'Kỳ báo cáo',
      'Tình hình báo cáo',
      'Tiêu chí thi đua',
      'Đợt xét',
      'Hồ sơ điện tử',
      'Đôn đốc',
      'Lịch sử',
    ]);
    expect(screen.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('href', '/campaigns/c-1');
    expect(screen.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Thông tin chung' })).toHaveAttribute('href', '/campaigns/c-1/settings');
  });

  it('offers a reporter no weekly report and no record feeds: no tab that would answer "no permission"', async () => {
    renderTabs('REPORTER');
    expect(await screen.findByRole('link', { name: 'Xếp hạng' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Báo cáo tuần' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hồ sơ điện tử' })).not.toBeInTheDocument();
  });

  it('offers a viewer the weekly report but not the record feeds', async () => {
    renderTabs('VIEWER');
    expect(await screen.findByRole('link', { name: 'Báo cáo tuần' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hồ sơ điện tử' })).not.toBeInTheDocument();
  });

  it("marks the rankings current on a unit opened from them, and names it on the phone's button", async () => {
    const user = userEvent.setup();
    renderTabs('BOARD', '/campaigns/c-1/units/u-970');
    expect(await screen.findByRole('link', { name: 'Xếp hạng' })).toHaveAttribute('aria-current', 'page');
    const toggle = screen.getByRole('button', { name: 'Xếp hạng' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
