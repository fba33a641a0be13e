import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRowFragment } from '../../../generated/graphql';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { useDebouncedValue } from '../../../foundation/ui/hooks/useDebouncedValue';
import { SEARCH_DEBOUNCE_MS } from '../utils/constants';
import { ArchiveUnitDialog } from './ArchiveUnitDialog';
import { ImportUnitsDialog } from './ImportUnitsDialog';
import type { UnitRowActions } from './UnitActions';
import { UnitFormDialog } from './UnitFormDialog';
import { UnitSearchResults } from './UnitSearchResults';
import { UnitsToolbar, type UnitFilters } from './UnitsToolbar';
import { UnitTree } from './UnitTree';
import './units.css';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; unit: UnitRowFragment }
  | { kind: 'archive'; unit: UnitRowFragment }
  | { kind: 'import' };

/**
 * The Units screen: the tree by parent, or a flat list while searching or filtering by level.
 * Writing (create, edit, archive, import) is offered to those who may do it (`canManage`).
 */
export function UnitsScreen({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UnitFilters>({ searchText: '', levelKey: '', includeArchived: false });
  const search = useDebouncedValue(filters.searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState('');

  const actions = useMemo<UnitRowActions | undefined>(
    () =>
      canManage
        ? {
            onEdit: (unit) => setDialog({ kind: 'edit', unit }),
            onArchive: (unit) => setDialog({ kind: 'archive', unit }),
          }
        : undefined,
    [canManage],
  );

  const close = () => setDialog(null);
  const finish = (message: string) => {
    setNotice(message);
    setDialog(null);
  };
  const flat = search !== '' || filters.levelKey !== '';

  return (
    <section className="units-screen" aria-labelledby="units-title">
      <PageHeader
        titleId="units-title"
        title={t('units.title')}
        intro={t('units.intro')}
        actions={
          canManage && (
            <>
              <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
                {t('units.import')}
              </button>
              <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
                {t('units.add')}
              </button>
            </>
          )
        }
      />

      <UnitsToolbar filters={filters} onChange={setFilters} />

      <p className="notice units-screen__notice" role="status">
        {notice}
      </p>

      {flat ? (
        <UnitSearchResults
          search={search}
          levelKey={filters.levelKey}
          includeArchived={filters.includeArchived}
          actions={actions}
        />
      ) : (
        <UnitTree includeArchived={filters.includeArchived} actions={actions} />
      )}

      {dialog?.kind === 'create' && <UnitFormDialog onClose={close} onSaved={finish} />}
      {dialog?.kind === 'edit' && <UnitFormDialog unit={dialog.unit} onClose={close} onSaved={finish} />}
      {dialog?.kind === 'archive' && <ArchiveUnitDialog unit={dialog.unit} onClose={close} onArchived={finish} />}
      {dialog?.kind === 'import' && <ImportUnitsDialog onClose={close} onImported={setNotice} />}
    </section>
  );
}
