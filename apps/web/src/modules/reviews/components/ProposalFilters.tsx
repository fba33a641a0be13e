import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../generated/graphql';
import { DECISION_FILTERS, countWith, narrowed, type ProposalFilters as Filters } from '../utils/proposal-filters';
import type { WorkspaceProposal } from './types';

const OUTCOMES: Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/** The filters, each choice with how many proposals it would show (the other filters kept). */
export function ProposalFilters({
  proposals,
  filters,
  onChange,
}: {
  proposals: readonly WorkspaceProposal[];
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const count = (change: Partial<Filters>) => countWith(proposals, filters, change);
  const label = (text: string, change: Partial<Filters>) =>
    t('reviews.workspace.withCount', { label: text, count: count(change) });
  const forms = [...new Set(proposals.map((proposal) => proposal.form))];
  const levels = [
    ...new Map(proposals.map((proposal) => [proposal.unit.level.key, proposal.unit.level])).values(),
  ].sort((a, b) => a.depth - b.depth);

  return (
    <div className="proposal-filters" role="search" aria-label={t('reviews.workspace.filters')}>
      <fieldset className="decision-filter">
        <legend>{t('reviews.workspace.decisionFilter')}</legend>
        {DECISION_FILTERS.map((decision) => (
          <label key={decision} className="chip">
            <input
              type="radio"
              name={`${id}-decision`}
              checked={filters.decision === decision}
              onChange={() => onChange({ decision })}
            />
            {label(t(`reviews.workspace.decisionOption.${decision}`), { decision })}
          </label>
        ))}
      </fieldset>
      <label className="chip chip--review">
        <input
          type="checkbox"
          checked={filters.needsReview}
          onChange={(event) => onChange({ needsReview: event.target.checked })}
        />
        {label(t('reviews.workspace.needsReview'), { needsReview: true })}
      </label>
      <div className="proposal-filters__fields">
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t('reviews.workspace.outcome')}</label>
          <select
            id={`${id}-outcome`}
            value={filters.outcome ?? ''}
            onChange={(event) => onChange({ outcome: (event.target.value || null) as Outcome | null })}
          >
            <option value="">{t('reviews.workspace.anyOutcome')}</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {label(t(`outcome.${outcome}`), { outcome })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-form`}>{t('reviews.workspace.form')}</label>
          <select
            id={`${id}-form`}
            value={filters.form ?? ''}
            onChange={(event) => onChange({ form: event.target.value || null })}
          >
            <option value="">{t('reviews.workspace.anyForm')}</option>
            {forms.map((form) => (
              <option key={form} value={form}>
                {label(form, { form })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>{t('reviews.workspace.level')}</label>
          <select
            id={`${id}-level`}
            value={filters.level ?? ''}
            onChange={(event) => onChange({ level: event.target.value || null })}
          >
            <option value="">{t('reviews.workspace.anyLevel')}</option>
            {levels.map((level) => (
              <option key={level.key} value={level.key}>
                {label(level.name, { level: level.key })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('reviews.workspace.search')}</label>
          <input
            type="search"
            id={`${id}-q`}
            value={filters.q}
            placeholder={t('reviews.workspace.searchHint')}
            onChange={(event) => onChange({ q: event.target.value })}
          />
        </div>
      </div>
      {narrowed(filters) && (
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => onChange({ needsReview: false, outcome: null, form: null, level: null, q: '' })}
        >
          {t('reviews.workspace.clear')}
        </button>
      )}
    </div>
  );
}
