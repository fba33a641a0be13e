import { useFormat } from '../../i18n/useFormat';
import type { ImportRowError } from '../utils/import-errors';

export interface ImportErrorTableLabels {
  caption: string;
  row: string;
  column: string;
  reason: string;
}

/** Every bad cell of an import file: row, column and reason (shared by the unit and the report imports). */
export function ImportErrorTable({
  rows,
  labels,
}: {
  rows: ReadonlyArray<ImportRowError>;
  labels: ImportErrorTableLabels;
}) {
  const format = useFormat();
  return (
    <div className="table-wrap import-errors">
      <table className="data-table">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {labels.row}
            </th>
            <th scope="col">{labels.column}</th>
            <th scope="col">{labels.reason}</th>
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
