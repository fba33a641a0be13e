import { PROPOSALS } from '../test/workspace-mocks';
import { DEFAULT_FILTERS, countWith, matchesFilters, readFilters, writeFilters } from './proposal-filters';

describe('proposal filters', () => {
  it('reads the address, pending first when it says nothing, and ignores what it does not know', () => {
    expect(readFilters(new URLSearchParams(''))).toEqual(DEFAULT_FILTERS);
    expect(readFilters(new URLSearchParams('decision=ALL&review=1&outcome=DISCIPLINE&q=dam'))).toEqual({
      ...DEFAULT_FILTERS,
      decision: 'ALL',
      needsReview: true,
      outcome: 'DISCIPLINE',
      q: 'dam',
    });
    expect(readFilters(new URLSearchParams('decision=MAYBE&outcome=X')).decision).toBe('PENDING');
  });

  it('writes only what differs from the default, keeping other parameters', () => {
    const next = writeFilters(new URLSearchParams('tab=1&decision=ALL'), { decision: 'PENDING', needsReview: true });
    expect(next.toString()).toBe('tab=1&review=1');
    expect(writeFilters(next, { q: '  ', needsReview: false }).toString()).toBe('tab=1');
  });

  it('counts one choice with the other filters kept', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'DAM DOI' };
    expect(countWith(PROPOSALS, filters, {})).toBe(2);
    expect(countWith(PROPOSALS, filters, { outcome: 'DISCIPLINE' })).toBe(1);
    expect(countWith(PROPOSALS, filters, { decision: 'APPROVED' })).toBe(0);
    expect(PROPOSALS.filter((item) => matchesFilters(item, { ...DEFAULT_FILTERS, level: 'province' }))).toHaveLength(1);
  });
});

describe('proposal filters of a finalized review', () => {
  it('show all when the address names no state, and keep "Chờ xét" in the address when chosen', () => {
    expect(readFilters(new URLSearchParams(''), 'ALL').decision).toBe('ALL');
    expect(writeFilters(new URLSearchParams(''), { decision: 'PENDING' }, 'ALL').toString()).toBe('decision=PENDING');
    expect(writeFilters(new URLSearchParams('decision=PENDING'), { decision: 'ALL' }, 'ALL').toString()).toBe('');
  });
});
