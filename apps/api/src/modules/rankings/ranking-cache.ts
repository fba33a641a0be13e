/**
 * Answers of ranking-only queries kept for a few seconds in this process, so that the many readers of a ranking
 * (the board, the chairman's office, other apps polling it on a Friday afternoon) share one computation.
 *
 * - Kept per query text, variables and who asks (role, scopes, unit): an answer is only served to a viewer the
 *   resolvers would have answered alike.
 * - Cleared whenever this process writes (any GraphQL mutation, the dossier upload), before the writer gets its
 *   answer: whoever wrote reads what they wrote. A read that began before the write does not keep its answer.
 * - A kept answer is serialized once (see answerJson), not for every request it serves.
 * - Another process's writes (a second API process, `npm run import-reports`) show after at most `ttlMs`: the one
 *   staleness this allows, bounded and documented (README, "Beyond one machine"). ttlMs 0 turns it off.
 */
export class RankingResponseCache {
  private readonly entries = new Map<string, { data: Record<string, unknown>; expiresAt: number }>();
  private writes = 0;
  /** Kept answers → their JSON, written the first time one is sent. */
  private readonly json = new WeakMap<object, string | null>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 500,
    private readonly clock: () => number = Date.now,
  ) {}

  /** What a read remembers as it starts: its answer is kept only if nothing was written in the meantime. */
  begin(): number {
    return this.writes;
  }

  get(key: string): Record<string, unknown> | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt > this.clock()) return entry.data;
    this.entries.delete(key);
    return null;
  }

  keep(key: string, data: Record<string, unknown>, begun: number): void {
    if (this.ttlMs <= 0 || begun !== this.writes) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { data, expiresAt: this.clock() + this.ttlMs });
    this.json.set(data, null);
  }

  /**
   * The HTTP body of an answer, as Apollo Server's `stringifyResult` writes it (JSON and a newline): a kept answer's
   * JSON is written once; any other answer is written as usual.
   */
  answerJson(result: { data?: Record<string, unknown> | null; errors?: unknown; extensions?: unknown }): string {
    const data = result.data;
    if (!data || result.errors !== undefined || result.extensions !== undefined || !this.json.has(data)) return `${JSON.stringify(result)}\n`;
    let json = this.json.get(data);
    if (!json) this.json.set(data, (json = `${JSON.stringify({ data })}\n`));
    return json;
  }

  /** Something was written: any answer kept may be out of date. */
  clear(): void {
    this.writes++;
    this.entries.clear();
  }
}
