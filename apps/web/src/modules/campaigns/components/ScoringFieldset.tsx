import { scoringApplies } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { readScoringForm, type ScoringErrors, type ScoringField, type ScoringFormValues } from '../utils/scoring-form';
import { TieBreakList } from './TieBreakList';

export interface ScoringFieldsetProps {
  values: ScoringFormValues;
  errors: ScoringErrors;
  onChange: (values: ScoringFormValues) => void;
}

type PointField = Exclude<ScoringField, 'tieBreaks'>;

/**
 * Cách tính điểm (docs/domain.md §4a): a bonus for exceeding the targets, points off per late and missing report with
 * an optional cap, and the tie-break chain. Each field says what it does beside it; all at 0 with no tie-break is off.
 */
export function ScoringFieldset({ values, errors, onChange }: ScoringFieldsetProps) {
  const { t } = useTranslation();
  const change = (patch: Partial<ScoringFormValues>) => onChange({ ...values, ...patch });
  const off = !scoringApplies(readScoringForm(values, '').settings);

  const pointField = (field: PointField, className = '') => {
    const id = `campaign-scoring-${field}`;
    const hintId = `${id}-hint`;
    return (
      <div className={`field scoring-field ${className}`}>
        <label htmlFor={id}>{t(`campaigns.form.scoring.${field}`)}</label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={values[field]}
          placeholder={field === 'penaltyMax' ? t('campaigns.form.scoring.noCap') : undefined}
          onChange={(event) => change({ [field]: event.target.value })}
          {...invalidProps(id, errors[field], hintId)}
        />
        <p className="field__hint" id={hintId}>
          {t(`campaigns.form.scoring.hints.${field}`)}
        </p>
        <FieldError inputId={id} messages={errors[field]} />
      </div>
    );
  };

  return (
    <fieldset className="form-section scoring-section" aria-describedby="campaign-scoring-intro">
      <legend>{t('campaigns.form.scoring.title')}</legend>
      <p className="field__hint" id="campaign-scoring-intro">
        {t('campaigns.form.scoring.intro')}
      </p>
      {off && <p className="scoring-off">{t('campaigns.form.scoring.offNote')}</p>}
      <div className="scoring-groups">
        <div className="scoring-group" role="group" aria-labelledby="campaign-scoring-bonus">
          <h3 className="scoring-group__title" id="campaign-scoring-bonus">
            {t('campaigns.form.scoring.bonus')}
          </h3>
          {pointField('bonusMax')}
          {pointField('bonusFullAt')}
        </div>
        <div className="scoring-group" role="group" aria-labelledby="campaign-scoring-penalty">
          <h3 className="scoring-group__title" id="campaign-scoring-penalty">
            {t('campaigns.form.scoring.penalty')}
          </h3>
          {pointField('penaltyPerLate')}
          {pointField('penaltyPerMissing')}
          {pointField('penaltyMax')}
        </div>
      </div>
      <div className="scoring-group scoring-group--tiebreaks" role="group" aria-labelledby="campaign-scoring-tiebreaks">
        <h3 className="scoring-group__title" id="campaign-scoring-tiebreaks">
          {t('campaigns.form.scoring.tieBreaks')}
        </h3>
        <p className="field__hint" id="campaign-scoring-tieBreaks-hint">
          {t('campaigns.form.scoring.hints.tieBreaks')}
        </p>
        <FieldError inputId="campaign-scoring-tieBreaks" messages={errors.tieBreaks} />
        <TieBreakList
          value={values.tieBreaks}
          invalid={Boolean(errors.tieBreaks?.length)}
          describedBy={
            invalidProps('campaign-scoring-tieBreaks', errors.tieBreaks, 'campaign-scoring-tieBreaks-hint')[
              'aria-describedby'
            ]
          }
          onChange={(tieBreaks) => change({ tieBreaks })}
        />
      </div>
    </fieldset>
  );
}
