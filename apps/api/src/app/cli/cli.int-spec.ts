import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../test/harness';
import { loadDemo } from '../demo/demo-seed';
import { parseCommandLine, runCli, runCommand, type CliCommand, type CliIo } from './cli';
import { importReportsCommand } from './import-reports.command';
import { importUnitsCommand } from './import-units.command';
import { seedCommand } from './seed.command';

function recorder(): CliIo & { output: string[]; errors: string[]; stages: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  const stages: string[] = [];
  return {
    output,
    errors,
    stages,
    out: (line) => output.push(line),
    err: (line) => errors.push(line),
    progress: () => ({ update: (_done, _total, stage) => void stages.push(stage ?? ''), stop: () => undefined }),
  };
}

describe('the command-line tools', () => {
  let app: TestApp;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-'));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  /** runCli's own parser and runner, on the test database (runCli would open its own). */
  const run = async (command: CliCommand, argv: string[]) => {
    const line = parseCommandLine(command, argv);
    if (line.kind !== 'run') throw new Error(`${argv.join(' ')}: expected a run, got ${JSON.stringify(line)}`);
    const io = recorder();
    const code = await runCommand(command, line.args, app.dataSource, io);
    return { code, ...io };
  };
  const count = async (table: string) =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  /** A freshly migrated database, as startTestApp leaves it: empty, or with the demo set-up (seed --content setup). */
  const freshDatabase = async (content: 'empty' | 'demo') => {
    await app.dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
    await app.dataSource.query('CREATE SCHEMA public');
    await app.dataSource.runMigrations({ transaction: 'each' });
    if (content === 'demo') await loadDemo(app.dataSource, 'setup');
  };

  beforeAll(async () => (app = await startTestApp({ demo: false })));
  afterAll(() => app.close());

  it('answers --help and refuses an unknown option before touching any database', async () => {
    const help = recorder();
    expect(await runCli(seedCommand, ['--help'], {}, help)).toBe(0);
    expect(help.output.join('\n')).toMatch(/^Usage: npm run seed/);
    const bad = recorder();
    expect(await runCli(importReportsCommand, ['--peroid', '3', 'x.csv'], {}, bad)).toBe(2);
    expect(bad.errors.join('\n')).toMatch(/Unknown option '--peroid'/);
  });

  it('seeds an empty database with the demo set-up, and refuses a database that holds data', async () => {
    await freshDatabase('empty');
    const first = await run(seedCommand, ['--content', 'setup']);
    expect(first.code).toBe(0);
    expect(first.output[0]).toMatch(
      /^Loaded the Cà Mau demo in [\d.]+ s: 130 units, 4 users, 1 campaign, 0 reports, 0 reviews\.$/,
    );
    const again = await run(seedCommand, []);
    expect(again.code).toBe(1);
    expect(again.errors[0]).toMatch(/only loaded into an empty database/);
    expect(await count('units')).toBe(130);
  });

  it('imports units from CSV, listing every bad row by number and writing nothing when one is bad', async () => {
    await freshDatabase('demo');
    const bad = await run(importUnitsCommand, [
      file(
        'bad.csv',
        'code,name,levelKey,parentCode\n32999,Xã Thử,commune,970\n,Không mã,commune,970\n32998,Xã X,nowhere,970\n',
      ),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.errors).toEqual([
      'import-units: nothing was imported; 2 problem(s):',
      '  row 3, column code: The code must not be empty. [REQUIRED]',
      '  row 4, column levelKey: There is no level "nowhere". [UNKNOWN_LEVEL]',
    ]);
    expect(await count('units')).toBe(130);
    const good = await run(importUnitsCommand, [
      '--as',
      'admin@camau.demo',
      file('good.csv', 'code,name,levelKey,parentCode\n32999,Xã Thử,commune,970\n'),
    ]);
    expect(good.output).toEqual([`Imported ${path.join(dir, 'good.csv')}: 1 unit created, 0 updated.`]);
    expect(good.stages).toEqual(['reading', 'checking and writing', 'done']);
    const [audit] = await app.dataSource.query(
      `SELECT a.action, u.email FROM audit_entries a JOIN users u ON u.id = a.actor_user_id ORDER BY a.at DESC LIMIT 1`,
    );
    expect(audit).toEqual({ action: 'importUnits', email: 'admin@camau.demo' });
  });

  it('imports units from the first sheet of an XLSX file', async () => {
    await freshDatabase('demo');
    const existing = await run(importUnitsCommand, [
      file('existing.csv', 'code,name,levelKey,parentCode\n32999,Xã Thử,commune,970\n'),
    ]);
    expect(existing.output).toEqual([`Imported ${path.join(dir, 'existing.csv')}: 1 unit created, 0 updated.`]);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRows([
      ['code', 'name', 'levelKey', 'parentCode'],
      ['32999', 'Xã Thử Nghiệm', 'commune', '970'],
    ]);
    const xlsx = path.join(dir, 'units.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const result = await run(importUnitsCommand, [xlsx]);
    expect(result.output).toEqual([`Imported ${xlsx}: 0 units created, 1 updated.`]);
    expect((await app.dataSource.query(`SELECT name FROM units WHERE code = '32999'`))[0].name).toBe('Xã Thử Nghiệm');
  });

  it('refuses an admin name that is not an admin, and a file of another kind', async () => {
    await freshDatabase('demo');
    const notAdmin = await run(importUnitsCommand, ['--as', 'xem@camau.demo', file('u.csv', 'code,name,levelKey\n')]);
    expect([notAdmin.code, notAdmin.errors[0]]).toEqual([
      2,
      'import-units: --as must name an enabled ADMIN account; xem@camau.demo is not one.',
    ]);
    const text = file('u.txt', 'x');
    expect(await run(importUnitsCommand, [text])).toMatchObject({
      code: 1,
      errors: [`import-units: ${text}: only .csv and .xlsx files can be imported.`],
    });
  });

  it("imports one period's reports whole or not at all, and a second time changes nothing", async () => {
    await freshDatabase('demo');
    const rows =
      'unitCode,indicatorCode,numerator,denominator\n32071,ONLINE_RESOLUTION,3,5\n32071,DIGITIZATION,2,4\n32071,ONLINE_PAYMENT,1,2\n';
    const bad = await run(importReportsCommand, [
      '--period',
      '2',
      file('bad-reports.csv', `${rows}32185,ONLINE_RESOLUTION,9,5\n32185,DIGITIZATION,x,4\n32185,ONLINE_PAYMENT,0,0\n`),
    ]);
    expect(bad.code).toBe(1);
    expect(
      bad.errors
        .slice(1)
        .map((line) => line.replace(/:.*\[/, ' ['))
        .join('\n'),
    ).toBe('  row 5, column numerator [NUMERATOR_ABOVE_DENOMINATOR]\n  row 6, column numerator [NOT_A_NUMBER]');
    expect(await count('reports')).toBe(0);
    const good = file('reports.csv', rows);
    expect(
      (await run(importReportsCommand, ['--period', '2', '--submitted-at', '2023-03-10T08:00:00Z', good])).output,
    ).toEqual([`Imported period 2 from ${good}: 1 report created, 0 revised, 0 unchanged.`]);
    expect(
      (await run(importReportsCommand, ['--period', '2', '--submitted-at', '2023-03-10T08:00:00Z', good])).output[0],
    ).toMatch(/0 reports created, 0 revised, 1 unchanged\.$/);
    expect(await count('reports')).toBe(1);
  });

  it('says what is wrong with the period, the time or the campaign', async () => {
    await freshDatabase('demo');
    const csv = file('r.csv', 'unitCode,indicatorCode,numerator,denominator\n');
    expect((await run(importReportsCommand, [csv])).errors[0]).toMatch(/--period must be a period number/);
    expect((await run(importReportsCommand, ['--period', '2', '--submitted-at', 'friday', csv])).errors[0]).toMatch(
      /--submitted-at must be an ISO instant/,
    );
    expect((await run(importReportsCommand, ['--period', '2', '--campaign', 'nope', csv])).errors[0]).toMatch(
      /there is no campaign nope/,
    );
    const outside = await run(importReportsCommand, [
      '--period',
      '12',
      file('r12.csv', 'unitCode,indicatorCode,numerator,denominator\n32071,ONLINE_RESOLUTION,1,1\n'),
    ]);
    expect(outside.errors.join('\n')).toMatch(/\[PERIOD_OUT_OF_RANGE\]/);
  });
});
