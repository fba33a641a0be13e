import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPARISONS,
  FACT_KINDS,
  isFlagFact,
  needsIndicator,
  type Comparison,
  type ConditionClause,
  type ConditionForm,
  type FactKind,
} from '../utils/condition-builder';

/** Rows of "figure – comparison – value", joined by all / one of. */
export function ConditionBuilder({
  value,
  indicators,
  onChange,
}: {
  value: ConditionForm;
  indicators: ReadonlyArray<{ code: string; name: string }>;
  onChange: (form: ConditionForm) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const setClause = (index: number, clause: ConditionClause) =>
    onChange({ ...value, clauses: value.clauses.map((item, i) => (i === index ? clause : item)) });

  return (
    <fieldset className="condition-builder">
      <legend>{t('rules.form.condition')}</legend>
      <div className="condition-combinator" role="radiogroup" aria-label={t('rules.form.combinator')}>
        <span>{t('rules.form.combinator')}</span>
        {(['and', 'or'] as const).map((combinator) => (
          <label key={combinator}>
            <input
              type="radio"
              name={`${id}-combinator`}
              checked={value.combinator === combinator}
              onChange={() => onChange({ ...value, combinator })}
            />{' '}
            {t(combinator === 'and' ? 'rules.form.all' : 'rules.form.any')}
          </label>
        ))}
      </div>
      {value.clauses.map((clause, index) => {
        const n = index + 1;
        const rowId = `${id}-${index}`;
        return (
          <div className="condition-clause" key={index} role="group" aria-label={t('rules.form.clauseLabel', { n })}>
            <div className="field">
              <label htmlFor={`${rowId}-fact`}>{t('rules.form.fact')}</label>
              <select
                id={`${rowId}-fact`}
                value={clause.fact}
                onChange={(event) => {
                  const fact = event.target.value as FactKind;
                  setClause(index, {
                    ...clause,
                    fact,
                    indicator: needsIndicator(fact) ? (clause.indicator ?? indicators[0]?.code) : undefined,
                  });
                }}
              >
                {FACT_KINDS.map((fact) => (
                  <option key={fact} value={fact}>
                    {t(`rules.form.facts.${fact}`)}
                  </option>
                ))}
              </select>
            </div>
            {needsIndicator(clause.fact) && (
              <div className="field">
                <label htmlFor={`${rowId}-indicator`}>{t('rules.form.indicator')}</label>
                <select
                  id={`${rowId}-indicator`}
                  value={clause.indicator ?? ''}
                  onChange={(event) => setClause(index, { ...clause, indicator: event.target.value })}
                >
                  {indicators.map((indicator) => (
                    <option key={indicator.code} value={indicator.code}>
                      {indicator.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {!isFlagFact(clause.fact) && (
              <>
                <div className="field">
                  <label htmlFor={`${rowId}-op`}>{t('rules.form.op')}</label>
                  <select
                    id={`${rowId}-op`}
                    value={clause.op}
                    onChange={(event) => setClause(index, { ...clause, op: event.target.value as Comparison })}
                  >
                    {COMPARISONS.map((op) => (
                      <option key={op} value={op}>
                        {t(`rules.form.ops.${op}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${rowId}-value`}>{t('rules.form.value')}</label>
                  <input
                    id={`${rowId}-value`}
                    type="number"
                    step="any"
                    value={Number.isFinite(clause.value) ? clause.value : ''}
                    onChange={(event) =>
                      setClause(index, { ...clause, value: event.target.value === '' ? 0 : Number(event.target.value) })
                    }
                  />
                </div>
              </>
            )}
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={t('rules.form.removeClause', { n })}
              onClick={() => onChange({ ...value, clauses: value.clauses.filter((_, i) => i !== index) })}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange({ ...value, clauses: [...value.clauses, { fact: 'score', op: '>=', value: 90 }] })}
      >
        {t('rules.form.addClause')}
      </button>
    </fieldset>
  );
}
