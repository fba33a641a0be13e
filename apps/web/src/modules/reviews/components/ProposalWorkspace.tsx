import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../generated/graphql';
import { RulesQuery } from '../../rules';
import { useDecisions } from '../hooks/useDecisions';
import { useProposalFilters } from '../hooks/useProposalFilters';
import { useRowKeyboard } from '../hooks/useRowKeyboard';
import { useSelection } from '../hooks/useSelection';
import { groupProposals } from '../utils/group-proposals';
import { SHOW_ALL, matchesFilters } from '../utils/proposal-filters';
import { BulkBar } from './BulkBar';
import { BulkDecisionDialog } from './BulkDecisionDialog';
import { DecisionProgress } from './DecisionProgress';
import { DecisionStatusLine } from './DecisionStatusLine';
import { ProposalFilters } from './ProposalFilters';
import { ProposalGroups } from './ProposalGroups';
import { ProposalRow } from './ProposalRow';
import { ProposalsEmpty } from './ProposalsEmpty';
import type { ReviewDetail, WorkspaceProposal } from './types';

type Verdict = Exclude<Decision, 'PENDING'>;

/** The unit's page as the review saw it: its period and target set. */
const unitPageHref = (campaignId: string, unitId: string, review: ReviewDetail) =>
  `/campaigns/${campaignId}/units/${unitId}?${new URLSearchParams({
    period: String(review.asOfPeriod),
    set: review.targetSet.key,
  }).toString()}`;

/**
 * The board's workspace: progress, filters (in the address), the proposals shown with their decisions, a selection
 * decided at once after one question, the list's keys, and a status line said after each decision.
 */
export function ProposalWorkspace({
  review,
  proposals,
  campaignId,
  timeZone,
  editable,
  onChanged,
}: {
  review: ReviewDetail;
  proposals: readonly WorkspaceProposal[];
  campaignId: string;
  timeZone: string;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const helpId = useId();
  // Pending first while there is something to decide; everything once the review is finalized.
  const [filters, setFilters] = useProposalFilters(review.status === 'FINALIZED' ? 'ALL' : 'PENDING');
  const decisions = useDecisions({ reviewId: review.id, onChanged });
  const { selected, toggle, setMany, clear } = useSelection();
  const [bulk, setBulk] = useState<Verdict | null>(null);
  const [focusList, setFocusList] = useState(false);
  // The rule's name beside its code; the code is what the frozen proposal keeps.
  const rules = useQuery(RulesQuery, { variables: { campaignId } }).data?.rules ?? [];
  const ruleNames = new Map(rules.map((rule) => [rule.code, rule.name]));
  const indicatorNames = new Map<string, string>();
  for (const ranking of review.rankings)
    for (const row of ranking.rows)
      for (const result of row.indicators) indicatorNames.set(result.indicator.code, result.indicator.name);

  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const groups = groupProposals(proposals.filter((proposal) => matchesFilters(proposal, filters)));
  const shown = groups.flatMap((group) => group.proposals);
  const chosen = shown.filter((proposal) => selected.has(proposal.id));
  const decided = proposals.filter((proposal) => proposal.decision !== 'PENDING').length;

  const byKey = (decision: Verdict) => (id: string) => {
    const proposal = byId.get(id);
    if (!editable || !proposal) return;
    if (proposal.decision !== 'PENDING') decisions.say(t('reviews.workspace.alreadyDecided'));
    else void decisions.decide(proposal, decision);
  };
  const keyboard = useRowKeyboard({
    ids: shown.map((proposal) => proposal.id),
    isPending: (id) => byId.get(id)?.decision === 'PENDING',
    onApprove: byKey('APPROVED'),
    onReject: byKey('REJECTED'),
    onToggle: (id) => editable && toggle(id),
  });
  const decide = (proposal: WorkspaceProposal, decision: Decision) => {
    keyboard.keepFocus();
    void decisions.decide(proposal, decision);
  };

  // After a selection is decided the dialog's opener is gone: focus returns to the list.
  useEffect(() => {
    if (!focusList) return;
    setFocusList(false);
    keyboard.focusCurrent();
  }, [focusList, keyboard]);

  if (!proposals.length) return <p className="state">{t('reviews.screen.noProposals')}</p>;
  return (
    <>
      {review.status !== 'FINALIZED' && (
        <DecisionProgress
          decided={decided}
          total={proposals.length}
          onShowPending={() => setFilters({ decision: 'PENDING' })}
        />
      )}
      <ProposalFilters proposals={proposals} filters={filters} onChange={setFilters} />
      <p className="muted">{t('reviews.workspace.shown', { shown: shown.length, total: proposals.length })}</p>
      <DecisionStatusLine status={decisions.status} onUndo={editable ? () => void decisions.undoLast() : undefined} />
      {editable && shown.length > 0 && (
        <>
          <BulkBar
            shown={shown.length}
            selected={chosen.length}
            onSelectAll={(select) =>
              setMany(
                shown.map((proposal) => proposal.id),
                select,
              )
            }
            onClear={clear}
            onDecide={setBulk}
          />
          <p className="keyboard-help muted" id={helpId}>
            {t('reviews.workspace.keyboardHelp')}
          </p>
        </>
      )}
      {shown.length ? (
        <div
          ref={keyboard.listRef}
          className="proposal-list"
          role="group"
          aria-label={t('reviews.workspace.listLabel')}
          aria-describedby={editable ? helpId : undefined}
          onKeyDown={keyboard.onKeyDown}
        >
          <ProposalGroups
            groups={groups}
            editable={editable}
            row={(proposal, index) => (
              <ProposalRow
                key={proposal.id}
                index={index}
                proposal={proposal}
                editable={editable}
                timeZone={timeZone}
                indicatorNames={indicatorNames}
                ruleName={proposal.ruleCode ? ruleNames.get(proposal.ruleCode) : undefined}
                unitHref={unitPageHref(campaignId, proposal.unit.id, review)}
                period={review.asOfPeriod}
                selected={selected.has(proposal.id)}
                onToggle={() => toggle(proposal.id)}
                rowProps={keyboard.rowProps(proposal.id)}
                note={decisions.noteOf(proposal)}
                error={decisions.errors[proposal.id]}
                onNoteChange={(text) => decisions.setNote(proposal.id, text)}
                onDecide={(decision) => decide(proposal, decision)}
              />
            )}
          />
        </div>
      ) : (
        <ProposalsEmpty filters={filters} onShowAll={() => setFilters(SHOW_ALL)} />
      )}
      {bulk && (
        <BulkDecisionDialog
          decision={bulk}
          proposals={chosen}
          noteOf={decisions.noteOf}
          describe={decisions.describe}
          onClose={() => setBulk(null)}
          onConfirm={async (note) => {
            const outcome = await decisions.decideSelection(
              chosen.map((proposal) => proposal.id),
              bulk,
              note,
            );
            if ('done' in outcome) {
              setBulk(null);
              clear();
              setFocusList(true);
            }
            return outcome;
          }}
        />
      )}
    </>
  );
}
