import { simpleInput, simpleUnit } from './cohort.test-helper';
import { rankCohort } from './rank-cohort';
import { DEFAULT_SCORING_SETTINGS, ScoringSettings, scoringApplies, validateScoringSettings } from './scoring-settings';
import { validateRankingSettings } from './validate-ranking-input';

const codes = (settings: ScoringSettings, field?: string[]) =>
  validateScoringSettings(settings, field).map((error) => [error.code, (error.field ?? []).join('.')]);

describe('scoring settings', () => {
  it('the defaults are all off: no bonus (F = 1,5 ready), no penalty, no cap, no tie-break', () => {
    expect(DEFAULT_SCORING_SETTINGS).toEqual({
      bonusMax: 0,
      bonusFullAt: 1.5,
      penaltyPerLate: 0,
      penaltyPerMissing: 0,
      penaltyMax: null,
      tieBreaks: [],
    });
    expect(codes(DEFAULT_SCORING_SETTINGS)).toEqual([]);
    expect(scoringApplies(DEFAULT_SCORING_SETTINGS)).toBe(false);
    expect(scoringApplies(undefined)).toBe(false);
  });

  it('a bonus, a penalty or a tie-break each makes them apply; F or a cap alone changes nothing', () => {
    expect(scoringApplies({ ...DEFAULT_SCORING_SETTINGS, bonusMax: 10 })).toBe(true);
    expect(scoringApplies({ ...DEFAULT_SCORING_SETTINGS, penaltyPerLate: 1 })).toBe(true);
    expect(scoringApplies({ ...DEFAULT_SCORING_SETTINGS, penaltyPerMissing: 2 })).toBe(true);
    expect(scoringApplies({ ...DEFAULT_SCORING_SETTINGS, tieBreaks: ['VOLUME'] })).toBe(true);
    expect(scoringApplies({ ...DEFAULT_SCORING_SETTINGS, bonusFullAt: 2, penaltyMax: 20 })).toBe(false);
  });

  it('the Cà Mau settings are valid; a penalty cap of 0 is allowed', () => {
    const caMau: ScoringSettings = {
      bonusMax: 10,
      bonusFullAt: 1.5,
      penaltyPerLate: 1,
      penaltyPerMissing: 2,
      penaltyMax: 20,
      tieBreaks: ['UNCAPPED_ACHIEVEMENT', 'ON_TIME_SHARE', 'VOLUME'],
    };
    expect(codes(caMau)).toEqual([]);
    expect(codes({ ...caMau, penaltyMax: 0 })).toEqual([]);
    expect(codes({ ...caMau, penaltyMax: undefined })).toEqual([]);
    expect(codes({ ...caMau, bonusMax: 1000, penaltyPerMissing: 1000.5 })).toEqual([
      ['INVALID_PENALTY', 'scoring.penaltyPerMissing'],
    ]);
  });

  it('negative or non-finite points, F at 1 or below, unknown and repeated tie-breaks are named by field', () => {
    const bad = {
      bonusMax: -1,
      bonusFullAt: 1,
      penaltyPerLate: Number.NaN,
      penaltyPerMissing: Infinity,
      penaltyMax: -5,
      tieBreaks: ['VOLUME', 'FASTEST', 'VOLUME'],
    } as unknown as ScoringSettings;
    expect(codes(bad)).toEqual([
      ['INVALID_BONUS', 'scoring.bonusMax'],
      ['INVALID_BONUS', 'scoring.bonusFullAt'],
      ['INVALID_PENALTY', 'scoring.penaltyPerLate'],
      ['INVALID_PENALTY', 'scoring.penaltyPerMissing'],
      ['INVALID_PENALTY', 'scoring.penaltyMax'],
      ['INVALID_TIE_BREAK', 'scoring.tieBreaks.1'],
      ['INVALID_TIE_BREAK', 'scoring.tieBreaks.2'],
    ]);
    expect(validateScoringSettings(bad)[1].message.en).toBe(
      'bonusFullAt 1 is not a ratio above 1 (the full bonus is earned at F times the target).',
    );
  });

  it('F must be a number; the tie-breaks a list; the field prefix is the caller’s', () => {
    const bad = { ...DEFAULT_SCORING_SETTINGS, bonusFullAt: '1.5', tieBreaks: 'VOLUME' } as unknown as ScoringSettings;
    expect(codes(bad, ['input'])).toEqual([
      ['INVALID_BONUS', 'input.bonusFullAt'],
      ['INVALID_TIE_BREAK', 'input.tieBreaks'],
    ]);
  });

  it('a ranking refuses invalid scoring settings with the other setting errors', () => {
    const scoring = { ...DEFAULT_SCORING_SETTINGS, bonusMax: -10 };
    const settings = simpleInput([], 1, { weights: { ONLINE_RESOLUTION: 0 }, scoring });
    expect(validateRankingSettings(settings).map((error) => error.code)).toEqual(['INVALID_WEIGHT', 'INVALID_BONUS']);
    const result = rankCohort(simpleInput([simpleUnit('A', [[1, 2]])], 1, { scoring }));
    expect(result.ok ? [] : result.errors.map((error) => error.field?.join('.'))).toEqual(['scoring.bonusMax']);
  });
});
