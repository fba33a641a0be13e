import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../database/database';
import { EmbeddedDatabaseErrorCode, isEmbeddedDatabaseError } from '../../foundation/database/embedded-database-error';
import type { Viewer } from '../../foundation/access/viewer';
import { userError, type Problem } from '../../foundation/errors/problem';
import { Role } from '../../foundation/access/role';
import { UserEntity } from '../../modules/users/user.entity';
import { msg } from '../../foundation/i18n/message';

/** Where a command writes: its result to `out`, progress and problems to `err`. Tests pass a recorder. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A progress bar on a terminal, one line elsewhere. */
  progress(label: string): Progress;
}

export interface Progress {
  update(done: number, total: number, stage?: string): void;
  stop(): void;
}

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };

export interface CliCommand {
  name: string;
  /** The whole --help text. */
  usage: string;
  options: Options;
  /** Runs against an open database; returns the exit code. */
  run(args: ParsedArgs, dataSource: DataSource, io: CliIo): Promise<number>;
}

/** Options every command takes to find its database. */
export const DATABASE_OPTIONS: Options = {
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const DATABASE_USAGE = `  --database-url URL  a PostgreSQL server (default: $DATABASE_URL); without one, the embedded database
  --data-dir DIR      the embedded database's directory (default: $DATA_DIR, else ./.data)
  -h, --help          this help`;

/** What a command line asks for: the help, a run with these arguments, or nothing because it is malformed. */
export type CommandLine = { kind: 'help' } | { kind: 'run'; args: ParsedArgs } | { kind: 'malformed'; problem: string };

/** Reads argv against the command's options and the database options; opens nothing. */
export function parseCommandLine(command: CliCommand, argv: string[]): CommandLine {
  let args: ParsedArgs;
  try {
    args = parseArgs({
      args: argv,
      options: { ...DATABASE_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    }) as ParsedArgs;
  } catch (error) {
    return { kind: 'malformed', problem: (error as Error).message };
  }
  return args.values.help ? { kind: 'help' } : { kind: 'run', args };
}

/**
 * The database a command opens: --database-url, else $DATABASE_URL, else the embedded one in --data-dir, $DATA_DIR or
 * ./.data.
 */
export function databaseTarget(
  args: ParsedArgs,
  env: NodeJS.ProcessEnv,
): { databaseUrl: string | null; dataDir: string } {
  const databaseUrl = (args.values['database-url'] as string | undefined) ?? env.DATABASE_URL ?? null;
  return {
    databaseUrl: databaseUrl || null,
    dataDir: (args.values['data-dir'] as string | undefined) ?? env.DATA_DIR ?? '.data',
  };
}

/** Runs the command on an open database; what it throws is one line on `err` and exit code 1. */
export async function runCommand(
  command: CliCommand,
  args: ParsedArgs,
  dataSource: DataSource,
  io: CliIo,
): Promise<number> {
  try {
    return await command.run(args, dataSource, io);
  } catch (error) {
    io.err(`${command.name}: ${(error as Error).message}`);
    return 1;
  }
}

/** Parses the arguments, opens the database (running pending migrations) and runs the command. */
export async function runCli(
  command: CliCommand,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = terminalIo(),
): Promise<number> {
  const line = parseCommandLine(command, argv);
  if (line.kind === 'malformed') {
    io.err(`${command.name}: ${line.problem}\nRun with --help to see the options.`);
    return 2;
  }
  if (line.kind === 'help') {
    io.out(command.usage);
    return 0;
  }
  const target = databaseTarget(line.args, env);
  let database;
  try {
    database = await openDatabase(target, pino({ level: 'silent' }));
  } catch (error) {
    io.err(`${command.name}: ${cannotOpenDatabase(target, error)}`);
    return 1;
  }
  try {
    return await runCommand(command, line.args, database.dataSource, io);
  } finally {
    await database.close();
  }
}

/**
 * Why a command could not open its database, in one line; when the embedded database is owned by a running server,
 * what to do instead (a second process on one data directory would corrupt it, so it is refused).
 */
export function cannotOpenDatabase(target: { databaseUrl: string | null; dataDir: string }, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isEmbeddedDatabaseError(error)) {
    const advice = error.code === EmbeddedDatabaseErrorCode.DATA_DIR_IN_USE ? DATA_DIR_IN_USE_ADVICE : '';
    return `cannot open the database: ${message}${advice}`;
  }
  return `cannot open the database (${target.databaseUrl ? 'DATABASE_URL' : target.dataDir}): ${message}`;
}

const DATA_DIR_IN_USE_ADVICE =
  '. Stop the server first, or use DATABASE_URL (--database-url): a PostgreSQL server can serve both at once';

/** The viewer a command acts as: the admin named by --as, else the system (recorded as such in the audit log). */
export async function commandViewer(dataSource: DataSource, email: string | undefined): Promise<Viewer | Problem> {
  if (!email) return { userId: null, role: Role.ADMIN, unitId: null, sessionId: null, tokenId: null, scopes: [] };
  const user = await dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  if (!user || user.role !== Role.ADMIN || user.disabledAt) {
    return userError(
      'NOT_AN_ADMIN',
      ['as'],
      msg(
        `--as must name an enabled ADMIN account; ${email} is not one.`,
        `--as phải là một tài khoản ADMIN đang hoạt động; ${email} không phải.`,
      ),
    );
  }
  return { userId: user.id, role: user.role, unitId: user.unitId, sessionId: null, tokenId: null, scopes: [] };
}

/** Problems one per line, the file's row and column first when the error names them (field ['file', row, column]). */
export function describeErrors(errors: readonly Problem[]): string[] {
  return errors.map((error) => {
    const [where, row, column] = error.field ?? [];
    if ((where === 'file' || where === 'csv') && row && /^\d+$/.test(row)) {
      const message = error.message.en.replace(/^Row \d+: /, '');
      return `  row ${row}${column ? `, column ${column}` : ''}: ${message} [${error.code}]`;
    }
    return `  ${error.message.en} [${error.code}]`;
  });
}

/** "1 unit", "2 units". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A command viewer lookup's refusal, told apart from a viewer (which always has `scopes`). */
export function isUserError(value: Viewer | Problem): value is Problem {
  return !('scopes' in value);
}

/** Writes to the process's streams; the progress bar only when stderr is a terminal. */
export function terminalIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress(label) {
      if (!process.stderr.isTTY) {
        process.stderr.write(`${label}…\n`);
        return { update: () => undefined, stop: () => undefined };
      }
      const bar = new SingleBar(
        {
          format: `${label} [{bar}] {percentage}% | {value}/{total} {stage}`,
          stream: process.stderr,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(1, 0, { stage: '' });
      return {
        update(done, total, stage) {
          bar.setTotal(Math.max(total, 1));
          bar.update(done, { stage: stage ?? '' });
        },
        stop: () => bar.stop(),
      };
    },
  };
}
