import { useTranslation } from 'react-i18next';
import { sameRowOrderKey, type RowOrder, type RowOrderKey } from '@thidua/domain';

/** A column header that sorts by its column: a button (Enter/Space), with aria-sort on the header cell. */
export function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  className,
}: {
  label: string;
  sortKey: RowOrderKey;
  sort: RowOrder;
  onSort: (key: RowOrderKey) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const active = sameRowOrderKey(sort.key, sortKey);
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(sortKey)}
        title={t('rankings.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.direction === 'ascending' ? '↑' : '↓') : '↕'}
        </span>
      </button>
    </th>
  );
}
