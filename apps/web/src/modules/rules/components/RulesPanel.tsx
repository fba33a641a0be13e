import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { RuleFieldsFragment } from '../../../generated/graphql';
import { toLang } from '../../../foundation/i18n/format';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { UpdateRuleMutation } from '../graphql/mutations/update-rule';
import { RulesQuery } from '../graphql/queries/rules';
import { RuleEditorDialog } from './RuleEditorDialog';
import type { RuleCampaign } from './types';
import './rules.css';

/**
 * The campaign's "Tiêu chí thi đua" tab: the rules, enabled or not, each condition in plain words; administrators add,
 * edit and toggle them.
 */
export function RulesPanel({ campaign, canManage }: { campaign: RuleCampaign; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeUserError('rules');
  const [editing, setEditing] = useState<RuleFieldsFragment | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const language = toLang(i18n.language) === 'en' ? 'EN' : 'VI';
  const { data, error, refetch } = useQuery(RulesQuery, { variables: { campaignId: campaign.id, language } });
  const [updateRule] = useMutation(UpdateRuleMutation);
  const rules = data?.rules;

  const toggle = async (rule: RuleFieldsFragment) => {
    setErrors([]);
    try {
      const result = await updateRule({
        variables: { input: { id: rule.id, version: rule.version, enabled: !rule.enabled } },
      });
      const userErrors = result.data?.updateRule.userErrors ?? [];
      if (userErrors.length) setErrors(userErrors.map(describe));
    } catch (requestError) {
      setErrors([describeRequestError(requestError, t)]);
    }
  };

  return (
    <section aria-labelledby="rules-title">
      <div className="rules-heading">
        <h2 id="rules-title">{t('rules.title')}</h2>
        {canManage && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('rules.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('rules.intro')}</p>
      <p className="notice" role="status">
        {notice}
      </p>
      <FormErrors messages={errors} />
      {!rules ? (
        error ? (
          <ListError error={error} onRetry={refetch} />
        ) : (
          <ListLoading />
        )
      ) : !rules.length ? (
        <p className="state">{t('rules.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('rules.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.columns.name')}</th>
                {canManage && <th scope="col">{t('rules.columns.code')}</th>}
                <th scope="col">{t('rules.columns.outcome')}</th>
                <th scope="col">{t('rules.columns.form')}</th>
                <th scope="col">{t('rules.columns.condition')}</th>
                <th scope="col" className="num">
                  {t('rules.columns.priority')}
                </th>
                <th scope="col">{t('rules.columns.enabled')}</th>
                {canManage && <th scope="col">{t('rules.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <tr key={rule.id} className={rule.enabled ? undefined : 'rule--disabled'}>
                  <th scope="row">{rule.name}</th>
                  {canManage && (
                    <td>
                      <code>{rule.code}</code>
                    </td>
                  )}
                  <td>
                    <span className={`outcome-badge outcome-badge--${rule.outcome.toLowerCase()}`}>
                      {t(`outcome.${rule.outcome}`)}
                    </span>
                  </td>
                  <td>{rule.form}</td>
                  <td className="rule-condition">{rule.conditionText}</td>
                  <td className="num">{rule.priority}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={rule.enabled}
                      disabled={!canManage}
                      aria-label={t('rules.enabledLabel', { name: rule.name })}
                      onChange={() => void toggle(rule)}
                    />
                  </td>
                  {canManage && (
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('rules.editLabel', { name: rule.name })}
                        onClick={() => setEditing(rule)}
                      >
                        {t('rules.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <RuleEditorDialog
          campaign={campaign}
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice(t('rules.saved', { name }));
            void refetch();
          }}
        />
      )}
    </section>
  );
}
