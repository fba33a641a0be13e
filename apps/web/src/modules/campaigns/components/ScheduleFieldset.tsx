import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../generated/graphql';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { COMMON_TIME_ZONES, WEEKDAYS, type CampaignField, type CampaignFormValues } from '../utils/campaign-form';

export interface ScheduleFieldsetProps {
  values: CampaignFormValues;
  errors: Partial<Record<CampaignField, string[]>>;
  onChange: (patch: Partial<CampaignFormValues>) => void;
}

/** Time zone (a list of common ones, or any IANA name), due weekday and due time. */
export function ScheduleFieldset({ values, errors, onChange }: ScheduleFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('campaigns.form.schedule')}</legend>
      <div className="form-grid">
        <div className="field form-grid__wide">
          <label htmlFor="campaign-time-zone">{t('campaigns.form.timeZone')}</label>
          <p className="field__hint" id="campaign-time-zone-hint">
            {t('campaigns.form.timeZoneHint')}
          </p>
          <input
            id="campaign-time-zone"
            type="text"
            list="campaign-time-zones"
            autoComplete="off"
            value={values.timeZone}
            onChange={(event) => onChange({ timeZone: event.target.value })}
            {...invalidProps('campaign-time-zone', errors.timeZone, 'campaign-time-zone-hint')}
          />
          <datalist id="campaign-time-zones">
            {COMMON_TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <FieldError inputId="campaign-time-zone" messages={errors.timeZone} />
        </div>
        <div className="field">
          <label htmlFor="campaign-due-weekday">{t('campaigns.form.dueWeekday')}</label>
          <select
            id="campaign-due-weekday"
            value={values.dueWeekday}
            onChange={(event) => onChange({ dueWeekday: event.target.value as Weekday })}
            {...invalidProps('campaign-due-weekday', errors.dueWeekday)}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {t(`weekdays.${day}`)}
              </option>
            ))}
          </select>
          <FieldError inputId="campaign-due-weekday" messages={errors.dueWeekday} />
        </div>
        <div className="field">
          <label htmlFor="campaign-due-time">{t('campaigns.form.dueTime')}</label>
          <input
            id="campaign-due-time"
            type="text"
            inputMode="numeric"
            placeholder="16:00"
            autoComplete="off"
            value={values.dueTime}
            onChange={(event) => onChange({ dueTime: event.target.value })}
            {...invalidProps('campaign-due-time', errors.dueTime, 'campaign-due-time-hint')}
          />
          <p className="field__hint" id="campaign-due-time-hint">
            {t('campaigns.form.dueTimeHint')}
          </p>
          <FieldError inputId="campaign-due-time" messages={errors.dueTime} />
        </div>
      </div>
    </fieldset>
  );
}
