import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListError } from '../../../foundation/ui/components/ListStates';
import { UnitPicker, type UnitOption } from '../../units';
import { useDebouncedValue } from '../../../foundation/ui/hooks/useDebouncedValue';
import { useTargetUnits } from '../hooks/useTargetUnits';
import { unitCellKey } from '../utils/target-cells';
import { SEARCH_DEBOUNCE_MS } from '../utils/search';
import type { LevelOption } from './LevelDefaultsGrid';
import { TargetGrid, type TargetGridProps } from './TargetGrid';

export interface UnitOverridesGridProps extends Omit<TargetGridProps, 'caption' | 'rowHeader' | 'rows'> {
  levels: ReadonlyArray<LevelOption>;
  /** The level default a unit of `levelKey` follows for an indicator. */
  levelDefault: (levelKey: string, indicatorCode: string) => number | undefined;
}

/** Units × indicators, found by name or filtered by level and parent: each unit's own target, else its level's default (greyed). */
export function UnitOverridesGrid({ levels, levelDefault, ...grid }: UnitOverridesGridProps) {
  const { t } = useTranslation();
  const defaultLevel = levels[0]?.key ?? '';
  // null until a level is picked: then a search looks in every level, so finding one commune needs no level first.
  const [pickedLevel, setPickedLevel] = useState<string | null>(null);
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const levelFor = (text: string) => pickedLevel ?? (text ? '' : defaultLevel);
  const [parent, setParent] = useState<UnitOption | null>(null);
  // The rows follow the debounced search, level included: the grid changes once, when the search's rows arrive.
  const list = useTargetUnits(levelFor(search), parent?.id ?? null, search);
  const rows = list.units.map((unit) => ({
    id: unit.id,
    header: (
      <span className="target-grid__unit">
        <span>{unit.name}</span>
        <span className="code">
          {unit.code}
          {unit.parent ? ` · ${unit.parent.name}` : ''}
        </span>
      </span>
    ),
    label: unit.name,
    cellKey: (code: string) => unitCellKey(unit.id, code),
    inherited: (code: string) => levelDefault(unit.level.key, code),
  }));

  return (
    <section className="target-section" aria-labelledby="unit-overrides-title">
      <h3 id="unit-overrides-title">{t('targets.unitOverrides')}</h3>
      <p className="field__hint">{t('targets.unitOverridesHint')}</p>
      <form
        className="target-filters"
        role="search"
        aria-label={t('targets.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field target-filters__search">
          <label htmlFor="target-filter-search">{t('targets.filterSearch')}</label>
          <p className="field__hint" id="target-filter-search-hint">
            {t('targets.filterSearchHint')}
          </p>
          <input
            id="target-filter-search"
            type="search"
            autoComplete="off"
            aria-describedby="target-filter-search-hint"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="field target-filters__level">
          <label htmlFor="target-filter-level">{t('targets.filterLevel')}</label>
          <select
            id="target-filter-level"
            value={levelFor(searchText.trim())}
            onChange={(event) => setPickedLevel(event.target.value)}
          >
            <option value="">{t('targets.allLevels')}</option>
            {levels.map((level) => (
              <option key={level.id} value={level.key}>
                {level.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field target-filters__parent">
          <UnitPicker
            id="target-filter-parent"
            label={t('targets.filterParent')}
            hint={t('targets.filterParentHint')}
            placeholder={t('targets.anyParent')}
            value={parent}
            onChange={setParent}
          />
        </div>
      </form>
      {list.error ? (
        <ListError error={list.error} onRetry={list.retry} />
      ) : list.loading ? (
        <p className="state" role="status">
          {t('common.loading')}
        </p>
      ) : !rows.length ? (
        <p className="state">{t('targets.noUnits')}</p>
      ) : (
        <TargetGrid caption={t('targets.unitOverrides')} rowHeader={t('targets.unit')} rows={rows} {...grid} />
      )}
      {list.hasMore && (
        <p className="target-section__more">
          <button type="button" className="button button--small" onClick={list.loadMore} disabled={list.loadingMore}>
            {list.loadingMore ? t('common.loading') : t('common.loadMore')}
          </button>{' '}
          <span className="muted">{t('common.shownOf', { shown: list.units.length, total: list.totalCount })}</span>
        </p>
      )}
    </section>
  );
}
