// `npm run verify-figures -- --help`: compares the ranking's kept figures with the reports they are computed from.
import 'reflect-metadata';
import { runCli, verifyFiguresCommand } from '@thidua/api';

runCli(verifyFiguresCommand, process.argv.slice(2)).then((code) => process.exit(code));
