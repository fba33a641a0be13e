import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { describeEvidence } from '../../rules';
import { ConflictFlags } from './ConflictFlags';
import { ProposalDecision, type ProposalDecisionProps } from './ProposalDecision';
import type { WorkspaceProposal } from './types';

export interface ProposalRowProps extends Omit<ProposalDecisionProps, 'proposal'> {
  index: number;
  proposal: WorkspaceProposal;
  indicatorNames: ReadonlyMap<string, string>;
  ruleName?: string;
  /** The unit's page as of the review's period. */
  unitHref: string;
  period: number;
  selected: boolean;
  onToggle: () => void;
  /** Roving tabindex and the row's id for the list's keys. */
  rowProps?: HTMLAttributes<HTMLTableRowElement> & { 'data-row-id'?: string };
}

/** One proposal: why (the rule and its condition in words, or the board's reason), the unit's figures, the decision. */
export function ProposalRow({
  index,
  proposal,
  indicatorNames,
  ruleName,
  unitHref,
  period,
  selected,
  onToggle,
  rowProps,
  ...decision
}: ProposalRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = { unit: proposal.unit.name, form: proposal.form };
  const conflicted = proposal.conflicts.length > 0;

  return (
    <tr
      className={`proposal proposal--${proposal.decision.toLowerCase()}${conflicted ? ' proposal--conflict' : ''}`}
      {...rowProps}
    >
      {decision.editable && (
        <td className="proposal-select">
          <label className="tap-target">
            <input
              type="checkbox"
              checked={selected}
              onChange={onToggle}
              aria-label={t('reviews.proposal.select', names)}
            />
          </label>
        </td>
      )}
      <td className="cards-skip">{index}</td>
      <th scope="row">{proposal.unit.name}</th>
      <td className="cards-wide" data-label={t('reviews.columns2.reason')}>
        <ConflictFlags conflicts={proposal.conflicts} />
        {proposal.ruleCode ? (
          <>
            <strong>{proposal.form}</strong>
            <br />
            <span className="muted">
              {t('reviews.proposal.byRule', {
                // The rule's name; its code only when the rule has since been deleted and nothing else names it.
                rule: ruleName ?? proposal.ruleCode,
              })}
            </span>
            {proposal.conditionText && (
              <p className="proposal-condition">{t('reviews.proposal.condition', { text: proposal.conditionText })}</p>
            )}
          </>
        ) : (
          <>
            {proposal.reason}
            <br />
            <span className="muted">{t('reviews.proposal.byHand')}</span>
          </>
        )}
      </td>
      <td className="cards-wide" data-label={t('reviews.columns2.evidence')}>
        {proposal.evidence.length > 0 && (
          <ul className="evidence">
            {proposal.evidence.map((item) => (
              <li key={item.variable}>{describeEvidence(item, t, format.lang, indicatorNames)}</li>
            ))}
          </ul>
        )}
        <Link
          className="unit-link"
          to={unitHref}
          aria-label={t('reviews.proposal.unitPageLabel', { unit: proposal.unit.name, period })}
        >
          {t('reviews.proposal.unitPage', { period })}
        </Link>
      </td>
      <td className="proposal-decision cards-wide" data-label={t('reviews.columns2.decision')}>
        <ProposalDecision proposal={proposal} {...decision} />
      </td>
    </tr>
  );
}
