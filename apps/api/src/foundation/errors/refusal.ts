import type { Message } from '../i18n/message';

/**
 * Why a request is refused as a whole, rather than answered with a mutation's userErrors: an argument outside the
 * contract, an object the caller may not touch. Services throw `Refusal`; the edges map it once each — GraphQL answers
 * the code itself as `extensions.code` (the codes are chosen to be GraphQL's usual ones; graphql/format-error.ts),
 * plain HTTP routes answer a status and the same `{ errors: [{ message, extensions: { code } }] }`
 * (http/http-route.ts).
 */
export type RefusalCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND';

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly text: Message,
    /** Which rule refused, when a client tells them apart (e.g. BAD_FORMAT): answered as `extensions.reason`. */
    readonly reason?: string,
  ) {
    super(text.en);
    this.name = 'Refusal';
  }
}

export const badInput = (message: Message): Refusal => new Refusal('BAD_USER_INPUT', message);
export const forbidden = (message: Message): Refusal => new Refusal('FORBIDDEN', message);

/** The HTTP status of each refusal; the compiler checks that every code has one. */
export function httpStatusOf(code: RefusalCode): 400 | 403 | 404 {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
  }
}
