import fs from 'node:fs';
import { DEMO_DATA_ENV } from './app-server';

export default async function globalTeardown(): Promise<void> {
  const demoData = process.env[DEMO_DATA_ENV];
  if (demoData) fs.rmSync(demoData, { recursive: true, force: true });
}
