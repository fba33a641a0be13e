import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { LOCK_FILE } from './data-directory-lock';
import { inspectDataDirectory } from './data-directory';
import { EmbeddedDatabaseErrorCode, isEmbeddedDatabaseError } from './embedded-database-error';
import { SOCKET_DIRECTORY } from './embedded-socket';

describe('what a data directory holds', () => {
  let root: string;
  beforeAll(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-inspect-'))));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const ours = fc.subarray([LOCK_FILE, SOCKET_DIRECTORY, 'lost+found']);
  const foreignName = fc
    .stringMatching(/^[A-Za-z0-9_.~-]{1,16}$/)
    .filter((name) => !['.', '..', 'PG_VERSION', LOCK_FILE, SOCKET_DIRECTORY, 'lost+found'].includes(name));

  it('is a database only with PG_VERSION, nothing when only ours, and refused otherwise (nothing changed)', () => {
    let run = 0;
    fc.assert(
      fc.property(ours, fc.uniqueArray(foreignName, { maxLength: 5 }), fc.boolean(), (own, foreign, pgVersion) => {
        const dataDir = path.join(root, `case-${run++}`);
        fs.mkdirSync(dataDir);
        for (const name of own) {
          if (name === LOCK_FILE) fs.writeFileSync(path.join(dataDir, name), '{}');
          else fs.mkdirSync(path.join(dataDir, name));
        }
        for (const name of foreign) fs.writeFileSync(path.join(dataDir, name), name);
        if (pgVersion) fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '17\n');
        const before = fs.readdirSync(dataDir).sort();
        if (pgVersion) expect(inspectDataDirectory(dataDir)).toBe('database');
        else if (foreign.length === 0) expect(inspectDataDirectory(dataDir)).toBe('nothing');
        else {
          let refusal: unknown;
          try {
            inspectDataDirectory(dataDir);
          } catch (error) {
            refusal = error;
          }
          expect(isEmbeddedDatabaseError(refusal, EmbeddedDatabaseErrorCode.DATA_DIR_NOT_A_DATABASE)).toBe(true);
          expect((refusal as Error).message).toMatch(/no PG_VERSION\); nothing was changed\. Point DATA_DIR/);
        }
        expect(fs.readdirSync(dataDir).sort()).toEqual(before);
      }),
      { numRuns: 80 },
    );
  });

  it('is nothing when missing, and refused when DATA_DIR is a file', () => {
    expect(inspectDataDirectory(path.join(root, 'missing'))).toBe('nothing');
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'x');
    expect(() => inspectDataDirectory(file)).toThrow('is not a directory; nothing was changed');
  });
});
