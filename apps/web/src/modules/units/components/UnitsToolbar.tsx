import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LevelsQuery } from '../graphql/queries/levels';

export interface UnitFilters {
  searchText: string;
  levelKey: string;
  includeArchived: boolean;
}

/** Search box, level filter and the archived toggle. Level names are shown as the API gives them. */
export function UnitsToolbar({
  filters,
  onChange,
}: {
  filters: UnitFilters;
  onChange: (filters: UnitFilters) => void;
}) {
  const { t } = useTranslation();
  const levels = useQuery(LevelsQuery);

  return (
    <form
      className="units-toolbar"
      role="search"
      aria-label={t('units.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field units-toolbar__search">
        <label htmlFor="units-search">{t('units.search')}</label>
        <input
          id="units-search"
          type="search"
          placeholder={t('units.searchPlaceholder')}
          value={filters.searchText}
          onChange={(event) => onChange({ ...filters, searchText: event.target.value })}
        />
      </div>
      <div className="field units-toolbar__level">
        <label htmlFor="units-level">{t('units.level')}</label>
        <select
          id="units-level"
          value={filters.levelKey}
          onChange={(event) => onChange({ ...filters, levelKey: event.target.value })}
        >
          <option value="">{t('units.allLevels')}</option>
          {(levels.data?.levels ?? []).map((level) => (
            <option key={level.id} value={level.key}>
              {level.name}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox units-toolbar__archived">
        <input
          id="units-archived"
          type="checkbox"
          checked={filters.includeArchived}
          onChange={(event) => onChange({ ...filters, includeArchived: event.target.checked })}
        />
        <label htmlFor="units-archived">{t('units.showArchived')}</label>
      </div>
    </form>
  );
}
