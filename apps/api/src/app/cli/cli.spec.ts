import { databaseTarget, parseCommandLine, type CommandLine } from './cli';
import { importReportsCommand } from './import-reports.command';
import { seedCommand } from './seed.command';

const problem = (line: CommandLine) => (line.kind === 'malformed' ? line.problem : `not malformed: ${line.kind}`);

describe('parseCommandLine', () => {
  it('asks for the help with --help or -h, also among other valid arguments', () => {
    expect(parseCommandLine(seedCommand, ['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(importReportsCommand, ['--period', '5', '-h', 'week5.csv'])).toEqual({ kind: 'help' });
  });

  it("reads the command's options, the database options and the file", () => {
    expect(
      parseCommandLine(importReportsCommand, [
        '--period',
        '5',
        '--as',
        'admin@camau.demo',
        '--data-dir=/tmp/thidua',
        'week5.xlsx',
      ]),
    ).toEqual({
      kind: 'run',
      args: { values: { period: '5', as: 'admin@camau.demo', 'data-dir': '/tmp/thidua' }, positionals: ['week5.xlsx'] },
    });
    expect(parseCommandLine(seedCommand, [])).toEqual({ kind: 'run', args: { values: {}, positionals: [] } });
  });

  it('refuses an option the command does not take, even one another command takes', () => {
    expect(problem(parseCommandLine(importReportsCommand, ['--peroid', '3', 'x.csv']))).toMatch(
      /^Unknown option '--peroid'/,
    );
    expect(problem(parseCommandLine(seedCommand, ['--period', '3']))).toMatch(/^Unknown option '--period'/);
  });

  it('refuses an option left without its value, at the end or followed by another option', () => {
    expect(problem(parseCommandLine(importReportsCommand, ['x.csv', '--period']))).toMatch(
      /^Option '--period <value>' argument missing/,
    );
    expect(problem(parseCommandLine(importReportsCommand, ['--as', '--period', '5', 'x.csv']))).toMatch(
      /^Option '--as' argument is ambiguous/,
    );
  });

  it('refuses a value given to --help', () => {
    expect(problem(parseCommandLine(seedCommand, ['--help=yes']))).toMatch(
      /^Option '-h, --help' does not take an argument/,
    );
  });
});

describe('databaseTarget', () => {
  const run = (argv: string[]) => {
    const line = parseCommandLine(seedCommand, argv);
    if (line.kind !== 'run') throw new Error(`expected a run, got ${line.kind}`);
    return line.args;
  };

  it('takes --database-url over $DATABASE_URL, and the embedded database only without either', () => {
    expect(
      databaseTarget(run(['--database-url', 'postgres://cli@db/thidua']), { DATABASE_URL: 'postgres://env@db/thidua' })
        .databaseUrl,
    ).toBe('postgres://cli@db/thidua');
    expect(databaseTarget(run([]), { DATABASE_URL: 'postgres://env@db/thidua' }).databaseUrl).toBe(
      'postgres://env@db/thidua',
    );
    expect(databaseTarget(run([]), { DATABASE_URL: '' })).toEqual({ databaseUrl: null, dataDir: '.data' });
  });

  it('takes --data-dir over $DATA_DIR over ./.data', () => {
    expect(databaseTarget(run(['--data-dir', '/tmp/a']), { DATA_DIR: '/tmp/b' }).dataDir).toBe('/tmp/a');
    expect(databaseTarget(run([]), { DATA_DIR: '/tmp/b' }).dataDir).toBe('/tmp/b');
  });
});
