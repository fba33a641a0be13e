import { useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '@thidua/domain';
import { useDebouncedValue } from '../../../foundation/ui/hooks/useDebouncedValue';
import { UnitOptionsQuery } from '../graphql/queries/unit-options';
import { SEARCH_DEBOUNCE_MS, UNIT_OPTION_COUNT } from '../utils/constants';

export interface UnitOption {
  id: string;
  code: string;
  name: string;
}

export function unitOptionLabel(unit: UnitOption): string {
  return `${unit.name} (${unit.code})`;
}

export interface UnitPickerProps {
  id: string;
  label: string;
  hint?: string;
  value: UnitOption | null;
  onChange: (unit: UnitOption | null) => void;
  /** The unit being edited cannot be its own parent. */
  excludeId?: string;
  describedBy?: string;
  invalid?: boolean;
  /** Shown while nothing is chosen; "no parent (a root unit)" by default. */
  placeholder?: string;
  /** The clear button's label; "clear the parent unit" by default. */
  clearLabel?: string;
  /** When given, the picker searches these (by name or code, without diacritics) instead of asking the API. */
  options?: ReadonlyArray<UnitOption>;
}

type Candidate = UnitOption & { level?: { name: string } };

/**
 * A searchable select of units (ARIA 1.2 combobox with a listbox popup): by name or code, without diacritics —
 * through the API, or among the `options` given.
 */
export function UnitPicker({
  id,
  label,
  hint,
  value,
  onChange,
  excludeId,
  describedBy,
  invalid,
  placeholder,
  clearLabel,
  options: localOptions,
}: UnitPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState(value ? unitOptionLabel(value) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // Local options are filtered at once; the API is asked only after a pause in typing.
  const searching = value && text === unitOptionLabel(value) ? '' : localOptions ? text.trim() : search;

  const { data, loading } = useQuery(UnitOptionsQuery, {
    variables: { search: searching || undefined, first: UNIT_OPTION_COUNT },
    skip: !open || Boolean(localOptions),
  });
  const candidates: ReadonlyArray<Candidate> = localOptions
    ? localOptions.filter((unit) => matchesSearch(searching, unit.code, unit.name))
    : (data?.units.edges ?? []).map((edge) => edge.node);
  const options = candidates.filter((unit) => unit.id !== excludeId);

  const choose = (unit: UnitOption) => {
    onChange(unit);
    setText(unitOptionLabel(unit));
    setOpen(false);
    setActive(-1);
  };

  const clear = () => {
    onChange(null);
    setText('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      // Enter picks the highlighted unit instead of submitting the form.
      event.preventDefault();
      if (options[active]) choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  const onBlur = () => {
    setOpen(false);
    setText(value ? unitOptionLabel(value) : '');
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const described = [describedBy, hint ? hintId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="unit-picker">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="unit-picker__control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby={described}
          aria-invalid={invalid || undefined}
          placeholder={placeholder ?? t('units.form.noParent')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        {value && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={clear}
            aria-label={clearLabel ?? t('units.form.clearParent')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="unit-picker__list" hidden={!open}>
        {open && loading && !options.length && (
          <li className="unit-picker__note" role="presentation">
            {t('units.form.searching')}
          </li>
        )}
        {open && !loading && !options.length && (
          <li className="unit-picker__note" role="presentation">
            {t('units.form.noOptions')}
          </li>
        )}
        {open &&
          options.map((unit, index) => (
            <li
              key={unit.id}
              id={optionId(index)}
              role="option"
              aria-selected={value?.id === unit.id}
              className={index === active ? 'unit-picker__option unit-picker__option--active' : 'unit-picker__option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(unit)}
            >
              <span>{unit.name}</span>
              <span className="unit-picker__meta">{[unit.code, unit.level?.name].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
