import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSettingsFragment, IndicatorFieldsFragment } from '../../../generated/graphql';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { DateField, INVALID_DATE } from '../../../foundation/ui/components/DateField';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { useSaveCampaign } from '../hooks/useSaveCampaign';
import { NO_CAMPAIGN_ERRORS, type CampaignFormValues } from '../utils/campaign-form';
import { IndicatorWeightsFieldset } from './IndicatorWeightsFieldset';
import { LegendFieldset } from './LegendFieldset';
import { LevelsFieldset, type LevelChoice } from './LevelsFieldset';
import { ScheduleFieldset } from './ScheduleFieldset';
import { ScoringFieldset } from './ScoringFieldset';
import { StaleAlert } from './StaleAlert';

export interface CampaignFormProps {
  /** Absent: a new campaign. */
  campaign?: CampaignSettingsFragment;
  initial: CampaignFormValues;
  levels: ReadonlyArray<LevelChoice>;
  indicators: ReadonlyArray<IndicatorFieldsFragment>;
  editable: boolean;
  onSaved: (campaign: { id: string; name: string }) => void;
  onReload?: () => void;
}

/**
 * The campaign's settings: name, dates, schedule, indicators with weights, classes by score, scoring (bonus,
 * penalties, tie-breaks) and levels. Changing the scoring of an active campaign is confirmed first: rankings and open
 * reviews change, finalized reviews keep their snapshot.
 */
export function CampaignForm({
  campaign,
  initial,
  levels,
  indicators,
  editable,
  onSaved,
  onReload,
}: CampaignFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState(NO_CAMPAIGN_ERRORS);
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { check, save, saving } = useSaveCampaign(campaign);
  const describe = useDescribeUserError();
  const change = (patch: Partial<CampaignFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const { byField } = errors;

  const submit = async () => {
    const result = await save(values);
    if (result.saved) onSaved(result.saved);
    else {
      setErrors(result.errors);
      setStale(result.stale);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !editable) return;
    // The date field already says why its text is not a date.
    if (values.startDate === INVALID_DATE || values.endDate === INVALID_DATE) return;
    setErrors(NO_CAMPAIGN_ERRORS);
    setStale(false);
    const checked = check(values);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    if (campaign?.status === 'ACTIVE' && checked.scoringChanged) {
      setConfirming(true);
      return;
    }
    await submit();
  };

  return (
    <form className="campaign-form" onSubmit={onSubmit} aria-busy={saving} noValidate>
      {stale && onReload && (
        <StaleAlert message={t('campaigns.stale')} reloadLabel={t('campaigns.reload')} onReload={onReload} />
      )}
      <FormErrors messages={errors.general} />
      <fieldset className="campaign-form__body" disabled={!editable}>
        <fieldset className="form-section">
          <legend>{t('campaigns.form.general')}</legend>
          <div className="form-grid">
            <div className="field form-grid__wide">
              <label htmlFor="campaign-name">{t('campaigns.form.name')}</label>
              <input
                id="campaign-name"
                type="text"
                required
                aria-required="true"
                value={values.name}
                onChange={(event) => change({ name: event.target.value })}
                {...invalidProps('campaign-name', byField.name)}
              />
              <FieldError inputId="campaign-name" messages={byField.name} />
            </div>
            <DateField
              id="campaign-start"
              label={t('campaigns.form.startDate')}
              required
              value={values.startDate}
              onChange={(startDate) => change({ startDate })}
              errors={byField.startDate}
            />
            <DateField
              id="campaign-end"
              label={t('campaigns.form.endDate')}
              required
              value={values.endDate}
              onChange={(endDate) => change({ endDate })}
              errors={byField.endDate}
            />
          </div>
        </fieldset>
        <ScheduleFieldset values={values} errors={byField} onChange={change} />
        <IndicatorWeightsFieldset
          rows={values.indicators}
          indicators={indicators}
          rowErrors={errors.indicatorRows}
          errors={byField.indicators}
          onChange={(rows) => change({ indicators: rows })}
        />
        <LegendFieldset
          rows={values.legend}
          rowErrors={errors.legendRows}
          errors={byField.legend}
          onChange={(rows) => change({ legend: rows })}
        />
        <ScoringFieldset values={values.scoring} errors={errors.scoring} onChange={(scoring) => change({ scoring })} />
        <LevelsFieldset
          levels={levels}
          value={values.levelKeys}
          errors={byField.levelKeys}
          onChange={(keys) => change({ levelKeys: keys })}
        />
      </fieldset>
      {editable && (
        <div className="form-actions form-actions--start">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('common.saving') : t(campaign ? 'campaigns.form.submitUpdate' : 'campaigns.form.submitCreate')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('campaigns.form.scoring.confirmTitle')}
          body={t('campaigns.form.scoring.confirmBody')}
          confirmLabel={t('campaigns.form.scoring.confirm')}
          workingLabel={t('common.saving')}
          tone="primary"
          describe={describe}
          onConfirm={async () => {
            setConfirming(false);
            await submit();
            return { done: true };
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
