import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';

export interface RemovableItem {
  key: string;
  label: string;
  /** The remove button's accessible name, e.g. "Bỏ lần nhắc 24 giờ trước hạn". */
  removeLabel: string;
}

/**
 * A list being edited: each item in words with a remove button (none when read-only) and the server's errors about
 * it beside it; `empty` when there is none.
 */
export function RemovableList({
  idPrefix,
  items,
  errors,
  canRemove,
  removeText,
  onRemove,
  empty,
  labelledBy,
}: {
  idPrefix: string;
  items: RemovableItem[];
  errors: Record<number, string[]>;
  canRemove: boolean;
  removeText: string;
  onRemove: (index: number) => void;
  empty: string;
  labelledBy?: string;
}) {
  if (items.length === 0) return <p className="state">{empty}</p>;
  return (
    <ul className="reminders__list" aria-labelledby={labelledBy}>
      {items.map((item, index) => {
        const rowId = `${idPrefix}-row-${index}`;
        return (
          <li key={item.key} className="reminders__item" id={rowId} {...invalidProps(rowId, errors[index])}>
            <span className="reminders__words">{item.label}</span>
            {canRemove && (
              <button
                type="button"
                className="button button--small"
                aria-label={item.removeLabel}
                onClick={() => onRemove(index)}
              >
                {removeText}
              </button>
            )}
            <FieldError inputId={rowId} messages={errors[index]} />
          </li>
        );
      })}
    </ul>
  );
}
