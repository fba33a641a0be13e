import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/**
 * Reports of one campaign and period were written (submitted, revised, imported, recomputed from dossier records)
 * and the transaction that wrote them has committed. `unitId` is the unit when one report changed, null when several
 * did at once; `at` is the commit's instant (ISO 8601).
 */
export interface ReportsChanged {
  kind: 'REPORTS';
  campaignId: string;
  period: number;
  unitId: string | null;
  reports: number;
  at: string;
}

/** What the API tells about a committed write: small, JSON, the same in this process and sent to the others. */
export type Change = ReportsChanged;

/** `remote`: the change was committed by another API process (or a command-line import) and relayed here. */
export type ChangeListener = (change: Change, remote: boolean) => void;

/** Changes waiting for their transaction to commit, with the transaction depth (savepoint) that noted them. */
const PENDING = 'thidua.pendingChanges';
/** PostgresQueryRunner's count of open transactions and savepoints (not on the QueryRunner interface). */
const depthOf = (runner: QueryRunner): number =>
  (runner as QueryRunner & { transactionDepth: number }).transactionDepth;
type Pending = { change: Change; depth: number }[];

/**
 * The changes committed through one DataSource, for whoever listens in this process: the subscriptions of the
 * GraphQL server, its caches, the relay to other processes (postgres-relay.ts). A change is delivered only once its
 * transaction has committed (`noteChange`), never for a rolled-back one.
 */
export class ChangesHub {
  private readonly listeners = new Set<ChangeListener>();

  /** Tells every listener; a listener that throws does not stop the others. */
  publish(change: Change, remote = false): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change, remote);
      } catch {
        // a listener's failure is its own (each catches and logs what matters to it)
      }
    }
  }

  /** How many listen (subscriptions among them): a test waits for its subscription to be in place. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Returns the function that stops listening. */
  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * The changes `select` keeps, as they come, for a GraphQL subscription; ended by the consumer (`return`). At most
   * `maxQueued` wait for a slow consumer, the oldest dropped past that (a client refetches on any event anyway).
   */
  stream<T>(select: (change: Change) => T | null, maxQueued = 100): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const stop = this.listen((change) => {
      const value = select(change);
      if (value === null || done) return;
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value, done: false });
      } else {
        queue.push(value);
        if (queue.length > maxQueued) queue.shift();
      }
    });
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      stop();
      queue.length = 0;
      if (wake) wake({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next() {
        if (queue.length) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: finish,
      throw: (error: unknown) => finish().then(() => Promise.reject(error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

const hubs = new WeakMap<DataSource, ChangesHub>();

/** The hub of a DataSource, made (and its after-commit hook installed) on first use. */
export function changesOf(dataSource: DataSource): ChangesHub {
  let hub = hubs.get(dataSource);
  if (!hub) {
    const made = new ChangesHub();
    hub = made;
    hubs.set(dataSource, made);
    dataSource.subscribers.push(afterCommit(made));
  }
  return hub;
}

/**
 * Notes a change made through `manager`: told once its transaction commits (nothing if it rolls back, or if the
 * savepoint it was noted in does), right away when there is no transaction. Changes of one campaign and period
 * noted in one transaction are told as one.
 */
export function noteChange(manager: EntityManager, change: Change): void {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    const pending = ((runner.data as Record<string, unknown>)[PENDING] ??= []) as Pending;
    pending.push({ change, depth: depthOf(runner) });
    return;
  }
  hubs.get(manager.connection)?.publish(change);
}

function afterCommit(hub: ChangesHub): EntitySubscriberInterface {
  const pendingOf = (runner: QueryRunner) => (runner.data as Record<string, unknown>)[PENDING] as Pending | undefined;
  return {
    afterTransactionCommit({ queryRunner }) {
      const pending = pendingOf(queryRunner);
      if (!pending?.length || depthOf(queryRunner) > 0) return; // a savepoint released: not committed yet
      (queryRunner.data as Record<string, unknown>)[PENDING] = [];
      const at = new Date().toISOString();
      for (const change of merged(pending.map((entry) => entry.change))) hub.publish({ ...change, at });
    },
    afterTransactionRollback({ queryRunner }) {
      const pending = pendingOf(queryRunner);
      if (!pending) return;
      const kept = pending.filter((entry) => entry.depth <= depthOf(queryRunner));
      (queryRunner.data as Record<string, unknown>)[PENDING] = kept;
    },
  };
}

function merged(changes: Change[]): Change[] {
  const byKey = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.campaignId}/${change.period}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...change });
    else {
      seen.reports += change.reports;
      if (seen.unitId !== change.unitId) seen.unitId = null;
    }
  }
  return [...byKey.values()];
}
