import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { describeRequestError, splitListUserErrors, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import type { WeeklyReportMailingQuery as Mailing } from '../../../generated/graphql';
import { SetWeeklyReportMailingMutation } from '../graphql/mutations/set-weekly-report-mailing';
import { WeeklyReportMailingQuery } from '../graphql/queries/weekly-report-mailing';
import { RemovableList } from './RemovableList';
import { SettingsFormFooter } from './SettingsFormFooter';

type Send = NonNullable<NonNullable<Mailing['campaign']>['weeklyReportMailing']>['recentSends'][number];

/** A loose check before the server's: something@something.something. */
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** The weekly report by email (ADMIN and BOARD see it, ADMIN edits it): recipients, delay, recent sends. */
export function WeeklyReportMailingPanel({
  campaignId,
  timeZone,
  canManage,
}: {
  campaignId: string;
  timeZone: string;
  canManage: boolean;
}) {
  const { data, error, refetch } = useQuery(WeeklyReportMailingQuery, { variables: { id: campaignId } });
  const mailing = data?.campaign?.weeklyReportMailing;
  if (!mailing) {
    return error ? <ListError error={error} onRetry={() => void refetch().catch(() => undefined)} /> : <ListLoading />;
  }
  return (
    <>
      <RecipientsEditor
        campaignId={campaignId}
        canManage={canManage}
        recipients={mailing.recipients}
        delayMinutes={mailing.delayMinutes}
      />
      <WeeklyReportSends sends={mailing.recentSends} timeZone={timeZone} />
    </>
  );
}

export function RecipientsEditor({
  campaignId,
  canManage,
  recipients: initial,
  delayMinutes: initialDelay,
}: {
  campaignId: string;
  canManage: boolean;
  recipients: string[];
  delayMinutes: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [recipients, setRecipients] = useState(initial);
  const [address, setAddress] = useState('');
  const [addError, setAddError] = useState('');
  const [delay, setDelay] = useState(String(initialDelay));
  const [rowErrors, setRowErrors] = useState<Record<number, string[]>>({});
  const [delayErrors, setDelayErrors] = useState<string[]>([]);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [save, { loading: saving }] = useMutation(SetWeeklyReportMailingMutation);

  const changed = () => {
    setNotice('');
    setRowErrors({});
    setDelayErrors([]);
    setFormErrors([]);
  };
  const add = () => {
    const value = address.trim();
    if (!looksLikeEmail(value)) return setAddError(t('weeklyMailing.badAddress'));
    if (recipients.some((each) => each.toLowerCase() === value.toLowerCase())) {
      return setAddError(t('weeklyMailing.duplicate'));
    }
    setAddError('');
    changed();
    setRecipients([...recipients, value]);
    setAddress('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    changed();
    try {
      const result = await save({
        variables: { input: { campaignId, recipients, delayMinutes: Number(delay) } },
        refetchQueries: [WeeklyReportMailingQuery],
        awaitRefetchQueries: true,
      });
      const userErrors = result.data?.setWeeklyReportMailing.userErrors ?? [];
      if (userErrors.length === 0) return setNotice(t('weeklyMailing.saved'));
      const { byItem, rest } = splitListUserErrors(userErrors, 'recipients', recipients.length);
      const { byField, general } = splitUserErrors(rest, ['delayMinutes'] as const);
      setRowErrors(byItem);
      setDelayErrors(byField.delayMinutes ?? []);
      setFormErrors(general);
    } catch (caught) {
      setFormErrors([describeRequestError(caught, t)]);
    }
  };

  const addressId = `${id}-address`;
  const delayId = `${id}-delay`;
  return (
    <section aria-labelledby={`${id}-title`} className="reminders weekly-mailing">
      <h2 id={`${id}-title`}>{t('weeklyMailing.title')}</h2>
      <p className="muted">{t('weeklyMailing.intro')}</p>
      {!canManage && <p className="muted">{t('weeklyMailing.readOnly')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h3 id={`${id}-recipients`}>{t('weeklyMailing.recipients')}</h3>
        <RemovableList
          idPrefix={id}
          labelledBy={`${id}-recipients`}
          items={recipients.map((recipient) => ({
            key: recipient,
            label: recipient,
            removeLabel: t('weeklyMailing.remove', { address: recipient }),
          }))}
          errors={rowErrors}
          canRemove={canManage}
          removeText={t('weeklyMailing.removeShort')}
          onRemove={(index) => {
            changed();
            setRecipients(recipients.filter((_, other) => other !== index));
          }}
          empty={t('weeklyMailing.none')}
        />
        {canManage && (
          <div className="reminders__add">
            <label htmlFor={addressId}>{t('weeklyMailing.newAddress')}</label>
            <input
              id={addressId}
              type="email"
              autoComplete="off"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
              {...invalidProps(addressId, addError ? [addError] : undefined)}
            />
            <button type="button" className="button" onClick={add}>
              {t('weeklyMailing.add')}
            </button>
            <FieldError inputId={addressId} messages={addError ? [addError] : undefined} />
          </div>
        )}
        <div className="reminders__add">
          <label htmlFor={delayId}>{t('weeklyMailing.delay')}</label>
          <input
            id={delayId}
            type="number"
            inputMode="numeric"
            min={0}
            max={10080}
            value={delay}
            readOnly={!canManage}
            onChange={(event) => {
              changed();
              setDelay(event.target.value);
            }}
            {...invalidProps(delayId, delayErrors, `${delayId}-hint`)}
          />
          <p className="muted" id={`${delayId}-hint`}>
            {t('weeklyMailing.delayHint')}
          </p>
          <FieldError inputId={delayId} messages={delayErrors} />
        </div>
        <SettingsFormFooter
          formErrors={formErrors}
          canManage={canManage}
          saving={saving}
          saveText={t('weeklyMailing.save')}
          savingText={t('weeklyMailing.saving')}
          notice={notice}
        />
      </form>
    </section>
  );
}

function WeeklyReportSends({ sends, timeZone }: { sends: Send[]; timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const caption = t('weeklyMailing.sendsCaption', { count: sends.length });
  return (
    <section aria-labelledby={`${id}-sends`} className="reminders-sends">
      <h3 id={`${id}-sends`}>{t('weeklyMailing.sendsTitle')}</h3>
      {sends.length === 0 ? (
        <p className="state">{t('weeklyMailing.sendsEmpty')}</p>
      ) : (
        <ScrollBox className="table-wrap" label={caption}>
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('weeklyMailing.columns.period')}</th>
                <th scope="col">{t('weeklyMailing.columns.recipients')}</th>
                <th scope="col">{t('weeklyMailing.columns.queuedAt')}</th>
                <th scope="col">{t('weeklyMailing.columns.result')}</th>
              </tr>
            </thead>
            <tbody>
              {sends.map((send) => (
                <tr key={`${send.period}:${send.queuedAt}`}>
                  <td>{t('reminders.periodNumber', { index: send.period })}</td>
                  <td className="weekly-mailing__to">{send.recipients.join(', ')}</td>
                  <td>{format.dateTime(send.queuedAt, timeZone)}</td>
                  <td className={send.error ? 'weekly-mailing__error' : undefined}>
                    {send.error
                      ? t('weeklyMailing.failed', { error: send.error })
                      : send.sentAt
                        ? t('weeklyMailing.sentAt', { when: format.dateTime(send.sentAt, timeZone) })
                        : t('weeklyMailing.pending')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
