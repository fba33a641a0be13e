import type { DataSource } from 'typeorm';
import { checkKeptFigures } from '../../modules/campaigns';
import { DATABASE_USAGE, type CliCommand, type CliIo, type ParsedArgs } from './cli';

export const verifyFiguresCommand: CliCommand = {
  name: 'verify-figures',
  usage: `Usage: npm run verify-figures -- [options]

Recomputes every campaign's kept ranking figures from its reports, in one read-only transaction, and compares
them with the kept rows: prints per campaign the rows checked and each difference (unit code, period, field,
kept and recomputed). Exits 1 on a difference, 0 otherwise. Pending migrations run first.

Options:
${DATABASE_USAGE}`,
  options: {},
  run: verifyFigures,
};

async function verifyFigures(args: ParsedArgs, dataSource: DataSource, io: CliIo): Promise<number> {
  if (args.positionals.length) {
    io.err(`verify-figures: unexpected argument "${args.positionals[0]}". Run with --help to see the options.`);
    return 2;
  }
  const checks = await checkKeptFigures(dataSource);
  let differences = 0;
  for (const check of checks) {
    differences += check.differences.length;
    const basis =
      check.basis === 'CURRENT'
        ? ''
        : check.basis === 'STALE'
          ? ' (kept for another schedule or indicators: its rankings read the reports)'
          : ' (no basis: its rankings read the reports)';
    io.out(
      `${check.campaignName} [${check.campaignId}]: ${check.rowsChecked} rows checked, ` +
        `${check.differences.length} difference(s)${basis}`,
    );
    for (const d of check.differences) {
      io.out(`  ${d.unitCode} period ${d.period} ${d.field}: kept ${show(d.kept)}, recomputed ${show(d.recomputed)}`);
    }
  }
  if (!checks.length) io.out('No campaign has kept figures.');
  return differences ? 1 : 0;
}

function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
