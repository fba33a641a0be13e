// `npm run import-units -- --help`: creates and updates units from a CSV or XLSX file.
import 'reflect-metadata';
import { runCli } from '../../apps/api/src/app/cli/cli';
import { importUnitsCommand } from '../../apps/api/src/app/cli/import-units.command';

runCli(importUnitsCommand, process.argv.slice(2)).then((code) => process.exit(code));
