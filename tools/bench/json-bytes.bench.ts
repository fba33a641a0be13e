/**
 * The body of a GraphQL answer: what Apollo Server and Express wrote before (JSON.stringify, then the whole string
 * encoded to UTF-8 by res.send) against jsonBytes (foundation/http/json-bytes.ts: written and encoded in pieces), on
 * answers shaped as a ranking's with every figure of every row and Vietnamese unit names, at a page (50 rows), a
 * province's level (130) and a country's communes (10.600). Both are checked to give the same bytes. No database.
 *
 * Run: npm run bench:json-bytes        Options: BENCH_RUNS (15)
 */
import os from 'node:os';
import { jsonBytes } from '@thidua/api';
import { medians } from './medians';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NAMES = ['Xã Tân Hưng Đông', 'Phường 5', 'Thị trấn Năm Căn', 'Xã Khánh Bình Tây Bắc', 'Huyện Đầm Dơi'];

function rankingAnswer(rows: number): Record<string, unknown> {
  const indicator = (i: number, k: number) => ({
    numerator: 120 + ((i * 7 + k) % 50),
    denominator: 200,
    rate: (120 + ((i * 7 + k) % 50)) / 200,
    target: [0.7, 0.4, 0.6][k],
    met: k !== 1,
    achievement: 0.857142857142857,
    shortfall: k === 1 ? 0.05 : null,
    projectedRate: 0.6123456789,
    onTrack: true,
  });
  return {
    data: {
      ranking: {
        cohortSize: rows,
        rows: Array.from({ length: rows }, (_, i) => ({
          rank: i + 1,
          score: 100 - i / rows,
          movement: (i % 5) - 2,
          unit: { code: `CM-${String(i).padStart(5, '0')}`, name: `${NAMES[i % NAMES.length]} ${i}` },
          indicators: [0, 1, 2].map((k) => indicator(i, k)),
          reports: { due: 11, onTime: 10, late: 1, missing: 0 },
        })),
      },
    },
  };
}

async function main(): Promise<void> {
  console.log(
    `GraphQL answer bodies — ${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}; ` +
      `median of ${RUNS} runs in turns, each the mean of a batch`,
  );
  console.log('| rows | characters | bytes | JSON.stringify + Buffer.from (ms) | jsonBytes (ms) | ratio |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const rows of [50, 130, 10_600]) {
    const answer = rankingAnswer(rows);
    const whole = () => Buffer.from(`${JSON.stringify(answer)}\n`);
    const pieces = () => jsonBytes(answer, '\n');
    if (!whole().equals(pieces())) throw new Error(`jsonBytes wrote other bytes at ${rows} rows`);
    const batch = Math.max(1, Math.round(20_000 / rows));
    const batched = (write: () => Buffer) => async () => {
      for (let i = 0; i < batch; i++) write();
    };
    const [wholeMs, piecesMs] = (await medians([batched(whole), batched(pieces)], RUNS)).map((ms) => ms / batch);
    const fmt = (ms: number) => ms.toFixed(ms < 10 ? 3 : 1).replace('.', ',');
    console.log(
      `| ${rows.toLocaleString('vi-VN')} | ${JSON.stringify(answer).length.toLocaleString('vi-VN')} | ` +
        `${whole().length.toLocaleString('vi-VN')} | ${fmt(wholeMs)} | ${fmt(piecesMs)} | ` +
        `${(piecesMs / wholeMs).toFixed(2).replace('.', ',')} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
