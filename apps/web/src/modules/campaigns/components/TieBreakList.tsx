import { TIE_BREAK_LABELS, type TieBreakCriterion } from '@thidua/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { moveTieBreak, unusedTieBreaks } from '../utils/scoring-form';

export interface TieBreakListProps {
  value: TieBreakCriterion[];
  /** Ids of the hint and error that describe the list. */
  describedBy?: string;
  invalid?: boolean;
  onChange: (value: TieBreakCriterion[]) => void;
}

type Focus = { criterion: TieBreakCriterion; prefer: 'up' | 'down' | 'remove' } | { add: true };

/** "tỷ lệ vượt chỉ tiêu" → "Tỷ lệ vượt chỉ tiêu": the domain's words (TIE_BREAK_LABELS) at the head of a line. */
export function capitalized(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * The tie-break chain: an ordered list, each criterion at most once, moved up and down or removed with buttons
 * (keyboard: Tab to a button, Enter; the focus follows the moved criterion and a status line says where it went).
 */
export function TieBreakList({ value, describedBy, invalid, onChange }: TieBreakListProps) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const unused = unusedTieBreaks(value);
  const [adding, setAdding] = useState<TieBreakCriterion | ''>(unused[0] ?? '');
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<Focus | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const label = (criterion: TieBreakCriterion) => capitalized(TIE_BREAK_LABELS[criterion][lang], lang);
  const choice = adding && unused.includes(adding) ? adding : (unused[0] ?? '');

  useEffect(() => {
    if (!focus || !listRef.current) return;
    const root = listRef.current;
    const button = (id: string) => root.querySelector<HTMLElement>(`#${id}:not([disabled])`);
    if ('add' in focus) {
      root.querySelector<HTMLElement>('#campaign-tiebreak-add')?.focus();
    } else {
      const order =
        focus.prefer === 'up'
          ? ['up', 'down', 'remove']
          : focus.prefer === 'down'
            ? ['down', 'up', 'remove']
            : ['remove'];
      const target = order.map((kind) => button(`campaign-tiebreak-${focus.criterion}-${kind}`)).find(Boolean);
      target?.focus();
    }
    setFocus(null);
  }, [focus]);

  const move = (index: number, by: -1 | 1) => {
    const criterion = value[index];
    onChange(moveTieBreak(value, index, by));
    setAnnouncement(t('campaigns.form.scoring.moved', { name: label(criterion), position: index + by + 1 }));
    setFocus({ criterion, prefer: by < 0 ? 'up' : 'down' });
  };
  const remove = (index: number) => {
    const criterion = value[index];
    const next = value.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(t('campaigns.form.scoring.removed', { name: label(criterion) }));
    setFocus(
      next[index]
        ? { criterion: next[index], prefer: 'remove' }
        : next[index - 1]
          ? { criterion: next[index - 1], prefer: 'remove' }
          : { add: true },
    );
  };
  const add = () => {
    if (!choice) return;
    onChange([...value, choice]);
    setAnnouncement(t('campaigns.form.scoring.added', { name: label(choice), position: value.length + 1 }));
    setAdding('');
    // The add control goes away with the last criterion: keep the focus in the list.
    if (unused.length === 1) setFocus({ criterion: choice, prefer: 'up' });
  };

  return (
    <div className="tiebreaks" ref={listRef}>
      {value.length === 0 ? (
        <p className="muted tiebreaks__empty">{t('campaigns.form.scoring.noTieBreaks')}</p>
      ) : (
        <ol
          className="tiebreak-list"
          aria-label={t('campaigns.form.scoring.tieBreaks')}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          {value.map((criterion, index) => (
            <li key={criterion} className="tiebreak-item">
              <span className="tiebreak-item__position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="tiebreak-item__text">
                <span className="tiebreak-item__label">{label(criterion)}</span>
                <span className="tiebreak-item__hint">{t(`campaigns.form.scoring.criteria.${criterion}`)}</span>
              </span>
              <span className="tiebreak-item__actions">
                <button
                  type="button"
                  id={`campaign-tiebreak-${criterion}-up`}
                  className="button button--small"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={t('campaigns.form.scoring.moveUp', { name: label(criterion) })}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  id={`campaign-tiebreak-${criterion}-down`}
                  className="button button--small"
                  onClick={() => move(index, 1)}
                  disabled={index === value.length - 1}
                  aria-label={t('campaigns.form.scoring.moveDown', { name: label(criterion) })}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  id={`campaign-tiebreak-${criterion}-remove`}
                  className="button button--small"
                  onClick={() => remove(index)}
                  aria-label={t('campaigns.form.scoring.remove', { name: label(criterion) })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {unused.length > 0 ? (
        <div className="tiebreaks__add">
          <div className="field">
            <label htmlFor="campaign-tiebreak-add">{t('campaigns.form.scoring.addLabel')}</label>
            <select
              id="campaign-tiebreak-add"
              value={choice}
              onChange={(event) => setAdding(event.target.value as TieBreakCriterion)}
            >
              {unused.map((criterion) => (
                <option key={criterion} value={criterion}>
                  {label(criterion)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--small" onClick={add}>
            {t('campaigns.form.scoring.add')}
          </button>
        </div>
      ) : (
        <p className="field__hint">{t('campaigns.form.scoring.allUsed')}</p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
