import fc from 'fast-check';
import { proposalConflicts, type ConflictCandidate } from './proposal-conflicts';

const proposal = (
  id: string,
  unitId: string,
  outcome: ConflictCandidate['outcome'],
  ruleCode: string | null = 'RULE',
  decision: ConflictCandidate['decision'] = 'PENDING',
): ConflictCandidate => ({ id, unitId, outcome, ruleCode, decision });

describe('conflicts among proposals', () => {
  it('flags a unit proposed for both commendation and discipline (Xã Trí Lực: Biểu dương and Nhắc nhở)', () => {
    const conflicts = proposalConflicts([
      proposal('1', 'tri-luc', 'COMMENDATION', 'BIEU_DUONG'),
      proposal('2', 'tri-luc', 'DISCIPLINE', 'NHAC_NHO'),
      proposal('3', 'other', 'COMMENDATION', 'BIEU_DUONG'),
    ]);
    expect(Object.fromEntries(conflicts)).toEqual({ 1: ['BOTH_OUTCOMES'], 2: ['BOTH_OUTCOMES'], 3: [] });
  });

  it('flags a unit proposed twice for one outcome, and a hand proposal against the rules', () => {
    const conflicts = proposalConflicts([
      proposal('1', 'u', 'COMMENDATION', 'BIEU_DUONG'),
      proposal('2', 'u', 'COMMENDATION', null),
      proposal('3', 'v', 'DISCIPLINE', 'PHE_BINH'),
      proposal('4', 'v', 'COMMENDATION', null),
    ]);
    expect(conflicts.get('1')).toEqual(['DUPLICATE']);
    expect(conflicts.get('4')).toEqual(['BOTH_OUTCOMES', 'AGAINST_RULES']);
    expect(conflicts.get('3')).toEqual(['BOTH_OUTCOMES']);
  });

  it('settles a conflict once one side is rejected', () => {
    const conflicts = proposalConflicts([
      proposal('1', 'u', 'COMMENDATION'),
      proposal('2', 'u', 'DISCIPLINE', 'RULE', 'REJECTED'),
    ]);
    expect(conflicts.get('1')).toEqual([]);
    expect(conflicts.get('2')).toEqual([]);
  });

  it('is symmetric: a unit is in conflict exactly when it has two live proposals', () => {
    const candidate = fc.record({
      unitId: fc.constantFrom('a', 'b', 'c'),
      outcome: fc.constantFrom('COMMENDATION' as const, 'DISCIPLINE' as const),
      ruleCode: fc.option(fc.constant('R')),
      decision: fc.constantFrom('PENDING' as const, 'APPROVED' as const, 'REJECTED' as const),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 10 }), (drawn) => {
        const proposals = drawn.map((p, i) => ({ ...p, id: String(i) }));
        const conflicts = proposalConflicts(proposals);
        expect(conflicts.size).toBe(proposals.length);
        for (const p of proposals) {
          const live = proposals.filter((o) => o.unitId === p.unitId && o.decision !== 'REJECTED');
          const flagged = (conflicts.get(p.id) ?? []).length > 0;
          expect(flagged).toBe(p.decision !== 'REJECTED' && live.length > 1);
        }
      }),
    );
  });
});
