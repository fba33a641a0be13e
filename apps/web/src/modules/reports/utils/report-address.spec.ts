import { readReportAddress } from './report-address';

describe('readReportAddress', () => {
  it('reads the campaign, the unit and period 11 of a link from the home page', () => {
    expect(readReportAddress(new URLSearchParams('campaign=c-1&unit=u-970&period=11'))).toEqual({
      campaignId: 'c-1',
      unitId: 'u-970',
      period: 11,
    });
  });

  it('asks for nothing without parameters, and ignores a period that is no period', () => {
    expect(readReportAddress(new URLSearchParams(''))).toEqual({ campaignId: null, unitId: null, period: null });
    expect(readReportAddress(new URLSearchParams('period=0')).period).toBeNull();
    expect(readReportAddress(new URLSearchParams('period=2.5')).period).toBeNull();
    expect(readReportAddress(new URLSearchParams('period=abc')).period).toBeNull();
  });
});
