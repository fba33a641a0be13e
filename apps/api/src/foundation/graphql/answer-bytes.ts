import type express from 'express';

/**
 * Carries GraphQL answers written as UTF-8 bytes (see jsonBytes) from Apollo Server's `stringifyResult`, which must
 * return a string, to the HTTP response: `hold` keeps the bytes and returns a short reference, which `send` (before
 * Apollo's Express middleware) swaps for the bytes as the body is sent. A reference starts with NUL, which no JSON
 * text does, and is taken once.
 */
export class AnswerBytes {
  private readonly held = new Map<string, Buffer>();
  private next = 0;

  /** `most` bounds the answers held at once: one is held only between its writing and its sending. */
  constructor(private readonly most = 10_000) {}

  hold(bytes: Buffer): string {
    const reference = `${REFERENCE}${this.next++}`;
    this.held.set(reference, bytes);
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.most) break;
      this.held.delete(oldest); // never sent (a failure between writing and sending): not kept for ever
    }
    return reference;
  }

  /** The bytes a reference stands for (once), or the body itself when it is not one held here. */
  take(body: string): Buffer | string {
    if (!body.startsWith(REFERENCE)) return body;
    const bytes = this.held.get(body);
    if (!bytes) return body;
    this.held.delete(body);
    return bytes;
  }

  /** How many answers are held now (for tests). */
  get size(): number {
    return this.held.size;
  }

  /** Middleware: this response's `send` sends the bytes of a held reference instead of the reference. */
  readonly send: express.RequestHandler = (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = ((body?: unknown) =>
      send(typeof body === 'string' ? this.take(body) : body)) as express.Response['send'];
    next();
  };
}

const REFERENCE = '\u0000answer-bytes:';
