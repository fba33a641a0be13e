import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../generated/graphql';
import { RulesQuery } from '../../rules';
import { ProposalRow } from './ProposalRow';
import type { ProposalView, ReviewDetail } from './types';

const OUTCOMES: Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/** Proposals grouped by outcome, then form; a table per group. */
export function ProposalGroups({
  campaignId,
  review,
  editable,
  timeZone,
}: {
  campaignId: string;
  review: ReviewDetail;
  editable: boolean;
  timeZone: string;
}) {
  const { t } = useTranslation();
  // The rule's name beside its code; the code is what the frozen proposal keeps.
  const rules = useQuery(RulesQuery, { variables: { campaignId } }).data?.rules ?? [];
  const ruleNames = new Map(rules.map((rule) => [rule.code, rule.name]));
  const indicatorNames = new Map<string, string>();
  for (const ranking of review.rankings)
    for (const row of ranking.rows)
      for (const result of row.indicators) indicatorNames.set(result.indicator.code, result.indicator.name);

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
          <section
            key={outcome}
            className={`proposal-outcome proposal-outcome--${outcome.toLowerCase()}`}
            aria-labelledby={`outcome-${outcome}`}
          >
            <h4 id={`outcome-${outcome}`}>{t(`outcome.${outcome}`)}</h4>
            {[...forms].map(([form, proposals]) => (
              <div className="table-wrap" key={form}>
                <table className="data-table data-table--cards proposal-table">
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
                        ruleName={proposal.ruleCode ? ruleNames.get(proposal.ruleCode) : undefined}
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
