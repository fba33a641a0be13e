import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLang } from '../../i18n/format';
import { DateFieldCalendar } from './DateFieldCalendar';
import { dateText, INVALID_DATE, readDateText } from './DateFieldText';
import type { FieldProps } from './Field';
import { fieldErrorId } from './FieldError';
import './DateField.css';

export { INVALID_DATE } from './DateFieldText';

export interface DateFieldProps extends Omit<FieldProps, 'autoFocus'> {
  /** yyyy-MM-dd; '' when empty; INVALID_DATE while the text typed is not a date (the form must not send it). */
  value: string;
  onChange: (value: string) => void;
  /** The earliest date allowed, yyyy-MM-dd. */
  min?: string;
}

/** What the typed text means to the form: a date, nothing, or not a date. */
function valueOfText(text: string, min: string | undefined): string {
  const read = readDateText(text);
  if (read.kind === 'empty') return '';
  if (read.kind !== 'date' || (min && read.iso < min)) return INVALID_DATE;
  return read.iso;
}

/**
 * A date typed day first (dd/mm/yyyy, in both languages, as the app writes dates) or picked on a calendar that
 * follows the app's language — not the browser's, as `<input type="date">` does. Says why a date is refused.
 */
export function DateField({ id, label, hint, errors, required, disabled, value, onChange, min }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const formatId = useId();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState(() => dateText(value));
  const [checked, setChecked] = useState(false);
  const [open, setOpen] = useState(false);

  // A value set from outside (a reset, a loaded record) replaces the text; the field's own changes do not.
  useEffect(() => {
    if (value !== INVALID_DATE && valueOfText(text, min) !== value) setText(dateText(value));
    // Only a new value from outside matters here, not each keystroke of the text.
  }, [value]);

  // Sending the form shows why the date is refused even when Enter was pressed without leaving the field.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const onSubmit = () => setChecked(true);
    form.addEventListener('submit', onSubmit, true);
    return () => form.removeEventListener('submit', onSubmit, true);
  }, []);

  const type = (next: string) => {
    setText(next);
    setChecked(false);
    onChange(valueOfText(next, min));
  };

  const pick = (iso: string) => {
    setText(dateText(iso));
    setChecked(true);
    setOpen(false);
    onChange(iso);
    button.current?.focus();
  };

  const read = readDateText(text);
  const ownError = !checked
    ? null
    : read.kind === 'malformed'
      ? t('common.dateField.malformed')
      : read.kind === 'impossible'
        ? read.daysInMonth
          ? t('common.dateField.noSuchDay', {
              text: text.trim(),
              month: read.month,
              year: read.year,
              days: read.daysInMonth,
            })
          : t('common.dateField.noSuchMonth', { text: text.trim() })
        : read.kind === 'date' && min && read.iso < min
          ? t('common.dateField.beforeMin', { min: dateText(min) })
          : null;
  const messages = [...(ownError ? [ownError] : []), ...(errors ?? [])];
  const invalid = messages.length > 0;
  const describedBy = [invalid ? fieldErrorId(id) : null, hint ? `${id}-hint` : null, formatId].filter(Boolean);

  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <span className="visually-hidden" id={formatId}>
        {t('common.dateField.format')}
      </span>
      <div className="date-field__control">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('common.dateField.placeholder')}
          required={required}
          disabled={disabled}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy.join(' ')}
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={() => {
            setChecked(true);
            if (read.kind === 'date') setText(dateText(read.iso));
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && event.altKey) {
              event.preventDefault();
              setOpen(true);
            }
          }}
        />
        <button
          ref={button}
          type="button"
          className="button date-field__toggle"
          aria-label={t('common.dateField.open', { label })}
          aria-haspopup="dialog"
          aria-expanded={open}
          disabled={disabled}
          onClick={() => setOpen((shown) => !shown)}
        >
          <svg className="date-field__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <rect x="2.5" y="4" width="15" height="13.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M2.5 8h15M6.5 2.5v3M13.5 2.5v3" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
      </div>
      {open && (
        <DateFieldCalendar
          label={t('common.dateField.calendar', { label })}
          lang={lang}
          value={value === INVALID_DATE ? '' : value}
          min={min}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
      {invalid && (
        <p className="field-error" id={fieldErrorId(id)}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
