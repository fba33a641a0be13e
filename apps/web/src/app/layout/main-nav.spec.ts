import { navSectionOf } from './main-nav';

describe('the main navigation entry an address belongs to', () => {
  it('highlights "Xếp hạng", not "Chiến dịch", on a campaign\'s rankings and on a unit opened from them', () => {
    expect(navSectionOf('/rankings')).toBe('rankings');
    expect(navSectionOf('/campaigns/c-1/rankings')).toBe('rankings');
    expect(navSectionOf('/campaigns/c-1/units/u-970')).toBe('rankings');
  });

  it('keeps every other campaign page under "Chiến dịch"', () => {
    expect(navSectionOf('/campaigns')).toBe('campaigns');
    expect(navSectionOf('/campaigns/c-1')).toBe('campaigns');
    expect(navSectionOf('/campaigns/c-1/settings')).toBe('campaigns');
    expect(navSectionOf('/campaigns/c-1/weekly-report')).toBe('campaigns');
  });

  it('matches whole segments only, and nothing outside the navigation', () => {
    expect(navSectionOf('/report')).toBe('report');
    expect(navSectionOf('/reports-old')).toBeNull();
    expect(navSectionOf('/users')).toBeNull();
    expect(navSectionOf('/')).toBeNull();
  });
});
