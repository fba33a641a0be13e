const fs = require('node:fs');
const pg = require('pg');

module.exports = async function globalTeardown() {
  const handle = globalThis.__thiduaTestDb;
  if (!handle) return;
  if (handle.kind === 'server') {
    const admin = new pg.Client({ connectionString: handle.serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${handle.name} WITH (FORCE)`);
    await admin.end();
  } else {
    await handle.server.stop();
    await handle.db.close();
    fs.rmSync(handle.socketDir, { recursive: true, force: true });
  }
};
