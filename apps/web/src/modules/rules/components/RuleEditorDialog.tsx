import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome, RuleDraftInput, RuleFieldsFragment } from '../../../generated/graphql';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import { CreateRuleMutation } from '../graphql/mutations/create-rule';
import { UpdateRuleMutation } from '../graphql/mutations/update-rule';
import { buildCondition, parseCondition, type ConditionForm } from '../utils/condition-builder';
import { ConditionBuilder } from './ConditionBuilder';
import { RulePreview } from './RulePreview';
import type { RuleCampaign } from './types';

const FIELDS = ['code', 'name', 'outcome', 'form', 'priority', 'condition'] as const;
type Field = (typeof FIELDS)[number];
type Errors = { byField: Partial<Record<Field, string[]>>; general: string[] };

const NEW_CONDITION: ConditionForm = { combinator: 'and', clauses: [{ fact: 'allTargetsMet', op: '==', value: 1 }] };
/** One line per clause of a top-level and / or; anything else on one line. */
function pretty(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1 && (entries[0][0] === 'and' || entries[0][0] === 'or') && Array.isArray(entries[0][1])) {
      const parts = (entries[0][1] as unknown[]).map((part) => `    ${JSON.stringify(part)}`);
      return `{\n  "${entries[0][0]}": [\n${parts.join(',\n')}\n  ]\n}`;
    }
  }
  return JSON.stringify(value);
}

