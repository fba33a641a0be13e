// `npm run seed -- --help`: loads the Cà Mau demo into an empty database.
import 'reflect-metadata';
import { runCli } from '@thidua/api';
import { seedCommand } from '@thidua/api';

runCli(seedCommand, process.argv.slice(2)).then((code) => process.exit(code));
