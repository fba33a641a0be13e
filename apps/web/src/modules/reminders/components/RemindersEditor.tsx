import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { describeRequestError, splitListUserErrors } from '../../../foundation/ui/utils/user-errors';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { SetCampaignRemindersMutation } from '../graphql/mutations/set-campaign-reminders';
import { CampaignRemindersQuery } from '../graphql/queries/campaign-reminders';
import { RemovableList } from './RemovableList';
import { SettingsFormFooter } from './SettingsFormFooter';
import { describeOffset, MAX_OFFSET_MINUTES, MAX_REMINDERS, UNIT_MINUTES, type OffsetUnit } from '../utils/offset';

export type Campaign = Pick<CampaignSettingsFragment, 'id' | 'levels' | 'timeZone'>;

/** An offset in words: "24 giờ trước hạn", "1 hour after the deadline". */
export function useOffsetWords() {
  const { t } = useTranslation();
  return (offsetMinutes: number) => {
    const { amount, unit, after } = describeOffset(offsetMinutes);
    return t(`reminders.offset.${after ? 'after' : 'before'}.${unit}`, { count: amount });
  };
}

const sorted = (offsets: number[]) => [...offsets].sort((a, b) => a - b);

export function RemindersEditor({
  campaign,
  canManage,
  offsetsMinutes,
  copyToParentLevelKeys,
}: {
  campaign: Campaign;
  canManage: boolean;
  offsetsMinutes: number[];
  copyToParentLevelKeys: string[];
}) {
  const { t } = useTranslation();
  const words = useOffsetWords();
  const id = useId();
  const [offsets, setOffsets] = useState(() => sorted(offsetsMinutes));
  const [copyKeys, setCopyKeys] = useState(copyToParentLevelKeys);
  const [amount, setAmount] = useState('1');
  const [unit, setUnit] = useState<OffsetUnit>('hours');
  const [after, setAfter] = useState(false);
  const [addError, setAddError] = useState('');
  const [rowErrors, setRowErrors] = useState<Record<number, string[]>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [save, { loading: saving }] = useMutation(SetCampaignRemindersMutation);

  const changed = () => {
    setNotice('');
    setRowErrors({});
    setFormErrors([]);
  };

  const add = () => {
    const count = Number(amount);
    const size = count * UNIT_MINUTES[unit];
    if (!Number.isInteger(count) || count < 1 || size > MAX_OFFSET_MINUTES)
      return setAddError(t('reminders.badAmount'));
    const offset = after ? size : -size;
    if (offsets.includes(offset)) return setAddError(t('reminders.duplicate'));
    if (offsets.length >= MAX_REMINDERS) return setAddError(t('reminders.tooMany', { count: MAX_REMINDERS }));
    setAddError('');
    changed();
    setOffsets(sorted([...offsets, offset]));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    changed();
    try {
      const result = await save({
        variables: { input: { campaignId: campaign.id, offsetsMinutes: offsets, copyToParentLevelKeys: copyKeys } },
        refetchQueries: [CampaignRemindersQuery],
        awaitRefetchQueries: true,
      });
      const userErrors = result.data?.setCampaignReminders.userErrors ?? [];
      if (userErrors.length === 0) return setNotice(t('reminders.saved'));
      const { byItem, rest } = splitListUserErrors(userErrors, 'offsetsMinutes', offsets.length);
      setRowErrors(byItem);
      setFormErrors(rest.map((userError) => userError.message));
    } catch (caught) {
      setFormErrors([describeRequestError(caught, t)]);
    }
  };

  const amountId = `${id}-amount`;
  return (
    <section aria-labelledby={`${id}-title`} className="reminders">
      <h2 id={`${id}-title`}>{t('reminders.title')}</h2>
      <p className="muted">{t('reminders.intro')}</p>
      {!canManage && <p className="muted">{t('reminders.readOnly')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <RemovableList
          idPrefix={id}
          items={offsets.map((offset) => ({
            key: String(offset),
            label: words(offset),
            removeLabel: t('reminders.remove', { what: words(offset) }),
          }))}
          errors={rowErrors}
          canRemove={canManage}
          removeText={t('reminders.removeShort')}
          onRemove={(index) => {
            changed();
            setOffsets(offsets.filter((_, other) => other !== index));
          }}
          empty={t('reminders.none')}
        />
        {canManage && (
          <fieldset className="reminders__add">
            <legend>{t('reminders.add')}</legend>
            <label htmlFor={amountId}>{t('reminders.amount')}</label>
            <input
              id={amountId}
              type="number"
              inputMode="numeric"
              min={1}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              {...invalidProps(amountId, addError ? [addError] : undefined)}
            />
            <label htmlFor={`${id}-unit`}>{t('reminders.unit')}</label>
            <select id={`${id}-unit`} value={unit} onChange={(event) => setUnit(event.target.value as OffsetUnit)}>
              {(['minutes', 'hours', 'days'] as const).map((each) => (
                <option key={each} value={each}>
                  {t(`reminders.units.${each}`)}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-when`}>{t('reminders.when')}</label>
            <select
              id={`${id}-when`}
              value={after ? 'after' : 'before'}
              onChange={(event) => setAfter(event.target.value === 'after')}
            >
              <option value="before">{t('reminders.whenBefore')}</option>
              <option value="after">{t('reminders.whenAfter')}</option>
            </select>
            <button type="button" className="button" onClick={add}>
              {t('reminders.add')}
            </button>
            <FieldError inputId={amountId} messages={addError ? [addError] : undefined} />
          </fieldset>
        )}
        {campaign.levels.length > 0 && (
          <fieldset className="reminders__copy" disabled={!canManage}>
            <legend>{t('reminders.copyTitle')}</legend>
            <p className="muted">{t('reminders.copyHint')}</p>
            {campaign.levels.map((level) => (
              <label key={level.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={copyKeys.includes(level.key)}
                  onChange={(event) => {
                    changed();
                    setCopyKeys(
                      event.target.checked ? [...copyKeys, level.key] : copyKeys.filter((key) => key !== level.key),
                    );
                  }}
                />
                {level.name}
              </label>
            ))}
          </fieldset>
        )}
        <SettingsFormFooter
          formErrors={formErrors}
          canManage={canManage}
          saving={saving}
          saveText={t('reminders.save')}
          savingText={t('reminders.saving')}
          notice={notice}
        />
      </form>
    </section>
  );
}
