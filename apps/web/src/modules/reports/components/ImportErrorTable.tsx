import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/i18n/useFormat';
import type { ImportRowError } from '../../units/utils/import-errors';

/** Every bad cell of an import file: row (1 = header), column and reason. */
export function ImportErrorTable({ rows }: { rows: ReadonlyArray<ImportRowError> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap import-errors">
      <table className="data-table">
        <caption>{t('reportImport.errorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('reportImport.row')}
            </th>
            <th scope="col">{t('reportImport.column')}</th>
            <th scope="col">{t('reportImport.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.row}-${row.column ?? ''}-${index}`}>
              <td className="num">{format.number(row.row)}</td>
              <td className="code">{row.column ?? '—'}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
