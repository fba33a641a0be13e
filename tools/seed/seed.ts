// `npm run seed -- --help`: loads the Cà Mau demo into an empty database.
import 'reflect-metadata';
import { runCli } from '../../apps/api/src/app/cli/cli';
import { seedCommand } from '../../apps/api/src/app/cli/seed.command';

runCli(seedCommand, process.argv.slice(2)).then((code) => process.exit(code));
