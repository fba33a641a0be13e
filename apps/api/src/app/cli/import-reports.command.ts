import type { DataSource } from 'typeorm';
import { isId } from '../../foundation/database/errors';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { ReportsImportService } from '../../modules/reports/reports-import.service';
import {
  commandViewer,
  count,
  DATABASE_USAGE,
  describeErrors,
  isUserError,
  type CliCommand,
  type CliIo,
  type ParsedArgs,
} from './cli';
import { readInputFile } from './read-input-file';

export const importReportsCommand: CliCommand = {
  name: 'import-reports',
  usage: `Usage: npm run import-reports -- --period N [options] FILE.csv|FILE.xlsx

Imports one period's figures for many units from a file with the columns
unitCode,indicatorCode,numerator,denominator (the first sheet of an XLSX). The whole file is checked first:
it is written whole in one transaction, or refused whole with every bad row listed by number and column.
A report already sent is revised; importing the same file again changes nothing. Same rules as the web app.

Options:
  --period N          the period the figures are for (required)
  --campaign ID       the campaign (may be left out when there is only one)
  --submitted-at ISO  back-fills history: the submission time of every report, e.g. 2023-03-03T08:00:00Z
  --as EMAIL          the admin the reports are recorded under (default: the system)
${DATABASE_USAGE}`,
  options: {
    period: { type: 'string' },
    campaign: { type: 'string' },
    'submitted-at': { type: 'string' },
    as: { type: 'string' },
  },
  run: importReports,
};

async function importReports(args: ParsedArgs, dataSource: DataSource, io: CliIo): Promise<number> {
  const usageError = (message: string) => {
    io.err(`import-reports: ${message} Run with --help to see the options.`);
    return 2;
  };
  if (args.positionals.length !== 1) return usageError('name one file to import.');
  const periodText = args.values.period as string | undefined;
  if (!periodText || !/^\d{1,4}$/.test(periodText))
    return usageError('--period must be a period number, e.g. --period 5.');
  const submittedText = args.values['submitted-at'] as string | undefined;
  const submittedAt = submittedText ? new Date(submittedText) : null;
  if (submittedAt && Number.isNaN(submittedAt.getTime()))
    return usageError(`--submitted-at must be an ISO instant (got "${submittedText}").`);
  const campaignId = await resolveCampaign(dataSource, args.values.campaign as string | undefined);
  if (typeof campaignId !== 'string') return usageError(campaignId.problem);
  const viewer = await commandViewer(dataSource, args.values.as as string | undefined);
  if (isUserError(viewer)) return usageError(viewer.message.en);

  const progress = io.progress('Importing reports');
  let outcome;
  try {
    progress.update(0, 2, 'reading');
    const file = await readInputFile(args.positionals[0]);
    progress.update(1, 2, 'checking and writing');
    outcome = await new ReportsImportService(dataSource).import(
      { campaignId, period: Number(periodText), ...file, submittedAt },
      viewer,
      new Date(),
    );
    progress.update(2, 2, 'done');
  } finally {
    progress.stop();
  }
  if (!outcome.ok) {
    io.err(`import-reports: nothing was imported; ${outcome.userErrors.length} problem(s):`);
    for (const line of describeErrors(outcome.userErrors)) io.err(line);
    return 1;
  }
  const { created, revised, unchanged } = outcome.value;
  io.out(
    `Imported period ${periodText} from ${args.positionals[0]}: ${count(created, 'report')} created, ${revised} revised, ${unchanged} unchanged.`,
  );
  return 0;
}

async function resolveCampaign(
  dataSource: DataSource,
  given: string | undefined,
): Promise<string | { problem: string }> {
  if (given)
    return isId(given) && (await dataSource.getRepository(CampaignEntity).existsBy({ id: given }))
      ? given
      : { problem: `there is no campaign ${given}.` };
  const campaigns = await dataSource.getRepository(CampaignEntity).find({ order: { createdAt: 'DESC' }, take: 10 });
  if (campaigns.length === 1) return campaigns[0].id;
  if (!campaigns.length) return { problem: 'there is no campaign yet.' };
  return {
    problem: `there are several campaigns; choose one with --campaign:\n${campaigns.map((c) => `  ${c.id}  ${c.name}`).join('\n')}`,
  };
}
