import { useId, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { PreviewRulesQuery as PreviewResult, RuleDraftInput } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { describeEvidence } from '../utils/evidence';
import { PreviewRulesQuery } from '../graphql/queries/preview-rules';
import type { RuleCampaign } from './types';

/** "Xem trước": who the drafted rule would propose as of a due period (a dry run, nothing written). */
export function RulePreview({
  campaign,
  draft,
  now = new Date(),
}: {
  campaign: RuleCampaign;
  draft: () => RuleDraftInput | null;
  now?: Date;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const client = useApolloClient();
  const due = campaign.periods.filter((period) => new Date(period.dueAt) <= now);
  const [period, setPeriod] = useState(due.length ? due[due.length - 1].index : 1);
  const [result, setResult] = useState<{ period: number; proposals: PreviewResult['previewRules'] } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  const names = new Map(campaign.indicators.map((item) => [item.indicator.code, item.indicator.name]));

  const run = async () => {
    const rule = draft();
    if (!rule) return;
    setErrors([]);
    setLoading(true);
    try {
      const answer = await client.query({
        query: PreviewRulesQuery,
        variables: { campaignId: campaign.id, asOfPeriod: period, rules: [rule] },
        fetchPolicy: 'network-only',
      });
      setResult({ period, proposals: answer.data?.previewRules ?? [] });
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="rule-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('rules.preview.title')}</h3>
      <p className="muted">{t('rules.preview.intro')}</p>
      <div className="rule-preview__controls">
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('rules.preview.period')}</label>
          <select id={`${id}-period`} value={period} onChange={(event) => setPeriod(Number(event.target.value))}>
            {(due.length ? due : campaign.periods.slice(0, 1)).map((option) => (
              <option key={option.index} value={option.index}>
                {t('reviews.createDialog.periodOption', {
                  period: option.index,
                  start: format.date(option.startDate),
                  end: format.date(option.endDate),
                })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={loading} onClick={() => void run()}>
          {loading ? t('rules.preview.running') : t('rules.preview.run')}
        </button>
      </div>
      <FormErrors messages={errors} />
      <div aria-live="polite">
        {result &&
          (result.proposals.length ? (
            <div className="table-wrap">
              <table className="data-table data-table--compact">
                <caption>{t('rules.preview.caption', { period: result.period })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reviews.columns2.stt')}</th>
                    <th scope="col">{t('reviews.columns2.unit')}</th>
                    <th scope="col">{t('rules.columns.form')}</th>
                    <th scope="col">{t('reviews.columns2.evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.proposals.map((proposal, index) => (
                    <tr key={`${proposal.unit.id}-${proposal.outcome}`}>
                      <td>{index + 1}</td>
                      <th scope="row">{proposal.unit.name}</th>
                      <td>{proposal.form}</td>
                      <td>
                        <ul className="evidence">
                          {proposal.evidence.map((item) => (
                            <li key={item.variable}>{describeEvidence(item, t, format.lang, names)}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="state">{t('rules.preview.none', { period: result.period })}</p>
          ))}
      </div>
    </section>
  );
}
