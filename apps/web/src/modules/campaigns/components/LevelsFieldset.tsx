import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../foundation/ui/components/FieldError';

export interface LevelChoice {
  id: string;
  key: string;
  name: string;
}

/** Checkboxes of the levels whose units take part. */
export function LevelsFieldset({
  levels,
  value,
  errors,
  onChange,
}: {
  levels: ReadonlyArray<LevelChoice>;
  value: string[];
  errors?: string[];
  onChange: (keys: string[]) => void;
}) {
  const { t } = useTranslation();
  const toggle = (key: string, checked: boolean) =>
    onChange(
      checked
        ? levels.map((level) => level.key).filter((k) => k === key || value.includes(k))
        : value.filter((k) => k !== key),
    );
  return (
    <fieldset className="form-section" aria-describedby="campaign-levels-hint">
      <legend>{t('campaigns.form.levels')}</legend>
      <p className="field__hint" id="campaign-levels-hint">
        {t('campaigns.form.levelsHint')}
      </p>
      <FieldError inputId="campaign-levels" messages={errors} />
      <div className="checkbox-row">
        {levels.map((level) => (
          <div className="checkbox" key={level.id}>
            <input
              id={`campaign-level-${level.key}`}
              type="checkbox"
              checked={value.includes(level.key)}
              onChange={(event) => toggle(level.key, event.target.checked)}
            />
            <label htmlFor={`campaign-level-${level.key}`}>{level.name}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
