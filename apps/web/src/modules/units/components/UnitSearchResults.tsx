import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { useUnitList } from '../hooks/useUnitList';
import { ListStateRows } from './ListState';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ArchivedBadge, UnitActions, type UnitRowActions } from './UnitActions';

/** Search and level-filter results: a flat list, each unit with its parent's name. */
export function UnitSearchResults({
  search,
  levelKey,
  includeArchived,
  actions,
}: {
  search: string;
  levelKey: string;
  includeArchived: boolean;
  actions?: UnitRowActions;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useUnitList({ search: search || undefined, levelKey: levelKey || undefined, includeArchived });
  const colSpan = actions ? 6 : 5;

  if (list.loading) return <ListLoading />;
  if (list.error) return <ListError error={list.error} onRetry={list.retry} />;
  if (!list.units.length) return <ListEmpty title={t('units.noResults')} />;

  return (
    <>
      <p className="result-count">{t('units.resultCount', { count: list.totalCount })}</p>
      <div className="table-wrap">
        <table className="data-table unit-results">
          <caption className="visually-hidden">{t('units.resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('units.columns.name')}</th>
              <th scope="col">{t('units.columns.code')}</th>
              <th scope="col">{t('units.columns.level')}</th>
              <th scope="col">{t('units.columns.parent')}</th>
              <th scope="col" className="num">
                {t('units.columns.children')}
              </th>
              {actions && <th scope="col">{t('units.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.units.map((unit) => (
              <tr key={unit.id} className={unit.archived ? 'unit-row unit-row--archived' : 'unit-row'}>
                <th scope="row">
                  {unit.name} {unit.archived && <ArchivedBadge />}
                </th>
                <td className="code">{unit.code}</td>
                <td>{unit.level.name}</td>
                <td>{unit.parent ? unit.parent.name : <span className="muted">—</span>}</td>
                <td className="num">{format.number(unit.childCount)}</td>
                {actions && (
                  <td>
                    <UnitActions unit={unit} actions={actions} />
                  </td>
                )}
              </tr>
            ))}
            <ListStateRows list={list} colSpan={colSpan} />
          </tbody>
        </table>
      </div>
    </>
  );
}
