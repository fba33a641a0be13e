import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { RecordMeasure } from '../../../generated/graphql';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { SetIndicatorRecordRuleMutation } from '../graphql/mutations/set-indicator-record-rule';
import { isRecordMeasure, RECORD_MEASURES } from '../utils/record-measures';

const FIELDS = ['numerator', 'denominator'] as const;
type RuleField = (typeof FIELDS)[number];

export interface RuleIndicator {
  id: string;
  code: string;
  name: string;
}

export interface SavedRule {
  numerator: RecordMeasure;
  denominator: RecordMeasure;
}

/** One indicator: its numerator and denominator measures, saved together; the server's refusals beside each select. */
export function RecordRuleRow({
  indicator,
  rule,
  onSaved,
}: {
  indicator: RuleIndicator;
  rule: SavedRule | null;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('dossiers');
  const [draft, setDraft] = useState<Record<RuleField, string>>({
    numerator: rule?.numerator ?? '',
    denominator: rule?.denominator ?? '',
  });
  const [errors, setErrors] = useState<{ byField: Partial<Record<RuleField, string[]>>; general: string[] }>({
    byField: {},
    general: [],
  });
  const [save, { loading }] = useMutation(SetIndicatorRecordRuleMutation);
  const changed = draft.numerator !== (rule?.numerator ?? '') || draft.denominator !== (rule?.denominator ?? '');
  const idOf = (field: RuleField) => `record-rule-${indicator.id}-${field}`;

  const onSave = async () => {
    if (loading) return;
    const { numerator, denominator } = draft;
    if (!isRecordMeasure(numerator) || !isRecordMeasure(denominator)) {
      setErrors({ byField: {}, general: [t('dossiers.rules.incomplete')] });
      return;
    }
    setErrors({ byField: {}, general: [] });
    try {
      const { data } = await save({ variables: { input: { indicatorId: indicator.id, numerator, denominator } } });
      const payload = data?.setIndicatorRecordRule;
      if (!payload) throw new Error('setIndicatorRecordRule returned no payload');
      if (payload.userErrors.length) {
        setErrors(splitUserErrors(payload.userErrors, FIELDS, describe));
        return;
      }
      onSaved(t('dossiers.rules.saved', { name: indicator.name }));
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  const select = (field: RuleField) => (
    <td>
      <select
        id={idOf(field)}
        aria-label={t(`dossiers.rules.${field}Label`, { name: indicator.name })}
        value={draft[field]}
        onChange={(event) => setDraft((current) => ({ ...current, [field]: event.target.value }))}
        {...invalidProps(idOf(field), errors.byField[field])}
      >
        {!rule && <option value="">{t('dossiers.rules.choose')}</option>}
        {RECORD_MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {t(`dossiers.measures.${measure}`)}
          </option>
        ))}
      </select>
      <FieldError inputId={idOf(field)} messages={errors.byField[field]} />
    </td>
  );

  return (
    <tr>
      <th scope="row">
        <span className="record-rule__name">{indicator.name}</span> <span className="code">{indicator.code}</span>
        {!rule && <span className="muted record-rule__none">{t('dossiers.rules.noRule')}</span>}
        {errors.general.length > 0 && (
          <p className="field-error" role="alert">
            {errors.general.join(' ')}
          </p>
        )}
      </th>
      {select('numerator')}
      {select('denominator')}
      <td>
        <button
          type="button"
          className="button button--small"
          aria-label={t('dossiers.rules.saveLabel', { name: indicator.name })}
          disabled={loading || !changed}
          onClick={() => void onSave()}
        >
          {loading ? t('common.saving') : t('common.save')}
        </button>
      </td>
    </tr>
  );
}
