import { screen } from '@testing-library/react';
import { MeQuery } from '../modules/auth/graphql/queries/me';
import { SESSION_TOKEN_KEY } from '../foundation/session/session-token';
import { ADMIN } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { RoleOnly } from './RoleOnly';

const as = (role: 'ADMIN' | 'BOARD' | 'REPORTER' | 'VIEWER') => [
  { request: { query: MeQuery }, result: { data: { me: { ...ADMIN, role } } } },
];

function Probe() {
  return (
    <>
      <p>Luôn hiện</p>
      <RoleOnly place="report">
        <a href="/report">Nộp báo cáo</a>
      </RoleOnly>
      <RoleOnly place="campaign.weeklyReport" fallback={<span>Không dành cho bạn</span>}>
        <a href="/campaigns/c-1/weekly-report">Báo cáo tuần</a>
      </RoleOnly>
    </>
  );
}

describe('RoleOnly', () => {
  beforeEach(() => window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc'));

  it('shows a reporter "Nộp báo cáo" but not the weekly report, which it replaces with the fallback', async () => {
    renderWithProviders(<Probe />, { mocks: as('REPORTER') });
    expect(await screen.findByRole('link', { name: 'Nộp báo cáo' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Báo cáo tuần' })).not.toBeInTheDocument();
    expect(screen.getByText('Không dành cho bạn')).toBeInTheDocument();
  });

  it('shows a board member the weekly report but not "Nộp báo cáo"', async () => {
    renderWithProviders(<Probe />, { mocks: as('BOARD') });
    expect(await screen.findByRole('link', { name: 'Báo cáo tuần' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nộp báo cáo' })).not.toBeInTheDocument();
  });

  it('shows nothing role-bound before `me` has answered', () => {
    renderWithProviders(<Probe />, { mocks: as('ADMIN') });
    expect(screen.getByText('Luôn hiện')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
