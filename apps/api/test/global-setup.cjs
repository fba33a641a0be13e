/**
 * One database for the whole integration run: a fresh database on the server named by TEST_DATABASE_URL
 * (made here, dropped in teardown), else one in-memory PGlite served on a Unix socket in a private directory.
 * Each suite then resets the schema and runs the migrations (see harness.ts).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const pg = require('pg');

module.exports = async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `thidua_it_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.THIDUA_TEST_DB_URL = url.toString();
    globalThis.__thiduaTestDb = { kind: 'server', serverUrl, name };
    console.log(`\nintegration database: PostgreSQL server, database ${name}`);
    return;
  }
  const { PGlite } = require('@electric-sql/pglite');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  // As the app serves it (embedded-socket.ts): a Unix socket in a private directory, no TCP port for others to reach.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-it-'));
  fs.chmodSync(socketDir, 0o700);
  const socketPath = path.join(socketDir, '.s.PGSQL.5432');
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 20 });
  await server.start();
  fs.chmodSync(socketPath, 0o600);
  process.env.THIDUA_TEST_DB_URL = `postgres://postgres@/postgres?host=${encodeURIComponent(socketDir)}`;
  process.env.THIDUA_TEST_DB_EMBEDDED = '1';
  globalThis.__thiduaTestDb = { kind: 'embedded', db, server, socketDir };
  console.log('\nintegration database: embedded PGlite');
};
