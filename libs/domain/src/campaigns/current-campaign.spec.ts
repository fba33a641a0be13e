import fc from 'fast-check';
import { CampaignDates, campaignPhase, chosenOrCurrentCampaign, currentCampaign, todayIn } from './current-campaign';

const campaign = (id: string, status: CampaignDates['status'], startDate: string, endDate: string): CampaignDates => ({
  id,
  status,
  startDate,
  endDate,
});

describe('the current campaign', () => {
  const caMau2023 = campaign('1', 'ACTIVE', '2023-03-01', '2023-12-31');
  const testCampaign = campaign('9', 'ACTIVE', '2024-01-01', '2024-02-01');
  const draft = campaign('10', 'DRAFT', '2023-06-01', '2023-07-01');

  it('is the active campaign running today, not the one created last', () => {
    expect(currentCampaign([caMau2023, testCampaign, draft], '2023-05-10')).toBe(caMau2023);
  });

  it('falls back to the most recent active campaign, then to the latest of any state', () => {
    expect(currentCampaign([caMau2023, testCampaign, draft], '2025-01-01')).toBe(testCampaign);
    const closed = { ...caMau2023, status: 'CLOSED' as const };
    expect(currentCampaign([closed, draft], '2025-01-01')).toBe(draft);
    expect(currentCampaign([], '2025-01-01')).toBeNull();
  });

  it('keeps the campaign a person picked while it exists', () => {
    expect(chosenOrCurrentCampaign([caMau2023, testCampaign], '9', '2023-05-10')).toBe(testCampaign);
    expect(chosenOrCurrentCampaign([caMau2023, testCampaign], 'gone', '2023-05-10')).toBe(caMau2023);
  });

  it('names the phase: upcoming, running, ended (waiting to be closed), as set otherwise', () => {
    expect(campaignPhase(caMau2023, '2023-02-28')).toBe('UPCOMING');
    expect(campaignPhase(caMau2023, '2023-03-01')).toBe('RUNNING');
    expect(campaignPhase(caMau2023, '2023-12-31')).toBe('RUNNING');
    expect(campaignPhase(caMau2023, '2024-01-01')).toBe('ENDED');
    expect(campaignPhase(draft, '2023-06-10')).toBe('DRAFT');
  });

  it("reads today in the province's time zone", () => {
    // 17:30 UTC on 31 Dec is already 1 January in Vietnam (UTC+7).
    expect(todayIn(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
  });

  const day = fc
    .integer({ min: 0, max: 3000 })
    .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const anyCampaign = fc
    .record({ id: fc.nat(50), status: fc.constantFrom('DRAFT', 'ACTIVE', 'CLOSED'), a: day, b: day })
    .map(({ id, status, a, b }) =>
      campaign(String(id), status as CampaignDates['status'], a < b ? a : b, a < b ? b : a),
    );

  it('never depends on the order of the list, and prefers a running campaign whenever there is one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyCampaign, { maxLength: 12, selector: (c) => c.id }), day, (list, today) => {
        const chosen = currentCampaign(list, today);
        expect(currentCampaign([...list].reverse(), today)).toEqual(chosen);
        const running = list.some((c) => campaignPhase(c, today) === 'RUNNING');
        if (running) expect(campaignPhase(chosen!, today)).toBe('RUNNING');
        else if (list.some((c) => c.status === 'ACTIVE')) expect(chosen!.status).toBe('ACTIVE');
        expect(chosen === null).toBe(list.length === 0);
      }),
    );
  });
});
