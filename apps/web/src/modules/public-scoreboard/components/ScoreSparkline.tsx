import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';

const WIDTH = 240;
const HEIGHT = 56;
const PAD = 4;

/**
 * A unit's score over the periods as a small line (0 at the bottom, 100 at the top), named in words for screen
 * and sighted readers alike under it; periods without a score break the line. Nothing when there is no score.
 */
export function ScoreSparkline({ scores }: { scores: ReadonlyArray<number | null> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const known = scores.filter((score): score is number => score !== null);
  if (known.length === 0) return null;
  const step = scores.length > 1 ? (WIDTH - 2 * PAD) / (scores.length - 1) : 0;
  const x = (index: number) => (scores.length > 1 ? PAD + index * step : WIDTH / 2);
  const y = (score: number) => PAD + (1 - Math.max(0, Math.min(100, score)) / 100) * (HEIGHT - 2 * PAD);
  // Runs of consecutive scores, each drawn as one line.
  const runs: Array<Array<[number, number]>> = [];
  scores.forEach((score, index) => {
    if (score === null) return runs.push([]);
    const last = runs[runs.length - 1];
    const point: [number, number] = [x(index), y(score)];
    if (last) last.push(point);
    else runs.push([point]);
  });
  const lastIndex = scores.map((score, index) => (score === null ? -1 : index)).reduce((a, b) => Math.max(a, b), -1);
  const points = (run: Array<[number, number]>) => run.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const points2 = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const label = t('publicScoreboard.unit.sparkline', {
    count: scores.length,
    first: points2(known[0]),
    last: points2(known[known.length - 1]),
  });
  return (
    <figure className="public-sparkline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
        <line className="public-sparkline__axis" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
        {runs
          .filter((run) => run.length > 0)
          .map((run, index) =>
            run.length === 1 ? (
              <circle key={index} className="public-sparkline__dot" cx={run[0][0]} cy={run[0][1]} r={2.5} />
            ) : (
              <polyline key={index} className="public-sparkline__line" points={points(run)} />
            ),
          )}
        {lastIndex >= 0 && (
          <circle className="public-sparkline__dot" cx={x(lastIndex)} cy={y(scores[lastIndex] ?? 0)} r={3.5} />
        )}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
