import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { Decision } from '../../../generated/graphql';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { DecideProposalMutation } from '../graphql/mutations/decide-proposal';
import { describeEvidence } from '../../rules';
import type { ProposalView } from './types';

/** One proposal: why, the unit's figures, and the board's decision (one click each, the note optional). */
export function ProposalRow({
  index,
  proposal,
  editable,
  timeZone,
  indicatorNames,
  ruleName,
}: {
  index: number;
  proposal: ProposalView;
  editable: boolean;
  timeZone: string;
  indicatorNames: ReadonlyMap<string, string>;
  ruleName?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const describe = useDescribeUserError('reviews');
  const [note, setNote] = useState(proposal.note ?? '');
  const [error, setError] = useState('');
  const [decide, { loading }] = useMutation(DecideProposalMutation);
  const names = { unit: proposal.unit.name, form: proposal.form };

  // Not disabled while sending: a disabled button would drop the keyboard user's focus.
  const send = async (decision: Decision) => {
    if (loading) return;
    setError('');
    try {
      const result = await decide({
        variables: { input: { proposalId: proposal.id, decision, note: note.trim() || null } },
      });
      const errors = result.data?.decideProposal.userErrors ?? [];
      if (errors.length) setError(errors.map(describe).join(' '));
    } catch (requestError) {
      setError(describeRequestError(requestError, t));
    }
  };

  return (
    <tr className={`proposal proposal--${proposal.decision.toLowerCase()}`}>
      <td className="cards-skip">{index}</td>
      <th scope="row">{proposal.unit.name}</th>
      <td className="cards-wide" data-label={t('reviews.columns2.reason')}>
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
      </td>
      <td className="proposal-decision cards-wide" data-label={t('reviews.columns2.decision')}>
        {editable ? (
          <>
            <div className="decision-buttons" role="group" aria-label={t('reviews.columns2.decision')}>
              <button
                type="button"
                className="button button--small decision-approve"
                aria-pressed={proposal.decision === 'APPROVED'}
                aria-label={t('reviews.proposal.approveLabel', names)}
                onClick={() => void send('APPROVED')}
              >
                {t('reviews.proposal.approve')}
              </button>
              <button
                type="button"
                className="button button--small decision-reject"
                aria-pressed={proposal.decision === 'REJECTED'}
                aria-label={t('reviews.proposal.rejectLabel', names)}
                onClick={() => void send('REJECTED')}
              >
                {t('reviews.proposal.reject')}
              </button>
              {proposal.decision !== 'PENDING' && (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  aria-label={t('reviews.proposal.resetLabel', names)}
                  onClick={() => void send('PENDING')}
                >
                  {t('reviews.proposal.reset')}
                </button>
              )}
            </div>
            <label className="visually-hidden" htmlFor={`${id}-note`}>
              {t('reviews.proposal.noteLabel', names)}
            </label>
            <input
              type="text"
              id={`${id}-note`}
              className="decision-note"
              placeholder={t('reviews.proposal.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </>
        ) : (
          proposal.note && <p className="decision-note-text">{proposal.note}</p>
        )}
        <p className={`decision-state decision-state--${proposal.decision.toLowerCase()}`}>
          {proposal.decidedBy && proposal.decidedAt
            ? t('reviews.proposal.decidedBy', {
                decision: t(`decision.${proposal.decision}`),
                name: proposal.decidedBy.name,
                at: format.dateTime(proposal.decidedAt, timeZone),
              })
            : t(`decision.${proposal.decision}`)}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