/** Create or edit a rule: the common conditions as a form, the JSON Logic beside it (editable), and a preview. */
export function RuleEditorDialog({
  campaign,
  rule,
  onClose,
  onSaved,
}: {
  campaign: RuleCampaign;
  rule: RuleFieldsFragment | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const describeShared = useDescribeUserError();
  const [code, setCode] = useState(rule?.code ?? '');
  const [name, setName] = useState(rule?.name ?? '');
  const [outcome, setOutcome] = useState<Outcome>(rule?.outcome ?? 'COMMENDATION');
  const [form, setForm] = useState(rule?.form ?? '');
  const [priority, setPriority] = useState(String(rule?.priority ?? 100));
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const initial = rule ? parseCondition(rule.condition) : NEW_CONDITION;
  const [builder, setBuilder] = useState<ConditionForm | null>(initial);
  const [json, setJson] = useState(pretty(rule ? rule.condition : buildCondition(NEW_CONDITION)));
  const [jsonError, setJsonError] = useState('');
  const [errors, setErrors] = useState<Errors>({ byField: {}, general: [] });
  const [createRule, created] = useMutation(CreateRuleMutation);
  const [updateRule, updated] = useMutation(UpdateRuleMutation);
  const indicators = campaign.indicators.map((item) => item.indicator);

  const describe = (error: UserErrorLike) => {
    const key = `rules.errors.${error.code}`;
    return i18n.exists(key)
      ? (t as unknown as (k: string, o: object) => string)(key, { message: error.message })
      : describeShared(error);
  };

  const onBuilderChange = (next: ConditionForm) => {
    setBuilder(next);
    setJson(pretty(buildCondition(next)));
    setJsonError('');
  };

  const onJsonChange = (text: string) => {
    setJson(text);
    try {
      setBuilder(parseCondition(JSON.parse(text)));
      setJsonError('');
    } catch (error) {
      setJsonError(t('rules.form.jsonInvalid', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  /** The rule as drafted, or null (with the errors shown) when a field is not filled in. */
  const draft = (): RuleDraftInput | null => {
    const missing: Partial<Record<Field, string[]>> = {};
    if (!code.trim()) missing.code = [t('userErrors.REQUIRED')];
    if (!name.trim()) missing.name = [t('userErrors.REQUIRED')];
    if (!form.trim()) missing.form = [t('userErrors.REQUIRED')];
    if (!/^-?\d+$/.test(priority.trim())) missing.priority = [t('userErrors.REQUIRED')];
    let condition: unknown = null;
    try {
      condition = JSON.parse(json);
    } catch (error) {
      missing.condition = [
        t('rules.form.jsonInvalid', { message: error instanceof Error ? error.message : String(error) }),
      ];
    }
    setErrors({ byField: missing, general: [] });
    if (Object.keys(missing).length) return null;
    return { code: code.trim(), name: name.trim(), outcome, form: form.trim(), priority: Number(priority), condition };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = draft();
    if (!input) return;
    try {
      const userErrors = rule
        ? ((await updateRule({ variables: { input: { ...input, id: rule.id, version: rule.version, enabled } } })).data
            ?.updateRule.userErrors ?? [])
        : ((await createRule({ variables: { input: { ...input, campaignId: campaign.id, enabled } } })).data?.createRule
            .userErrors ?? []);
      if (userErrors.length) {
        const split = splitUserErrors(userErrors, FIELDS, describe);
        setErrors({ byField: split.byField, general: [t('rules.form.errorSummary'), ...split.general] });
      } else onSaved(input.name);
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  const saving = created.loading || updated.loading;
  const text = (field: 'code' | 'name' | 'form', value: string, set: (v: string) => void, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`rules.form.${field}`)}</label>
      <input
        type="text"
        id={`${id}-${field}`}
        value={value}
        onChange={(event) => set(event.target.value)}
        {...invalidProps(`${id}-${field}`, errors.byField[field], hint ? `${id}-${field}-hint` : undefined)}
      />
      {hint && (
        <p className="field__hint" id={`${id}-${field}-hint`}>
          {hint}
        </p>
      )}
      <FieldError inputId={`${id}-${field}`} messages={errors.byField[field]} />
    </div>
  );

  return (
    <Modal title={t(rule ? 'rules.form.editTitle' : 'rules.form.createTitle')} onClose={onClose} wide>
      <form className="rule-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrors messages={errors.general} />
        <div className="rule-form__grid">
          {text('code', code, setCode)}
          {text('name', name, setName)}
          <div className="field">
            <label htmlFor={`${id}-outcome`}>{t('rules.form.outcome')}</label>
            <select
              id={`${id}-outcome`}
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as Outcome)}
            >
              {(['COMMENDATION', 'DISCIPLINE'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`outcome.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {text('form', form, setForm, t('rules.form.formHint'))}
          <div className="field">
            <label htmlFor={`${id}-priority`}>{t('rules.form.priority')}</label>
            <input
              type="text"
              id={`${id}-priority`}
              inputMode="numeric"
              value={priority}
              onChange={(event) => setPriority(event.target.value)}
              {...invalidProps(`${id}-priority`, errors.byField.priority)}
            />
            <FieldError inputId={`${id}-priority`} messages={errors.byField.priority} />
          </div>
          <div className="field">
            <label>
              <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />{' '}
              {t('rules.form.enabled')}
            </label>
          </div>
        </div>
        {builder ? (
          <ConditionBuilder value={builder} indicators={indicators} onChange={onBuilderChange} />
        ) : (
          <p className="notice">{t('rules.form.jsonOnly')}</p>
        )}
        <div className="field condition-json">
          <label htmlFor={`${id}-condition`}>{t('rules.form.json')}</label>
          <textarea
            id={`${id}-condition`}
            rows={10}
            spellCheck={false}
            value={json}
            onChange={(event) => onJsonChange(event.target.value)}
            {...invalidProps(
              `${id}-condition`,
              jsonError ? [jsonError, ...(errors.byField.condition ?? [])] : errors.byField.condition,
              `${id}-condition-hint`,
            )}
          />
          <p className="field__hint" id={`${id}-condition-hint`}>
            {t('rules.form.jsonHint')}
          </p>
          <FieldError inputId={`${id}-condition`} messages={jsonError ? [jsonError] : errors.byField.condition} />
        </div>
        <RulePreview campaign={campaign} draft={draft} />
        <SaveActions saving={saving} onCancel={onClose} className="rule-form-actions" />
      </form>
    </Modal>
  );
}
