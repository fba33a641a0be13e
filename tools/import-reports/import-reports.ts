// `npm run import-reports -- --help`: imports one period's figures for many units from a CSV or XLSX file.
import 'reflect-metadata';
import { runCli } from '@thidua/api';
import { importReportsCommand } from '@thidua/api';

runCli(importReportsCommand, process.argv.slice(2)).then((code) => process.exit(code));
