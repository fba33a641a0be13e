import { readCampaignForm, newCampaignValues, splitCampaignErrors, parseDecimal } from './campaign-form';

describe('campaign form', () => {
  it('reads weights written with a decimal comma and flags the ones that are not numbers', () => {
    const values = {
      ...newCampaignValues(['province']),
      indicators: [
        { rowId: 'a', code: 'ONLINE_RESOLUTION', weight: '1,5' },
        { rowId: 'b', code: 'DIGITIZATION', weight: 'hai' },
      ],
    };
    const { input, errors } = readCampaignForm(values, 'bad');
    expect(input.indicators).toEqual([
      { code: 'ONLINE_RESOLUTION', weight: 1.5 },
      { code: 'DIGITIZATION', weight: 1 },
    ]);
    expect(errors?.indicatorRows).toEqual({ 1: ['bad'] });
    expect(input.legend.map((row) => row.minScore)).toEqual([90, 75, 50, 0]);
  });

  it('puts a refused weight on its row and a date error beside the date', () => {
    const split = splitCampaignErrors(
      [
        { code: 'INVALID_WEIGHT', field: ['input', 'indicators', '0', 'weight'], message: 'w' },
        { code: 'END_BEFORE_START', field: ['input', 'endDate'], message: 'd' },
        { code: 'INVALID_LEGEND', field: ['input', 'legend'], message: 'l' },
        { code: 'STRANGE', field: null, message: 's' },
      ],
      (error) => error.message,
    );
    expect(split.indicatorRows).toEqual({ 0: ['w'] });
    expect(split.byField).toEqual({ endDate: ['d'], legend: ['l'] });
    expect(split.general).toEqual(['s']);
  });

  it('reads 62,5 and 62.5 alike', () => {
    expect(parseDecimal('62,5')).toBe(62.5);
    expect(parseDecimal('62.5')).toBe(62.5);
    expect(parseDecimal('x')).toBeUndefined();
  });
});
