// `npm run import-reports -- --help`: imports one period's figures for many units from a CSV or XLSX file.
import 'reflect-metadata';
import { runCli } from '../../apps/api/src/app/cli/cli';
import { importReportsCommand } from '../../apps/api/src/app/cli/import-reports.command';

runCli(importReportsCommand, process.argv.slice(2)).then((code) => process.exit(code));
