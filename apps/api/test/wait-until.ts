/** Polls `condition` every 100 ms until it holds, or fails after `ms`: for work done by background jobs. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`condition not met in ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
