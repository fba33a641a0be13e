/**
 * One database for the whole integration run: a fresh database on the server named by TEST_DATABASE_URL
 * (made here, dropped in teardown), else one in-memory PGlite served on a free loopback port.
 * Each suite then resets the schema and runs the migrations (see harness.ts).
 */
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
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
  await server.start();
  process.env.THIDUA_TEST_DB_URL = `postgres://postgres@${server.getServerConn()}/postgres`;
  process.env.THIDUA_TEST_DB_EMBEDDED = '1';
  globalThis.__thiduaTestDb = { kind: 'embedded', db, server };
  console.log('\nintegration database: embedded PGlite');
};
