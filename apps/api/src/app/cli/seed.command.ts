import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, loadDemo, type DemoContent } from '../demo/demo-seed';
import { DEMO_REPORTS_SEED } from '../demo/demo-reports';
import { DATABASE_USAGE, type CliCommand, type CliIo, type ParsedArgs } from './cli';

export const seedCommand: CliCommand = {
  name: 'seed',
  usage: `Usage: npm run seed -- [options]

Loads the Cà Mau demo into an empty database: its 130 units, the demo users, the 2023 campaign with both
target sets and the demo rules, and (unless --content setup) eleven weeks of reports and two reviews.
The same --seed always gives the same reports. Pending migrations run first.

Options:
  --content full|setup  full: with reports and reviews (default); setup: units, users and campaign only
  --seed N              the report generator's seed (default ${DEMO_REPORTS_SEED})
${DATABASE_USAGE}`,
  options: { content: { type: 'string' }, seed: { type: 'string' } },
  run: seed,
};

async function seed(args: ParsedArgs, dataSource: DataSource, io: CliIo): Promise<number> {
  const content = (args.values.content as string | undefined) ?? 'full';
  if (content !== 'full' && content !== 'setup') {
    io.err(`seed: --content must be full or setup (got "${content}").`);
    return 2;
  }
  const seedText = (args.values.seed as string | undefined) ?? String(DEMO_REPORTS_SEED);
  if (!/^\d{1,9}$/.test(seedText)) {
    io.err(`seed: --seed must be a whole number (got "${seedText}").`);
    return 2;
  }
  if (args.positionals.length) {
    io.err(`seed: unexpected argument "${args.positionals[0]}". Run with --help to see the options.`);
    return 2;
  }
  if (!(await isDatabaseEmpty(dataSource))) {
    io.err(
      'seed: the database already holds units, levels or users; the demo is only loaded into an empty database. Use another --data-dir or database.',
    );
    return 1;
  }
  const started = Date.now();
  const progress = io.progress('Loading the Cà Mau demo');
  try {
    await loadDemo(dataSource, content as DemoContent, {
      seed: Number(seedText),
      onProgress: (done, total, stage) => progress.update(done, total, stage),
    });
  } finally {
    progress.stop();
  }
  const [counts] = await dataSource.query(
    `SELECT (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM reviews)::int AS reviews`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(
    `Loaded the Cà Mau demo in ${seconds} s: ${counts.units} units, ${DEMO_USERS.length} users, 1 campaign, ${counts.reports} reports, ${counts.reviews} reviews.`,
  );
  io.out(
    `Demo sign-ins (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((user) => `${user.email} (${user.role})`).join(', ')}`,
  );
  return 0;
}
