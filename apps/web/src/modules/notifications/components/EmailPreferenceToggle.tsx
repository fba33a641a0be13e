import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetEmailPreferencesMutation } from '../graphql/mutations/set-email-preferences';
import { EmailPreferencesQuery } from '../graphql/queries/email-preferences';

/** The notification panel's footer: "Receive report reminders by email", saved as soon as it is switched. */
export function EmailPreferenceToggle() {
  const { t } = useTranslation();
  const id = useId();
  const { data } = useQuery(EmailPreferencesQuery);
  const [save, { loading: saving }] = useMutation(SetEmailPreferencesMutation);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const on = data?.emailPreferences.reminders;
  if (on === undefined) return null;

  const change = async (reminders: boolean) => {
    setStatus(null);
    try {
      const result = await save({
        variables: { input: { reminders } },
        update(cache, { data: answer }) {
          const saved = answer?.setEmailPreferences.emailPreferences;
          if (saved) cache.writeQuery({ query: EmailPreferencesQuery, data: { emailPreferences: saved } });
        },
      });
      const userErrors = result.data?.setEmailPreferences.userErrors ?? [];
      if (userErrors.length) return setStatus({ text: userErrors.map((e) => e.message).join(' '), error: true });
      setStatus({ text: t(reminders ? 'emailPreferences.savedOn' : 'emailPreferences.savedOff'), error: false });
    } catch {
      setStatus({ text: t('emailPreferences.failed'), error: true });
    }
  };

  return (
    <div className="notification-panel__footer">
      <label className="email-toggle" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={saving}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void change(event.target.checked)}
        />
        <span>{t('emailPreferences.reminders')}</span>
      </label>
      <p id={`${id}-hint`} className="email-toggle__hint">
        {t('emailPreferences.hint')}
      </p>
      <p
        className={status?.error ? 'email-toggle__status email-toggle__status--error' : 'email-toggle__status'}
        role="status"
      >
        {status?.text}
      </p>
    </div>
  );
}
