import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Logger } from '../config/logger';
import type { Change, ChangesHub } from './changes';

/** The PostgreSQL channel every API process of one database listens on. */
export const CHANGES_CHANNEL = 'thidua_changes';
const RECONNECT_MS = 1_000;

export interface ChangesRelay {
  close(): Promise<void>;
}

/**
 * Shares a hub's changes with the other API processes of the same PostgreSQL database: each change committed here
 * is sent with `NOTIFY thidua_changes, '{"origin":…,"change":…}'` (a few hundred bytes: PostgreSQL allows 8000), and
 * the changes the others send are told to this hub as remote ones, on a dedicated connection that LISTENs (outside
 * the pool: a listening connection must stay open). Not for the embedded database: pglite-socket hands a
 * notification back to its sender only. A change committed while the connection is down is not relayed (caches
 * still expire, clients refetch on their next event or reload); the connection is opened again after a second.
 */
export async function relayThroughPostgres(hub: ChangesHub, url: string, log: Logger): Promise<ChangesRelay> {
  const origin = randomUUID();
  let client: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: url, application_name: 'thidua-changes' });
    next.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      try {
        const parsed = JSON.parse(message.payload) as { origin?: string; change?: Change };
        if (parsed.origin !== origin && parsed.change?.kind === 'REPORTS') hub.publish(parsed.change, true);
      } catch (error) {
        log.warn({ err: error }, 'an unreadable change notification was ignored');
      }
    });
    const lost = (error?: Error) => {
      if (client !== next || closed) return;
      client = null;
      log.warn({ err: error }, 'the connection relaying changes was lost; opening it again');
      next.end().catch(() => undefined);
      retry = setTimeout(() => void connect().catch(lostConnecting), RECONNECT_MS);
    };
    next.on('error', lost);
    next.on('end', () => lost());
    await next.connect();
    await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
  };
  const lostConnecting = (error: unknown) => {
    if (closed) return;
    log.warn({ err: error }, 'the connection relaying changes could not be opened; trying again');
    retry = setTimeout(() => void connect().catch(lostConnecting), RECONNECT_MS);
  };

  await connect();
  const sending = new Set<Promise<unknown>>();
  const stopListening = hub.listen((change, remote) => {
    if (remote || !client) return;
    const sent = client
      .query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify({ origin, change })])
      .catch((error: unknown) => log.warn({ err: error }, 'a change could not be relayed to the other processes'))
      .finally(() => sending.delete(sent));
    sending.add(sent);
  });
  return {
    async close() {
      closed = true;
      stopListening();
      if (retry) clearTimeout(retry);
      await Promise.all(sending); // a command-line import's last changes still reach the servers
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
