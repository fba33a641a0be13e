import type { Logger } from '../config/logger';

/** What the upkeep sends its statements through: a TypeORM data source, or any client answering rows. */
export interface Queryable {
  query(sql: string): Promise<unknown>;
}

/** A table the upkeep's check found due, and what for. */
export interface DueTable {
  /** Schema-qualified and quoted, as VACUUM and ANALYZE take it. */
  name: string;
  vacuum: boolean;
  analyze: boolean;
}

/** How often the embedded database's tables are looked at: autovacuum's own default (`autovacuum_naptime`). */
export const UPKEEP_INTERVAL_MS = 60_000;
/** The first look, this long after start: after what a start writes itself (migrations, the demo). */
export const FIRST_UPKEEP_AFTER_MS = 10_000;

/**
 * What autovacuum does on a PostgreSQL server, for the embedded database (PGlite), which runs none: no process of its
 * own to vacuum or analyze, so without this its tables would never have statistics (the planner guessing every size),
 * the pages of a period's kept figures never marked all-visible (the ranking then reads them through the table rather
 * than from their covering index) and no dead row ever reclaimed (every revised report, job and session leaves
 * some: the files would grow for the campaign's whole life).
 *
 * Ten seconds after start, then every minute, it asks the statistics which tables are due by autovacuum's own
 * rule — dead rows past `autovacuum_vacuum_threshold` + `autovacuum_vacuum_scale_factor` × rows, rows inserted since
 * the last vacuum past the `…_insert_…` pair, rows changed since the last analyze past the `…_analyze_…` pair; a
 * table's own settings (reloptions, e.g. the kept figures' 2 %) before the database's; none where
 * `autovacuum_enabled` is off — and runs VACUUM and ANALYZE on those, one table at a time. PGlite runs one statement
 * at a time for all connections, so each holds the others back while it runs: a few milliseconds for most tables,
 * longest after a large import. A failed round is logged and the next one tries again.
 */
export class TableUpkeep {
  private timers: NodeJS.Timeout[] = [];
  private round: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: Queryable,
    private readonly log: Logger,
  ) {}

  /**
   * Looks `firstAfterMs` from now, then every `intervalMs`, without keeping the process alive: a command that ends
   * sooner (an import) leaves its tables to the server's next look.
   */
  start(intervalMs = UPKEEP_INTERVAL_MS, firstAfterMs = FIRST_UPKEEP_AFTER_MS): void {
    if (this.timers.length) return;
    const tick = () => void this.tick();
    this.timers = [setTimeout(tick, firstAfterMs).unref(), setInterval(tick, intervalMs).unref()];
  }

  /** Stops looking and waits for a round in progress. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.round;
  }

  /** The tables due now, vacuumed and analyzed as each is due; returns them. */
  async upkeepDue(): Promise<DueTable[]> {
    const due = await this.dueTables();
    for (const table of due) await this.dataSource.query(statementFor(table));
    return due;
  }

  /** The tables due now by autovacuum's rule (see the class). */
  async dueTables(): Promise<DueTable[]> {
    return (await this.dataSource.query(DUE_TABLES_SQL)) as DueTable[];
  }

  private async tick(): Promise<void> {
    if (this.round) return;
    const started = Date.now();
    this.round = this.upkeepDue()
      .then((due) => {
        if (due.length)
          this.log.debug({ tables: due.map((table) => table.name), ms: Date.now() - started }, 'tables kept up');
      })
      .catch((error: unknown) => this.log.warn({ err: error }, 'the tables could not be vacuumed and analyzed'))
      .finally(() => (this.round = null));
    await this.round;
  }
}

function statementFor({ name, vacuum, analyze }: DueTable): string {
  if (vacuum) return analyze ? `VACUUM (ANALYZE) ${name}` : `VACUUM ${name}`;
  return `ANALYZE ${name}`;
}

/** A table's own setting (reloptions) for `option`, else the database's. */
const setting = (option: string) => `coalesce(
  (SELECT split_part(o, '=', 2)::float8 FROM unnest(c.reloptions) o WHERE o LIKE '${option}=%'),
  current_setting('${option}')::float8)`;

/** A table is due when `count` passes the threshold plus the scale factor times its rows (none known: 0). */
const past = (count: string, kind: string) => {
  const [threshold, scale] = [setting(`autovacuum_${kind}_threshold`), setting(`autovacuum_${kind}_scale_factor`)];
  return `${count} > ${threshold} + ${scale} * greatest(c.reltuples, 0)`;
};

const DUE_TABLES_SQL = `
  SELECT name, vacuum, "analyze" FROM (
    SELECT quote_ident(s.schemaname) || '.' || quote_ident(s.relname) AS name,
           (${past('s.n_dead_tup', 'vacuum')}) OR (${past('s.n_ins_since_vacuum', 'vacuum_insert')}) AS vacuum,
           ${past('s.n_mod_since_analyze', 'analyze')} AS "analyze"
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE coalesce((SELECT split_part(o, '=', 2)::boolean FROM unnest(c.reloptions) o
                    WHERE o LIKE 'autovacuum_enabled=%'), true)
  ) due
  WHERE vacuum OR "analyze"
  ORDER BY name`;
