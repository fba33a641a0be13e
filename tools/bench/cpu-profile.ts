import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * Runs `work` with this process's CPU sampled (every 200 µs), writes the profile to `file` (Chrome DevTools opens it)
 * and prints the functions that took the most of the samples by their own time.
 */
export async function profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  fs.writeFileSync(file, JSON.stringify(profile));
  const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const ownTime = new Map<string, number>();
  for (const id of samples) {
    const { functionName, url, lineNumber } = (nodes.get(id) as ProfileNode).callFrame;
    const where = url
      ? ` ${url.replace(/^.*\/node_modules\//, '').replace(`file://${process.cwd()}/`, '')}:${lineNumber + 1}`
      : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    ownTime.set(name, (ownTime.get(name) ?? 0) + 1);
  }
  console.log(
    `CPU profile of the server during that load: ${file}; own time by function, of ${samples.length} samples:`,
  );
  for (const [name, count] of [...ownTime].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${((100 * count) / samples.length).toFixed(1).replace('.', ',').padStart(5)} %  ${name}`);
  return result;
}
