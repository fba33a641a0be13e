import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Refusal } from '../errors/refusal';
import { localize, numberVi, type Language, type Message } from '../i18n/message';
import type { Context } from './context';

const MESSAGES = new WeakMap<object, Message>();

/** Gives an error its message in both languages (its own `message` being the English one); returns the error. */
export function withMessage<E extends Error>(error: E, message: Message): E {
  MESSAGES.set(error, message);
  return error;
}

/** The Message an error carries (a Refusal's, one given by `withMessage`), looking through the errors wrapping it. */
export function messageOf(error: unknown): Message | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    if (current instanceof Refusal) return current.text;
    const given = MESSAGES.get(current);
    if (given) return given;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** The refusals of the libraries that check a request before it runs (graphql-armor, graphql's parser). */
const LIBRARY_MESSAGES: readonly (readonly [RegExp, (limit: number, found: number) => string])[] = [
  [
    /Query depth limit of (\d+) exceeded, found (\d+)\./,
    (n, found) => `Truy vấn lồng sâu ${found} cấp, vượt quá giới hạn ${n} cấp.`,
  ],
  [
    /Aliases limit of (\d+) exceeded, found (\d+)\./,
    (n, found) => `Truy vấn dùng ${found} bí danh (alias), vượt quá giới hạn ${n}.`,
  ],
  [
    /Directives limit of (\d+) exceeded, found (\d+)\./,
    (n, found) => `Truy vấn dùng ${found} chỉ thị (directive), vượt quá giới hạn ${n}.`,
  ],
  [
    /Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\./,
    (n) => `Lỗi cú pháp: truy vấn có hơn ${numberVi(n)} token; đã dừng phân tích.`,
  ],
];

const BILINGUAL = Symbol('the message in both languages');
type BilingualError = GraphQLFormattedError & { [BILINGUAL]?: Message };

/**
 * Keeps beside a formatted error (under a symbol: never serialized) its message in both languages, for
 * `localizedErrors` to answer the caller's: the Message its error carries (`Refusal`, `withMessage`) — inside the
 * text graphql-js may have wrapped around it — or a known library refusal's. Other messages stay as they are.
 */
export function bilingual(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const given = messageOf(error);
  let vi: string | null = null;
  if (given) vi = formatted.message.includes(given.en) ? formatted.message.replace(given.en, given.vi) : given.vi;
  else {
    for (const [pattern, translate] of LIBRARY_MESSAGES) {
      const match = pattern.exec(formatted.message);
      if (match) {
        vi = formatted.message.replace(match[0], translate(Number(match[1]), Number(match[2])));
        break;
      }
    }
  }
  if (vi === null) return formatted;
  const result: BilingualError = { ...formatted, [BILINGUAL]: { en: formatted.message, vi } };
  return result;
}

/**
 * Answers every GraphQL error's message in the request's language (`Context.language`, from `Accept-Language`),
 * once, as the response is sent: errors of the request (limits, validation) as of its fields. English is the default.
 */
export const localizedErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const language = contextValue.language ?? 'en';
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          inLanguage(error, language),
        );
      },
    };
  },
};

/** A formatted error (see `bilingual`) with its message in `language`, when it has one in both. */
export function inLanguage(error: GraphQLFormattedError, language: Language): GraphQLFormattedError {
  const message = (error as BilingualError)[BILINGUAL];
  return message ? { ...error, message: localize(message, language) } : error;
}
