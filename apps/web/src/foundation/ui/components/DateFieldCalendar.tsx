import { useEffect, useRef } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB, vi } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import type { Lang } from '../../i18n/format';
import { isoToLocalDate, localDateToIso } from './DateFieldText';

// Day-first English (as the app's dates are), Monday first in both languages.
const CALENDAR_LOCALES = { vi, en: enGB } as const;
const YEARS_BACK = 10;
const YEARS_ON = 10;

export interface DateFieldCalendarProps {
  label: string;
  lang: Lang;
  /** yyyy-MM-dd, or '' to open on the current month. */
  value: string;
  min?: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}

/**
 * The calendar a date field opens: a non-modal popup, focused on the chosen (or today's) day; arrows move between
 * days, Enter picks, Escape or a click elsewhere closes. Month and weekday names follow the app's language.
 */
export function DateFieldCalendar({ label, lang, value, min, onPick, onClose }: DateFieldCalendarProps) {
  const panel = useRef<HTMLDivElement>(null);
  const selected = isoToLocalDate(value);
  const earliest = min ? isoToLocalDate(min) : undefined;
  const today = new Date();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      const wrapper = panel.current?.parentElement;
      if (wrapper && event.target instanceof Node && !wrapper.contains(event.target)) onCloseRef.current();
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, []);

  return (
    <div
      ref={panel}
      className="date-field__calendar"
      role="dialog"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Only the calendar closes, not a dialog the field sits in.
        event.stopPropagation();
        onClose();
      }}
    >
      <DayPicker
        mode="single"
        locale={CALENDAR_LOCALES[lang]}
        selected={selected}
        defaultMonth={selected ?? earliest ?? today}
        onSelect={(date) => date && onPick(localDateToIso(date))}
        disabled={earliest ? { before: earliest } : undefined}
        captionLayout="dropdown"
        startMonth={new Date((selected ?? today).getFullYear() - YEARS_BACK, 0)}
        endMonth={new Date((selected ?? today).getFullYear() + YEARS_ON, 11)}
        autoFocus
      />
    </div>
  );
}
