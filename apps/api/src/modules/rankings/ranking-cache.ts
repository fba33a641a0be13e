import { jsonBytes } from '../../foundation/http/json-bytes';

/**
 * Answers of ranking-only queries kept for a few seconds in this process, so that the many readers of a ranking
 * (the board, the chairman's office, other apps polling it on a Friday afternoon) share one computation.
 *
 * - Kept per query text, variables and who asks (role, scopes, unit): an answer is only served to a viewer the
 *   resolvers would have answered alike.
 * - Cleared whenever this process writes (any GraphQL mutation, the dossier upload), before the writer gets its
 *   answer: whoever wrote reads what they wrote. A read that began before the write does not keep its answer.
 * - A kept answer is serialized once (see answerBytes), not for every request it serves.
 * - Another process's report writes (a second API process, `npm run import-reports`) clear it too, as soon as their
 *   notification arrives (server.ts hears them through the ChangesHub; on PostgreSQL, postgres-relay.ts); its other
 *   writes, and a notification lost, show after at most `ttlMs`: the one staleness this allows, bounded and
 *   documented (README, "Beyond one machine"). ttlMs 0 turns it off.
 */
export class RankingResponseCache {
  private readonly entries = new Map<string, Entry>();
  /** A kept answer's entry by its data, for answerBytes (Apollo hands the data back, not the key). */
  private readonly byData = new WeakMap<object, Entry>();
  /** Bytes of the JSON written for the entries kept. */
  private keptBytes = 0;
  private writes = 0;

  /**
   * `maxBytes` bounds the JSON kept in all (the answers' data, kept beside it, weigh more); an answer larger than a
   * quarter of it is sent, not kept — a country's 10.600-row ranking (≈ 8 MB) is computed for each asker.
   */
  constructor(
    readonly ttlMs: number,
    private readonly maxBytes = 32_000_000,
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
    this.drop(entry);
    return null;
  }

  keep(key: string, data: Record<string, unknown>, begun: number): void {
    if (this.ttlMs <= 0 || begun !== this.writes) return;
    const previous = this.entries.get(key);
    if (previous) this.drop(previous);
    const entry: Entry = { key, data, expiresAt: this.clock() + this.ttlMs, bytes: null };
    this.entries.set(key, entry);
    this.byData.set(data, entry);
  }

  /**
   * The HTTP body of an answer, as Apollo Server's `stringifyResult` writes it (JSON and a newline) but in UTF-8 bytes
   * (see jsonBytes): a kept answer's data is written once, when first sent, and each answer adds its own extensions
   * (its cost, the caller's budget) around it; any other answer is written as it comes.
   */
  answerBytes(result: { data?: Record<string, unknown> | null; errors?: unknown; extensions?: unknown }): Buffer {
    const entry = result.data && result.errors === undefined ? this.byData.get(result.data) : undefined;
    if (!entry) return jsonBytes(result, '\n');
    const answer = (data: Buffer) =>
      Buffer.concat([
        DATA_OPENING,
        data,
        result.extensions === undefined
          ? CLOSING
          : Buffer.from(`,"extensions":${JSON.stringify(result.extensions)}}\n`),
      ]);
    if (entry.bytes !== null) return answer(entry.bytes);
    const bytes = jsonBytes(entry.data);
    if (this.entries.get(entry.key) !== entry) return answer(bytes); // dropped or cleared meanwhile
    if (bytes.length > this.maxBytes / 4) {
      this.drop(entry);
      return answer(bytes);
    }
    entry.bytes = bytes;
    this.keptBytes += bytes.length;
    for (const oldest of this.entries.values()) {
      if (this.keptBytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return answer(bytes);
  }

  /** Something was written: any answer kept may be out of date. */
  clear(): void {
    this.writes++;
    this.entries.clear();
    this.keptBytes = 0;
  }

  /** How many answers are kept, and the bytes of those already written (for tests and the curious). */
  get size(): { answers: number; bytes: number } {
    return { answers: this.entries.size, bytes: this.keptBytes };
  }

  private drop(entry: Entry): void {
    if (this.entries.get(entry.key) !== entry) return;
    this.entries.delete(entry.key);
    this.keptBytes -= entry.bytes?.length ?? 0;
  }
}

interface Entry {
  key: string;
  data: Record<string, unknown>;
  expiresAt: number;
  bytes: Buffer | null;
}

const DATA_OPENING = Buffer.from('{"data":');
const CLOSING = Buffer.from('}\n');
