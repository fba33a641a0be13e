import pino from 'pino';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitUntil } from '../../../test/wait-until';
import { JobQueue } from './job-queue';

/** A job that runs until the test lets it end, then ends as `outcome` says. */
function gatedJob(name: string) {
  const state = { started: false, ended: false, release: (_outcome: 'succeed' | 'fail') => {} };
  const gate = new Promise<'succeed' | 'fail'>((resolve) => (state.release = resolve));
  return {
    state,
    definition: {
      name,
      retryLimit: 0,
      retryDelaySeconds: 1,
      expireInSeconds: 60,
      async run() {
        state.started = true;
        const outcome = await gate;
        state.ended = true;
        if (outcome === 'fail') throw new Error('the job failed after the database closed');
      },
    },
  };
}

describe('the job queue when it stops with a job still running', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => void rejections.push(reason);
  beforeAll(() => process.on('unhandledRejection', onRejection));
  afterAll(() => process.off('unhandledRejection', onRejection));

  // pg-boss gives up waiting for a running job after the stop's timeout and marks it failed; the job's own end, and
  // pg-boss's statements after it (not awaited), then came after the database had closed: an unhandled rejection
  // that ended the process running them (seen in CI, ending the integration suites).
  it.each(['succeed', 'fail'] as const)(
    'a job that ends (%s) after the queue stopped and the database closed ends nothing else',
    async (outcome) => {
      rejections.length = 0;
      const app: TestApp = await startTestApp({ demo: false });
      const job = gatedJob('gated');
      const queue = new JobQueue(
        app.dataSource,
        { pollingIntervalSeconds: 0.5, batchSize: 10, stopTimeoutSeconds: 1 },
        pino({ level: 'silent' }),
      );
      queue.define(job.definition);
      await queue.start();
      await queue.work();
      await queue.send('gated', {});
      await waitUntil(() => job.state.started, 10_000);

      await queue.stop(); // gives up on the running job after a second
      await app.close(); // the database closes under it
      job.state.release(outcome);
      await waitUntil(() => job.state.ended, 5_000);
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // pg-boss's own statements after the job's end

      expect(rejections).toEqual([]);
    },
  );
});
