import fc from 'fast-check';
import { compareReviewProposals, type ComparedProposal } from './compare-review-proposals';

const NAMES: Record<string, string> = {
  'tri-luc': 'Xã Trí Lực',
  'an-xuyen': 'Xã An Xuyên',
  'so-tu-phap': 'Sở Tư pháp',
  'dam-doi': 'Huyện Đầm Dơi',
};

const proposal = (
  id: string,
  unitId: string,
  outcome: ComparedProposal['outcome'],
  form: string,
  decision: ComparedProposal['decision'] = 'APPROVED',
): ComparedProposal => ({ id, unitId, unitName: NAMES[unitId] ?? unitId, outcome, form, decision });

const ids = (proposals: readonly ComparedProposal[]) => proposals.map((p) => p.id);

describe('comparing a review with the previous one', () => {
  // Sơ kết (period 6) and Tổng kết (period 11) of the Cà Mau campaign.
  const midway = [
    proposal('m1', 'so-tu-phap', 'COMMENDATION', 'Bằng khen'),
    proposal('m2', 'tri-luc', 'COMMENDATION', 'Biểu dương'),
    proposal('m3', 'dam-doi', 'DISCIPLINE', 'Phê bình'),
    proposal('m4', 'an-xuyen', 'DISCIPLINE', 'Nhắc nhở', 'REJECTED'),
  ];

  it('names the new proposals, the dropped ones and the units whose outcome changed', () => {
    const closing = [
      proposal('c1', 'so-tu-phap', 'COMMENDATION', 'Bằng khen', 'PENDING'),
      proposal('c2', 'tri-luc', 'DISCIPLINE', 'Nhắc nhở'),
      proposal('c3', 'an-xuyen', 'DISCIPLINE', 'Nhắc nhở'),
      proposal('c4', 'dam-doi', 'COMMENDATION', 'Biểu dương', 'REJECTED'),
    ];
    const comparison = compareReviewProposals(midway, closing);
    // Xã An Xuyên's Nhắc nhở was rejected before: it is new now. Huyện Đầm Dơi's Biểu dương is rejected: not counted.
    expect(ids(comparison.added)).toEqual(['c3', 'c2']);
    expect(ids(comparison.dropped)).toEqual(['m3', 'm2']);
    // Huyện Đầm Dơi has no live proposal now: dropped, but not a change of outcome.
    expect(comparison.outcomeChanged).toEqual([{ unitId: 'tri-luc', before: ['COMMENDATION'], after: ['DISCIPLINE'] }]);
  });

  it('matches on the form too: another form of the same outcome is a drop and an addition, not a change', () => {
    const comparison = compareReviewProposals(
      [proposal('m1', 'tri-luc', 'COMMENDATION', 'Biểu dương')],
      [proposal('c1', 'tri-luc', 'COMMENDATION', 'Bằng khen')],
    );
    expect([ids(comparison.added), ids(comparison.dropped), comparison.outcomeChanged]).toEqual([['c1'], ['m1'], []]);
  });

  it('reports a unit that gains a second outcome, both outcomes listed commendation first', () => {
    const comparison = compareReviewProposals(
      [proposal('m1', 'tri-luc', 'DISCIPLINE', 'Nhắc nhở')],
      [proposal('c1', 'tri-luc', 'DISCIPLINE', 'Nhắc nhở'), proposal('c2', 'tri-luc', 'COMMENDATION', 'Biểu dương')],
    );
    expect(ids(comparison.added)).toEqual(['c2']);
    expect(comparison.outcomeChanged).toEqual([
      { unitId: 'tri-luc', before: ['DISCIPLINE'], after: ['COMMENDATION', 'DISCIPLINE'] },
    ]);
  });

  it('finds nothing new in a first review compared with nothing, and everything dropped the other way', () => {
    expect(compareReviewProposals([], midway)).toEqual({
      added: [midway[2], midway[0], midway[1]],
      dropped: [],
      outcomeChanged: [],
    });
    expect(ids(compareReviewProposals(midway, []).dropped)).toEqual(['m3', 'm1', 'm2']);
  });

  describe('properties', () => {
    const units = ['tri-luc', 'an-xuyen', 'so-tu-phap', 'dam-doi', 'u5'];
    const drawn = fc.array(
      fc.record({
        unitId: fc.constantFrom(...units),
        outcome: fc.constantFrom('COMMENDATION' as const, 'DISCIPLINE' as const),
        form: fc.constantFrom('Bằng khen', 'Biểu dương', 'Phê bình', 'Nhắc nhở'),
        decision: fc.constantFrom('PENDING' as const, 'APPROVED' as const, 'REJECTED' as const),
      }),
      { maxLength: 12 },
    );
    const review = (prefix: string) =>
      drawn.map((proposals) =>
        proposals.map((p, i) => ({ ...p, id: `${prefix}${i}`, unitName: NAMES[p.unitId] ?? p.unitId })),
      );
    const keyOf = (p: ComparedProposal) => `${p.unitId}|${p.outcome}|${p.form}`;
    const live = (proposals: readonly ComparedProposal[]) => proposals.filter((p) => p.decision !== 'REJECTED');

    it('finds nothing when a review is compared with itself', () => {
      fc.assert(
        fc.property(review('a'), (proposals) => {
          expect(compareReviewProposals(proposals, proposals)).toEqual({ added: [], dropped: [], outcomeChanged: [] });
        }),
      );
    });

    it('swaps added and dropped, and before and after, when the reviews swap', () => {
      fc.assert(
        fc.property(review('a'), review('b'), (previous, current) => {
          const forward = compareReviewProposals(previous, current);
          const backward = compareReviewProposals(current, previous);
          expect(backward.added).toEqual(forward.dropped);
          expect(backward.dropped).toEqual(forward.added);
          expect(backward.outcomeChanged).toEqual(
            forward.outcomeChanged.map(({ unitId, before, after }) => ({ unitId, before: after, after: before })),
          );
        }),
      );
    });

    it('ignores rejected proposals, and sorts every live proposal into matched or added (dropped)', () => {
      fc.assert(
        fc.property(review('a'), review('b'), (previous, current) => {
          const comparison = compareReviewProposals(previous, current);
          expect(compareReviewProposals(live(previous), live(current))).toEqual(comparison);
          const previousKeys = new Set(live(previous).map(keyOf));
          const currentKeys = new Set(live(current).map(keyOf));
          expect(new Set(ids(comparison.added))).toEqual(
            new Set(ids(live(current).filter((p) => !previousKeys.has(keyOf(p))))),
          );
          expect(new Set(ids(comparison.dropped))).toEqual(
            new Set(ids(live(previous).filter((p) => !currentKeys.has(keyOf(p))))),
          );
        }),
      );
    });

    it('lists exactly the units live in both reviews whose outcomes differ, each once, in order of name', () => {
      fc.assert(
        fc.property(review('a'), review('b'), (previous, current) => {
          const comparison = compareReviewProposals(previous, current);
          const outcomesOf = (proposals: readonly ComparedProposal[], unitId: string) =>
            (['COMMENDATION', 'DISCIPLINE'] as const).filter((o) =>
              live(proposals).some((p) => p.unitId === unitId && p.outcome === o),
            );
          const expected = units
            .map((unitId) => ({ unitId, before: outcomesOf(previous, unitId), after: outcomesOf(current, unitId) }))
            .filter((c) => c.before.length && c.after.length && c.before.join() !== c.after.join())
            .sort((a, b) => (NAMES[a.unitId] ?? a.unitId).localeCompare(NAMES[b.unitId] ?? b.unitId, 'vi'));
          expect(comparison.outcomeChanged).toEqual(expected);
          // A change of outcome always shows as an addition or a drop of that unit.
          for (const change of comparison.outcomeChanged)
            expect([...comparison.added, ...comparison.dropped].some((p) => p.unitId === change.unitId)).toBe(true);
        }),
      );
    });
  });
});
