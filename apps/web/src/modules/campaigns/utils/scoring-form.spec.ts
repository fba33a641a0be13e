import { caMauCampaign } from '../../../test/campaign-fixtures';
import { createInputOf, newCampaignValues, readCampaignForm, splitCampaignErrors } from './campaign-form';
import { checkScoring, moveTieBreak, readScoringForm, scoringChanged, scoringValuesOf } from './scoring-form';

describe('scoring settings in the campaign form', () => {
  it('reads points with a decimal comma, an empty cap as none, and flags text that is not a number', () => {
    const { settings, errors } = readScoringForm(
      {
        bonusMax: '3,5',
        bonusFullAt: '1.25',
        penaltyPerLate: '',
        penaltyPerMissing: 'hai',
        penaltyMax: '',
        tieBreaks: ['VOLUME'],
      },
      'bad',
    );
    expect(settings).toEqual({
      bonusMax: 3.5,
      bonusFullAt: 1.25,
      penaltyPerLate: 0,
      penaltyPerMissing: 0,
      penaltyMax: null,
      tieBreaks: ['VOLUME'],
    });
    expect(errors).toEqual({ penaltyPerMissing: ['bad'] });
  });

  it("shows a campaign's settings in the reader's format", () => {
    const values = scoringValuesOf(
      { bonusMax: 10, bonusFullAt: 1.5, penaltyPerLate: 0.5, penaltyPerMissing: 2, penaltyMax: null, tieBreaks: [] },
      'vi-VN',
    );
    expect(values).toMatchObject({ bonusMax: '10', bonusFullAt: '1,5', penaltyPerLate: '0,5', penaltyMax: '' });
  });

  it("uses the domain's check: F above 1, points up to 1.000, each tie-break once", () => {
    const problems = checkScoring({
      bonusMax: 1001,
      bonusFullAt: 1,
      penaltyPerLate: 0,
      penaltyPerMissing: 0,
      penaltyMax: null,
      tieBreaks: ['VOLUME', 'VOLUME'],
    });
    expect(problems.map((problem) => problem.scoringField)).toEqual(['bonusMax', 'bonusFullAt', 'tieBreaks']);
  });

  it('sends the scoring of a new campaign only when it turns something on', () => {
    const values = newCampaignValues(['province']);
    const off = readCampaignForm(values, 'bad');
    expect(createInputOf(off.input, off.scoring)).not.toHaveProperty('scoring');
    const on = readCampaignForm({ ...values, scoring: { ...values.scoring, penaltyPerLate: '1' } }, 'bad');
    expect(createInputOf(on.input, on.scoring).scoring).toEqual({
      bonusMax: 0,
      bonusFullAt: 1.5,
      penaltyPerLate: 1,
      penaltyPerMissing: 0,
      tieBreaks: [],
    });
  });

  it('knows when the settings changed, moves a tie-break, and puts a refusal on its field', () => {
    const campaign = caMauCampaign();
    const same = readScoringForm(scoringValuesOf(campaign.scoring, 'vi-VN'), 'bad').settings;
    expect(scoringChanged(same, campaign.scoring)).toBe(false);
    expect(scoringChanged({ ...same, tieBreaks: ['VOLUME'] }, campaign.scoring)).toBe(true);
    expect(moveTieBreak(['VOLUME', 'ON_TIME_SHARE'], 1, -1)).toEqual(['ON_TIME_SHARE', 'VOLUME']);
    expect(moveTieBreak(['VOLUME', 'ON_TIME_SHARE'], 0, -1)).toEqual(['VOLUME', 'ON_TIME_SHARE']);
    const split = splitCampaignErrors(
      [
        { code: 'INVALID_TIE_BREAK', field: ['input', 'scoring', 'tieBreaks', '1'], message: 't' },
        { code: 'INVALID_BONUS', field: ['input', 'scoring', 'bonusFullAt'], message: 'f' },
        { code: 'CAMPAIGN_CLOSED', field: ['input', 'scoring'], message: 'c' },
      ],
      (error) => error.message,
    );
    expect(split.scoring).toEqual({ tieBreaks: ['t'], bonusFullAt: ['f'] });
    expect(split.general).toEqual(['c']);
  });
});
