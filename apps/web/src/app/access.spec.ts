import { ACCESS, mayOpen, rolesFor } from './access';

describe('what each role may open (mirroring the API)', () => {
  it('offers "Nộp báo cáo" to those who may submit (admin, reporter), not to a board member or a viewer', () => {
    expect(rolesFor('report')).toEqual(['ADMIN', 'REPORTER']);
    expect(mayOpen('BOARD', 'report')).toBe(false);
    expect(mayOpen('VIEWER', 'report')).toBe(false);
  });

  it('keeps the weekly report from a reporter, whom the API refuses it (WEEKLY_REPORT_READERS)', () => {
    expect(rolesFor('campaign.weeklyReport')).toEqual(['ADMIN', 'BOARD', 'VIEWER']);
  });

  it('gives the administration screens, the record feeds and every change to the administrator only', () => {
    for (const place of ['users', 'apiTokens', 'dossiers', 'audit', 'newCampaign', 'campaign.records'] as const)
      expect(rolesFor(place)).toEqual(['ADMIN']);
    expect(rolesFor('manageCampaigns')).toEqual(['ADMIN']);
  });

  it('lets admin and board decide reviews, as createReview and decideProposal admit', () => {
    expect(rolesFor('decideReviews')).toEqual(['ADMIN', 'BOARD']);
  });

  it('lets every role read a campaign: overview, rankings, settings, targets, periods, status, rules, reviews', () => {
    const readable = [
      'campaign.overview',
      'campaign.rankings',
      'campaign.settings',
      'campaign.targets',
      'campaign.periods',
      'campaign.reports',
      'campaign.rules',
      'campaign.reviews',
      'campaign.history',
    ] as const;
    for (const place of readable) expect(rolesFor(place)).toEqual(['ADMIN', 'BOARD', 'REPORTER', 'VIEWER']);
  });

  it('opens nothing to someone not signed in', () => {
    for (const place of Object.keys(ACCESS) as (keyof typeof ACCESS)[]) {
      expect(mayOpen(null, place)).toBe(false);
      expect(mayOpen(undefined, place)).toBe(false);
    }
  });
});
