import { useTranslation } from 'react-i18next';
import type { UnitRowFragment } from '../../../generated/graphql';

export interface UnitRowActions {
  onEdit: (unit: UnitRowFragment) => void;
  onArchive: (unit: UnitRowFragment) => void;
}

export function UnitActions({ unit, actions }: { unit: UnitRowFragment; actions: UnitRowActions }) {
  const { t } = useTranslation();
  return (
    <div className="unit-actions">
      <button
        type="button"
        className="button button--small"
        aria-label={t('units.editLabel', { name: unit.name })}
        onClick={() => actions.onEdit(unit)}
      >
        {t('units.edit')}
      </button>
      {!unit.archived && (
        <button
          type="button"
          className="button button--small button--ghost unit-actions__archive"
          aria-label={t('units.archiveLabel', { name: unit.name })}
          onClick={() => actions.onArchive(unit)}
        >
          {t('units.archive')}
        </button>
      )}
    </div>
  );
}

export function ArchivedBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--archived">{t('units.archived')}</span>;
}
