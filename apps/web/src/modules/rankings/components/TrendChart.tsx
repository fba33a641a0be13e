import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { TrendPoint, TrendSeries } from '../utils/trend';

const COLOURS = ['#0a5aa8', '#1d6b34', '#a8231a', '#7a4bb3', '#9a5b00'];

/**
 * Cumulative rates per period, one line per series, with the target as a dashed line when there is one. The chart
 * is an image with a short summary for screen readers; the figures are in the table beside it.
 */
export function TrendChart({
  label,
  series,
  points,
  target,
  height = 220,
}: {
  label: string;
  series: readonly TrendSeries[];
  points: readonly TrendPoint[];
  target?: number | null;
  height?: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (value: unknown) => (typeof value === 'number' ? format.percent(value) : '');
  return (
    <div className="chart-box" role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points as TrendPoint[]} margin={{ top: 8, right: 40, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="#e3e7ed" />
          <XAxis
            dataKey="period"
            tickFormatter={(value: number) => String(value)}
            label={{ value: t('dashboard.period'), position: 'insideBottomRight', offset: -2 }}
          />
          <YAxis domain={[0, 100]} tickFormatter={(value: number) => format.percent(value, 0)} width={52} />
          <Tooltip
            formatter={(value) => percent(value)}
            labelFormatter={(value) => `${t('dashboard.period')} ${String(value)}`}
          />
          <Legend itemSorter={null} />
          {target !== null && target !== undefined && (
            <ReferenceLine
              y={target}
              stroke="#4a5565"
              strokeDasharray="6 4"
              label={{ value: format.percent(target, 0), position: 'right' }}
            />
          )}
          {series.map((s, index) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={COLOURS[index % COLOURS.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The chart's figures as a table: its text alternative. */
export function TrendTable({
  caption,
  series,
  points,
}: {
  caption: string;
  series: readonly TrendSeries[];
  points: readonly TrendPoint[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.period')}</th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{point.period}</th>
              {series.map((s) => (
                <td key={s.key} className="num">
                  {format.percent(point[s.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
