import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { chartScale } from '../utils/chart-scale';
import type { IndicatorTrend } from '../utils/trend-series';

// The drawing's own units; the SVG scales to its box's width.
const WIDTH = 300;
const HEIGHT = 130;
const LEFT = 42;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 20;

/**
 * One indicator of one level as a small chart: its cumulative rate per period, the level's target as a dashed line,
 * on an axis that fits the values (not always 0–100 %). Drawn as plain SVG (a dozen small charts render at once).
 * An image with a one-line summary for screen readers; the figures are in the level's table.
 */
export function IndicatorSparkChart({ trend, levelName }: { trend: IndicatorTrend; levelName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { domain, ticks } = chartScale(
    trend.points.map((point) => point.rate),
    trend.target,
  );
  const count = Math.max(trend.points.length, 2);
  const x = (index: number) => LEFT + ((WIDTH - LEFT - RIGHT) * index) / (count - 1);
  const y = (rate: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - (rate - domain[0]) / (domain[1] - domain[0] || 1));
  const shown = trend.points.flatMap((point, index) => (point.rate === null ? [] : [{ ...point, index }]));
  const last = shown.at(-1);
  const label = last
    ? t('dashboard.sparkLabel', {
        indicator: trend.name,
        level: levelName,
        period: last.period,
        rate: format.percent(last.rate),
        target: trend.target === null ? t('dashboard.noTarget') : format.percent(trend.target, 0),
      })
    : t('dashboard.sparkNoData', { indicator: trend.name, level: levelName });
  const behind = last && last.rate !== null && trend.target !== null && last.rate < trend.target;
  // Period labels: the first, the last and a few between, never crowded.
  const every = Math.ceil(trend.points.length / 6);
  const periodLabels = trend.points.filter((_, i) => i % every === 0 || i === trend.points.length - 1);
  return (
    <figure className="dash-spark">
      <figcaption className="dash-spark__caption">
        <span className="dash-spark__name">{trend.name}</span>
        <span className={`dash-spark__value${behind ? ' dash-spark__value--behind' : ''}`}>
          {last ? format.percent(last.rate) : '–'}
        </span>
      </figcaption>
      <svg className="dash-spark__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="dash-spark__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className="dash-spark__tick" x={LEFT - 4} y={y(tick) + 3.5} textAnchor="end">
              {format.percent(tick, tick % 1 === 0 ? 0 : 1)}
            </text>
          </g>
        ))}
        {periodLabels.map((point) => (
          <text
            key={point.period}
            className="dash-spark__tick"
            x={x(trend.points.indexOf(point))}
            y={HEIGHT - 5}
            textAnchor="middle"
          >
            {point.period}
          </text>
        ))}
        {trend.target !== null && (
          <g className="dash-spark__target">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(trend.target)} y2={y(trend.target)} />
            <text x={LEFT + 4} y={y(trend.target) - 4}>
              {`${t('dashboard.target')} ${format.percent(trend.target, 0)}`}
            </text>
          </g>
        )}
        <polyline
          className="dash-spark__line"
          points={shown.map((point) => `${x(point.index)},${y(point.rate as number)}`).join(' ')}
        />
        {shown.map((point) => (
          <circle
            key={point.period}
            className="dash-spark__dot"
            cx={x(point.index)}
            cy={y(point.rate as number)}
            r={2.5}
          >
            <title>{`${t('dashboard.period')} ${point.period}: ${format.percent(point.rate)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
