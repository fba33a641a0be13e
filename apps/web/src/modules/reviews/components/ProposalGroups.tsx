import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../generated/graphql';
import type { ProposalGroup } from '../utils/group-proposals';
import type { WorkspaceProposal } from './types';

const OUTCOMES: Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/** The proposals shown, by outcome, then form: a table per group, a row per proposal (drawn by `row`). */
export function ProposalGroups({
  groups,
  editable,
  row,
}: {
  groups: ProposalGroup<WorkspaceProposal>[];
  editable: boolean;
  row: (proposal: WorkspaceProposal, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {OUTCOMES.map((outcome) => {
        const forms = groups.filter((group) => group.outcome === outcome);
        if (!forms.length) return null;
        return (
          <section
            key={outcome}
            className={`proposal-outcome proposal-outcome--${outcome.toLowerCase()}`}
            aria-labelledby={`outcome-${outcome}`}
          >
            <h4 id={`outcome-${outcome}`}>{t(`outcome.${outcome}`)}</h4>
            {forms.map(({ form, proposals }) => (
              <div className="table-wrap" key={form}>
                <table className="data-table data-table--cards proposal-table">
                  <caption>
                    {t('reviews.screen.groupCaption', { outcome: t(`outcome.${outcome}`), form })} ({proposals.length})
                  </caption>
                  <thead>
                    <tr>
                      {editable && (
                        <th scope="col">
                          <span className="visually-hidden">{t('reviews.workspace.selectColumn')}</span>
                        </th>
                      )}
                      <th scope="col">{t('reviews.columns2.stt')}</th>
                      <th scope="col">{t('reviews.columns2.unit')}</th>
                      <th scope="col">{t('reviews.columns2.reason')}</th>
                      <th scope="col">{t('reviews.columns2.evidence')}</th>
                      <th scope="col">{t('reviews.columns2.decision')}</th>
                    </tr>
                  </thead>
                  <tbody>{proposals.map((proposal, index) => row(proposal, index + 1))}</tbody>
                </table>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
