import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRowFragment } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { useUnitList } from '../hooks/useUnitList';
import { ListStateRows } from './ListState';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { ArchivedBadge, UnitActions, type UnitRowActions } from './UnitActions';

interface TreeOptions {
  includeArchived: boolean;
  actions?: UnitRowActions;
  colSpan: number;
}

/** The unit tree as a table: roots first; a node's children load when it is opened, a page at a time. */
export function UnitTree({ includeArchived, actions }: { includeArchived: boolean; actions?: UnitRowActions }) {
  const { t } = useTranslation();
  const roots = useUnitList({ rootsOnly: true, includeArchived });
  const options: TreeOptions = { includeArchived, actions, colSpan: actions ? 5 : 4 };

  if (roots.loading) return <ListLoading />;
  if (roots.error) return <ListError error={roots.error} onRetry={roots.retry} />;
  if (!roots.units.length)
    return <ListEmpty title={t('units.empty')} hint={actions ? t('units.emptyHint') : undefined} />;

  return (
    <div className="table-wrap">
      <table className="data-table unit-tree">
        <caption className="visually-hidden">{t('units.treeCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('units.columns.name')}</th>
            <th scope="col">{t('units.columns.code')}</th>
            <th scope="col">{t('units.columns.level')}</th>
            <th scope="col" className="num">
              {t('units.columns.children')}
            </th>
            {actions && <th scope="col">{t('units.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {roots.units.map((unit) => (
            <UnitTreeNode key={unit.id} unit={unit} depth={0} options={options} />
          ))}
          <ListStateRows list={roots} colSpan={options.colSpan} />
        </tbody>
      </table>
    </div>
  );
}

function UnitTreeNode({ unit, depth, options }: { unit: UnitRowFragment; depth: number; options: TreeOptions }) {
  const [expanded, setExpanded] = useState(false);
  const format = useFormat();
  const canExpand = (options.includeArchived ? unit.childCountWithArchived : unit.childCount) > 0;

  return (
    <>
      <tr className={unit.archived ? 'unit-row unit-row--archived' : 'unit-row'}>
        <th scope="row" className="unit-tree__name">
          <div className="unit-tree__indent" style={{ paddingLeft: `${depth * 1.5}rem` }}>
            {canExpand ? (
              <button
                type="button"
                className="tree-toggle"
                aria-expanded={expanded}
                onClick={() => setExpanded((open) => !open)}
              >
                <span className="tree-toggle__icon" aria-hidden="true" />
                <span>{unit.name}</span>
              </button>
            ) : (
              <span className="tree-leaf">{unit.name}</span>
            )}
            {unit.archived && <ArchivedBadge />}
          </div>
        </th>
        <td className="code">{unit.code}</td>
        <td>{unit.level.name}</td>
        <td className="num">{format.number(unit.childCount)}</td>
        {options.actions && (
          <td>
            <UnitActions unit={unit} actions={options.actions} />
          </td>
        )}
      </tr>
      {expanded && <UnitChildren parent={unit} depth={depth + 1} options={options} />}
    </>
  );
}

function UnitChildren({ parent, depth, options }: { parent: UnitRowFragment; depth: number; options: TreeOptions }) {
  const { t } = useTranslation();
  const children = useUnitList({ parentId: parent.id, includeArchived: options.includeArchived });
  return (
    <>
      {children.units.map((unit) => (
        <UnitTreeNode key={unit.id} unit={unit} depth={depth} options={options} />
      ))}
      <ListStateRows
        list={children}
        colSpan={options.colSpan}
        depth={depth}
        emptyText={t('units.noChildren')}
        loadMoreLabel={t('units.loadMoreChildren', { name: parent.name })}
      />
    </>
  );
}
