// `npm run import-units -- --help`: creates and updates units from a CSV or XLSX file.
import 'reflect-metadata';
import { runCli } from '@thidua/api';
import { importUnitsCommand } from '@thidua/api';

runCli(importUnitsCommand, process.argv.slice(2)).then((code) => process.exit(code));
