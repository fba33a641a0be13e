/**
 * A process that owns an embedded data directory, for the tests of one owner per directory
 * (embedded-postgres.int-spec.ts). Run with @swc-node/register:
 *   hold DIR  opens the database, prints `ready {pid,url}`, then obeys stdin: `write N` commits N rows one
 *             transaction each and prints `acked TOTAL`; `stop` closes the database and exits 0.
 *   lock DIR  takes the directory's lock only; prints `won` or `refused MESSAGE`, then exits when stdin closes.
 */
import readline from 'node:readline';
import pg from 'pg';
import { lockDataDirectory } from '../src/foundation/database/data-directory-lock';
import { startEmbeddedPostgres } from '../src/foundation/database/embedded-postgres';

async function hold(dataDir: string): Promise<void> {
  const database = await startEmbeddedPostgres({ dataDir, maxConnections: 3 });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS acknowledged (n integer PRIMARY KEY)');
  let total = Number((await client.query('SELECT count(*)::int AS n FROM acknowledged')).rows[0].n);
  process.stdout.write(`ready ${JSON.stringify({ pid: process.pid, url: database.url })}\n`);
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const [command, argument] = line.trim().split(' ');
    if (command === 'write') {
      for (let i = 0; i < Number(argument); i++) {
        await client.query('INSERT INTO acknowledged (n) VALUES ($1)', [++total]);
      }
      process.stdout.write(`acked ${total}\n`);
    } else if (command === 'stop') {
      await client.end();
      await database.stop();
      process.stdout.write('stopped\n');
      process.exit(0);
    }
  }
}

async function lock(dataDir: string): Promise<void> {
  try {
    const held = lockDataDirectory(dataDir);
    process.stdout.write('won\n');
    process.stdin.on('end', () => {
      held.release();
      process.exit(0);
    });
    process.stdin.resume();
  } catch (error) {
    process.stdout.write(`refused ${(error as Error).message}\n`);
    process.exit(0);
  }
}

const [mode, dataDir] = process.argv.slice(2);
(mode === 'hold' ? hold(dataDir) : lock(dataDir)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
