import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ListEmpty, LoadedList } from '../../../foundation/ui/components/ListStates';
import { RecordRulesQuery } from '../graphql/queries/record-rules';
import { RecordRuleRow } from './RecordRuleRow';

/** Every indicator with how records feed it (or not yet), each row saved on its own. */
export function RecordRulesSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RecordRulesQuery);
  const [notice, setNotice] = useState('');
  const indicators = data?.indicators ?? [];
  const rules = new Map((data?.indicatorRecordRules ?? []).map((rule) => [rule.indicator.id, rule]));

  return (
    <section className="dossiers-section" aria-labelledby="record-rules-title">
      <h2 id="record-rules-title">{t('dossiers.rules.title')}</h2>
      <p className="dossiers-section__intro">{t('dossiers.rules.intro')}</p>
      <p className="notice" role="status">
        {notice}
      </p>
      <LoadedList
        data={data}
        error={error}
        onRetry={refetch}
        empty={!indicators.length}
        emptyTitle={t('dossiers.rules.noIndicators')}
        emptyHint={t('dossiers.rules.noIndicatorsHint')}
      >
        {() => (
          <>
            {rules.size === 0 && <ListEmpty title={t('dossiers.rules.empty')} hint={t('dossiers.rules.emptyHint')} />}
            <div className="table-wrap">
              <table className="data-table record-rules">
                <caption className="visually-hidden">{t('dossiers.rules.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dossiers.rules.columns.indicator')}</th>
                    <th scope="col">{t('dossiers.rules.columns.numerator')}</th>
                    <th scope="col">{t('dossiers.rules.columns.denominator')}</th>
                    <th scope="col">{t('dossiers.rules.columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((indicator) => {
                    const rule = rules.get(indicator.id) ?? null;
                    // A new key once saved: the row starts again from what the server now holds.
                    return (
                      <RecordRuleRow
                        key={`${indicator.id}-${rule?.numerator ?? ''}-${rule?.denominator ?? ''}`}
                        indicator={indicator}
                        rule={rule}
                        // Said once the list shows what was saved.
                        onSaved={(message) =>
                          void refetch().then(
                            () => setNotice(message),
                            () => setNotice(message),
                          )
                        }
                      />
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </LoadedList>
    </section>
  );
}
