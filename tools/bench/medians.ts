import { performance } from 'node:perf_hooks';

/** The median time (ms) of each run, run in turns after a warm-up round: a busy spell weighs on all of them alike. */
export async function medians(runs: (() => Promise<unknown>)[], count: number): Promise<number[]> {
  return timedMedians(
    runs.map((run) => async () => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    }),
    count,
  );
}

/** The median of the times each run reports itself, in turns after a warm-up round. */
export async function timedMedians(runs: (() => Promise<number>)[], count: number): Promise<number[]> {
  for (const run of runs) await run();
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < count; i++) for (const [j, run] of runs.entries()) times[j].push(await run());
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}
