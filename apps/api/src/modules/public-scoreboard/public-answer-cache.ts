import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { errorBody } from '../../foundation/http/error-reply';
import { jsonBytes } from '../../foundation/http/json-bytes';
import type { Message } from '../../foundation/i18n/message';

/** A public route's answer, serialized once: its status, its JSON body and the body's entity tag. */
export interface PublicAnswer {
  status: 200 | 400 | 404;
  body: Buffer;
  etag: string;
  /** The body gzipped, made on the first request that accepts it and kept with the answer. */
  gzipped?: Buffer;
  /** An error's body with its message in Vietnamese, answered for `Accept-Language: vi` (`body` is English). */
  bodyVi?: Buffer;
}

/** The answer's body gzipped, compressed once however many requests it serves (≈ 8× smaller for a ranking). */
export function gzippedBody(answer: PublicAnswer): Buffer {
  answer.gzipped ??= gzipSync(answer.body);
  return answer.gzipped;
}

export function publicAnswer(status: PublicAnswer['status'], value: unknown): PublicAnswer {
  const body = jsonBytes(value);
  return { status, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** A refusal of a public route, in the API's error shape, its message in both languages. */
export function publicError(status: 400 | 404, code: 'BAD_USER_INPUT' | 'NOT_FOUND', message: Message): PublicAnswer {
  return {
    ...publicAnswer(status, errorBody(code, message.en)),
    bodyVi: Buffer.from(JSON.stringify(errorBody(code, message.vi))),
  };
}

interface Entry<T> {
  answer: Promise<T>;
  expiresAt: number;
}

/**
 * The public scoreboard's answers kept in this process, so that a crowd of anonymous visitors costs one computation
 * per page and period, not one each:
 *
 * - Concurrent requests for an answer not yet kept wait for one computation.
 * - Cleared whenever this process writes (every GraphQL mutation, the dossier upload): an unpublished page answers
 *   404 at once, a revised report shows on the next request. A computation begun before the write still answers its
 *   own waiters but is not kept.
 * - Another process's writes show after at most `ttlMs` (README, "Beyond one machine").
 * - At most `maxEntries` answers (the oldest go first): random addresses cannot fill the memory.
 */
export class PublicAnswerCache<T = PublicAnswer> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    readonly ttlMs = 10_000,
    private readonly maxEntries = 2_000,
    private readonly clock: () => number = Date.now,
  ) {}

  answer(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const kept = this.entries.get(key);
    if (kept && kept.expiresAt > now) return kept.answer;
    if (kept) this.entries.delete(key);
    const entry: Entry<T> = { answer: compute(), expiresAt: now + this.ttlMs };
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    // A failed computation is not kept: the next request tries again.
    entry.answer.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.answer;
  }

  /** Something was written: any answer kept may be out of date. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
