import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../generated/graphql';
import { ProposalRow } from './ProposalRow';
import type { ProposalView, ReviewDetail } from './types';

const OUTCOMES: Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/** Proposals grouped by outcome, then form; a table per group. */
export function ProposalGroups({ review, editable, timeZone }: { review: ReviewDetail; editable: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const indicatorNames = new Map<string, string>();
  for (const ranking of review.rankings)
    for (const row of ranking.rows) for (const result of row.indicators) indicatorNames.set(result.indicator.code, result.indicator.name);

  if (!review.proposals.length) return <p className="state">{t('reviews.screen.noProposals')}</p>;
  return (
    <>
      {OUTCOMES.map((outcome) => {
        const forms = new Map<string, ProposalView[]>();
        for (const proposal of review.proposals.filter((item) => item.outcome === outcome)) {
          forms.set(proposal.form, [...(forms.get(proposal.form) ?? []), proposal]);
        }
        if (!forms.size) return null;
        return (
          <section key={outcome} className={`proposal-outcome proposal-outcome--${outcome.toLowerCase()}`} aria-labelledby={`outcome-${outcome}`}>
            <h4 id={`outcome-${outcome}`}>{t(`outcome.${outcome}`)}</h4>
            {[...forms].map(([form, proposals]) => (
              <div className="table-wrap" key={form}>
                <table className="data-table proposal-table">
                  <caption>
                    {t('reviews.screen.groupCaption', { outcome: t(`outcome.${outcome}`), form })} ({proposals.length})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reviews.columns2.stt')}</th>
                      <th scope="col">{t('reviews.columns2.unit')}</th>
                      <th scope="col">{t('reviews.columns2.reason')}</th>
                      <th scope="col">{t('reviews.columns2.evidence')}</th>
                      <th scope="col">{t('reviews.columns2.decision')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {proposals.map((proposal, index) => (
                      <ProposalRow
                        key={proposal.id}
                        index={index + 1}
                        proposal={proposal}
                        editable={editable}
                        timeZone={timeZone}
                        indicatorNames={indicatorNames}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
