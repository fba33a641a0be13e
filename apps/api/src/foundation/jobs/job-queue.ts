import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import type { Logger } from '../config/logger';

/** The schema pg-boss keeps its jobs in; it creates and upgrades it itself when the queue starts. */
export const JOB_SCHEMA = 'pgboss';

export interface JobDefinition<Data extends object> {
  name: string;
  /** Attempts after the first one; pg-boss waits `retryDelaySeconds` × 2^n (× 1–2, random) before the n-th. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job still running after this long counts as failed and is retried. */
  expireInSeconds: number;
  /** Sent by pg-boss's clock on this cron schedule (UTC), once per instant whatever the number of processes. */
  cron?: string;
  /** Runs one job; a throw is a failed attempt. `lastAttempt` is true when no retry follows a failure. */
  run(data: Data, attempt: { lastAttempt: boolean; retryCount: number }): Promise<void>;
}

export interface JobQueueOptions {
  /** How often an idle worker asks for work (≥ 0,5 s). */
  pollingIntervalSeconds: number;
  /** Jobs taken at once by one worker of a queue. */
  batchSize: number;
  /** How long stop() waits for running jobs before it gives up on them (default 10 s). */
  stopTimeoutSeconds?: number;
}

/**
 * Jobs kept in PostgreSQL by pg-boss, so they survive restarts: each is run at least once, retried with back-off,
 * and taken by one worker at a time (several worker processes may share a database). pg-boss runs its statements
 * on the application's own pool, so the embedded database needs no extra connection, and a job sent with a
 * transaction's manager exists exactly when that transaction commits.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<object>>();
  /** This process's worker of each queue, to wake it (pg-boss's notifyWorker). */
  private readonly workers = new Map<string, string>();
  /** The batches this process's workers are running, which stop() waits for. */
  private readonly running = new Set<Promise<void>>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: JobQueueOptions,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({
      // pg-boss reads a missing `rows` as a statement that found nothing (see execute).
      db: { executeSql: (text, values) => this.execute(text, values) as Promise<{ rows: unknown[] }> },
      schema: JOB_SCHEMA,
      // Jobs that ended stay a week, for the admins' view of what ran and why something failed.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
      archiveFailedAfterSeconds: 7 * 24 * 3600,
      deleteAfterDays: 30,
    });
    this.boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  }

  /** Defines a kind of job; before start(), which creates its queue. */
  define<Data extends object>(definition: JobDefinition<Data>): void {
    if (this.started) throw new Error(`JobQueue: ${definition.name} is defined after the queue started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  /** Creates pg-boss's schema and the defined queues (both idempotent); jobs can be sent from then on. */
  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      const queue = {
        name: definition.name,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
      };
      // Made once; its settings are those of the process that started last (a changed setting applies).
      await this.boss.createQueue(definition.name, queue);
      await this.boss.updateQueue(definition.name, queue);
      if (definition.cron) await this.boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
    }
    this.started = true;
  }

  /**
   * Takes and runs jobs of every defined queue in this process until stop(). A worker that took a full batch asks
   * again at once (pg-boss 10 would otherwise wait its polling interval after every batch: 10 jobs per 0,5 s).
   */
  async work(): Promise<void> {
    for (const definition of this.definitions.values()) {
      const workerId = await this.boss.work<object>(
        definition.name,
        {
          includeMetadata: true,
          batchSize: this.options.batchSize,
          pollingIntervalSeconds: this.options.pollingIntervalSeconds,
        },
        (jobs) => this.track(this.runBatch(definition, jobs)),
      );
      this.workers.set(definition.name, workerId);
    }
  }

  private async runBatch(definition: JobDefinition<object>, jobs: PgBoss.JobWithMetadata<object>[]): Promise<void> {
    if (jobs.length >= this.options.batchSize) this.wake(definition.name);
    // A batch is settled job by job: one failure must not retry the others.
    const failures = await Promise.allSettled(
      jobs.map((job) =>
        definition.run(job.data, { lastAttempt: job.retryCount >= job.retryLimit, retryCount: job.retryCount }),
      ),
    );
    await Promise.all(
      failures.map(async (result, i) => {
        const job = jobs[i];
        if (result.status === 'fulfilled') return this.boss.complete(definition.name, job.id);
        this.log.warn({ err: result.reason, job: job.id, queue: definition.name }, 'job attempt failed');
        return this.boss.fail(definition.name, job.id, { message: messageOf(result.reason) });
      }),
    );
  }

  private track(batch: Promise<void>): Promise<void> {
    this.running.add(batch);
    const forget = () => void this.running.delete(batch);
    batch.then(forget, forget);
    return batch;
  }

  /** Makes this process's worker of the queue ask for jobs now rather than at its next poll (none: nothing). */
  wake(name: string): void {
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
  }

  /**
   * Sends a job; with `manager` (inside a transaction) it is part of that transaction. `key` makes a job unique
   * among those not yet ended in its queue (pg-boss's singletonKey): sending it again while one waits adds none.
   */
  async send(
    name: string,
    data: object,
    options: { key?: string; startAfter?: Date } = {},
    manager?: EntityManager,
  ): Promise<string | null> {
    this.known(name);
    return this.boss.send(name, data, {
      singletonKey: options.key,
      startAfter: options.startAfter,
      db: manager ? executorOf(manager) : undefined,
    });
  }

  /**
   * Sends a job at most once per `seconds` for one key (pg-boss's debounce): a burst of sends makes one job at the
   * end of the window. With `manager`, part of that transaction.
   */
  async sendDebounced(
    name: string,
    data: object,
    seconds: number,
    key: string,
    manager?: EntityManager,
  ): Promise<void> {
    this.known(name);
    await this.boss.sendDebounced(name, data, { db: manager ? executorOf(manager) : undefined }, seconds, key);
  }

  /** Sends many jobs of one queue in one statement, like `send` for each. */
  async sendMany(
    name: string,
    jobs: readonly { data: object; key?: string }[],
    manager?: EntityManager,
  ): Promise<void> {
    this.known(name);
    if (!jobs.length) return;
    await this.boss.insert(
      jobs.map((job) => ({ name, data: job.data, singletonKey: job.key })),
      { db: manager ? executorOf(manager) : undefined },
    );
  }

  /** pg-boss drops a job sent to a queue it does not have, without a word: refuse it here instead. */
  private known(name: string): void {
    if (!this.definitions.has(name)) throw new Error(`JobQueue: no job "${name}" is defined`);
  }

  /**
   * Stops taking jobs and waits for the running ones, at most `stopTimeoutSeconds` (pg-boss then marks them failed,
   * to be retried) and as long again for their own end, so that they seldom outlive the database.
   */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.stopped = true;
    const timeout = (this.options.stopTimeoutSeconds ?? 10) * 1000;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise((resolve) => (timer = setTimeout(resolve, timeout))),
    ]);
    clearTimeout(timer);
  }

  /**
   * pg-boss's statements on the application's pool. pg-boss does not await some of them (a worker's complete or fail
   * after its callback): a job that outlived stop() and the database's closing would reject them unheard, and an
   * unhandled rejection ends the process. Once stopped, with the database closed, they are dropped instead and
   * answered with no rows (pg-boss's fetch then takes no job, its complete and fail count none affected) — the job's
   * end unrecorded, so it runs again after it expires (jobs are idempotent).
   */
  private async execute(text: string, values?: unknown[]): Promise<{ rows?: unknown[] }> {
    if (this.dataSource.isInitialized) return poolOf(this.dataSource).query(text, values);
    if (!this.stopped) throw new Error('JobQueue: the database is closed while the queue runs');
    this.log.warn({ statement: text.slice(0, 80) }, 'job queue stopped: a statement after the database closed dropped');
    return {};
  }
}

function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/** pg-boss's statements on the connection of the transaction `manager` belongs to. */
function executorOf(manager: EntityManager): PgBoss.Db {
  const client = (manager.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)
    ?.databaseConnection;
  if (!client || !manager.queryRunner?.isTransactionActive) {
    throw new Error('JobQueue: a manager is given to send within its transaction, and has none');
  }
  return { executeSql: (text, values) => client.query(text, values) };
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
