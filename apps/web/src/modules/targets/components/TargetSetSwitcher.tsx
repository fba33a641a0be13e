import { useTranslation } from 'react-i18next';
import type { TargetSetFieldsFragment } from '../../../generated/graphql';

export interface TargetSetSwitcherProps {
  sets: ReadonlyArray<TargetSetFieldsFragment>;
  selectedKey: string;
  /** Keys of the sets with unsaved cells. */
  dirtyKeys: ReadonlySet<string>;
  onSelect: (key: string) => void;
}

/** One toggle button per target set; the primary one and those with unsaved cells are marked. */
export function TargetSetSwitcher({ sets, selectedKey, dirtyKeys, onSelect }: TargetSetSwitcherProps) {
  const { t } = useTranslation();
  return (
    <div className="target-sets" role="group" aria-label={t('targets.sets')}>
      {sets.map((set) => (
        <button
          key={set.id}
          type="button"
          className="target-sets__set"
          aria-pressed={set.key === selectedKey}
          onClick={() => onSelect(set.key)}
        >
          <span className="target-sets__name">{set.name}</span>
          {set.primary && <span className="badge badge--primary">{t('targets.primary')}</span>}
          {dirtyKeys.has(set.key) && <span className="badge badge--dirty">{t('targets.unsaved')}</span>}
        </button>
      ))}
    </div>
  );
}
