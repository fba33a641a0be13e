import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { UnitPicker, type UnitOption } from '../../units';
import { ReporterUnitsQuery } from '../graphql/queries/reporter-units';

const CHILD_PAGE = 500;
/** Up to this many units a reporter picks from a plain list; beyond it, it searches them by name. */
const SELECT_LIMIT = 20;

/**
 * The unit to report for. A reporter picks its own unit or one directly under it (a district and its communes), from
 * a list or, when it has many, by searching their names; everyone else searches any unit.
 */
export function ReportUnitSelect({
  user,
  value,
  onChange,
}: {
  user: CurrentUserFragment;
  value: UnitOption | null;
  onChange: (unit: UnitOption | null) => void;
}) {
  const { t } = useTranslation();
  const own = user.role === 'REPORTER' ? user.unit : null;
  const { data } = useQuery(ReporterUnitsQuery, {
    variables: { parentId: own?.id ?? '', first: CHILD_PAGE },
    skip: !own,
  });

  if (user.role !== 'REPORTER') {
    return (
      <div className="field report-pickers__unit">
        <UnitPicker
          id="report-unit"
          label={t('reports.unit')}
          hint={t('reports.unitHint')}
          placeholder={t('reports.chooseUnit')}
          clearLabel={t('reports.clearUnit')}
          value={value}
          onChange={onChange}
        />
      </div>
    );
  }
  if (!own) return <p className="form-errors">{t('reports.noUnit')}</p>;
  const children = data?.units.edges.map((edge) => edge.node) ?? [];
  if (children.length + 1 > SELECT_LIMIT) {
    // Too many to scroll through: typed search over its own units, by name or code, without diacritics.
    return (
      <div className="field report-pickers__unit">
        <UnitPicker
          id="report-unit"
          label={t('reports.unit')}
          placeholder={t('reports.chooseUnit')}
          clearLabel={t('reports.clearUnit')}
          value={value ?? { id: own.id, code: '', name: own.name }}
          onChange={onChange}
          options={[{ id: own.id, code: '', name: own.name }, ...children]}
        />
      </div>
    );
  }
  return (
    <div className="field report-pickers__unit">
      <label htmlFor="report-unit">{t('reports.unit')}</label>
      <select
        id="report-unit"
        value={value?.id ?? own.id}
        onChange={(event) => {
          const id = event.target.value;
          onChange(
            id === own.id
              ? { id: own.id, code: '', name: own.name }
              : (children.find((child) => child.id === id) ?? null),
          );
        }}
      >
        <option value={own.id}>{own.name}</option>
        {children.map((child) => (
          <option key={child.id} value={child.id}>
            {'\u2003'}
            {child.name} ({child.code})
          </option>
        ))}
      </select>
    </div>
  );
}
