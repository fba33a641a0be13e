import { DEMO_DATA_ENV, prepareDemoData } from './app-server';

/** Loads the demo once for the whole run; the suites that need it start on a copy (workers inherit the variable). */
export default async function globalSetup(): Promise<void> {
  process.env[DEMO_DATA_ENV] = await prepareDemoData();
}
