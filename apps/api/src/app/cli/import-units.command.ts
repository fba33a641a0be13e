import type { DataSource } from 'typeorm';
import { UnitsImportService } from '../../modules/units/units-import.service';
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
import { readInputFile, spreadsheetSourceOf } from './read-input-file';

export const importUnitsCommand: CliCommand = {
  name: 'import-units',
  usage: `Usage: npm run import-units -- [options] FILE.csv|FILE.xlsx

Creates and updates units from a file with the columns code,name,levelKey,parentCode (the first sheet of an
XLSX). Rows are matched by code: new codes are created, known ones updated. The whole file is checked first;
one bad row refuses the whole file, and every bad row is listed with its number. Importing the same file again
changes nothing. Same rules as the web app's import.

Options:
  --as EMAIL          the admin the change is recorded under in the audit log (default: the system)
${DATABASE_USAGE}`,
  options: { as: { type: 'string' } },
  run: importUnits,
};

async function importUnits(args: ParsedArgs, dataSource: DataSource, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) {
    io.err('import-units: name one file to import. Run with --help to see the options.');
    return 2;
  }
  const viewer = await commandViewer(dataSource, args.values.as as string | undefined);
  if (isUserError(viewer)) {
    io.err(`import-units: ${viewer.message.en}`);
    return 2;
  }
  const progress = io.progress('Importing units');
  let outcome;
  try {
    progress.update(0, 2, 'reading');
    const file = await readInputFile(args.positionals[0]);
    progress.update(1, 2, 'checking and writing');
    outcome = await new UnitsImportService(dataSource).importFile(spreadsheetSourceOf(file), viewer);
    progress.update(2, 2, 'done');
  } finally {
    progress.stop();
  }
  if (!outcome.ok) {
    io.err(`import-units: nothing was imported; ${outcome.userErrors.length} problem(s):`);
    for (const line of describeErrors(outcome.userErrors)) io.err(line);
    return 1;
  }
  io.out(
    `Imported ${args.positionals[0]}: ${count(outcome.value.created, 'unit')} created, ${outcome.value.updated} updated.`,
  );
  return 0;
}
