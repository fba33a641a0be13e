import type { Request, Response } from 'express';
import { joinMessages, msg, type Message, type MessageLanguage } from '@thidua/domain';

export { joinMessages, msg, type Message };

/**
 * The language of a request's messages: `vi` or `en` as its `Accept-Language` prefers (negotiated by Express, q values
 * included); English when the header is absent or names neither. Codes, fields and data never change with it.
 */
export type Language = MessageLanguage;

export const LANGUAGES: readonly Language[] = ['en', 'vi'];

/** The language `req` asks for (English first: it is the default when both are equally acceptable or none is). */
export function languageOf(req: Request): Language {
  if (!req.get('accept-language')) return 'en';
  const chosen = req.acceptsLanguages(...LANGUAGES);
  return chosen === 'vi' ? 'vi' : 'en';
}

/**
 * The language an `Accept-Language` header asks for, outside Express (a WebSocket's upgrade request): the same choice
 * as `languageOf` — the highest q, then the header's order, English on a tie or when neither is named.
 */
export function languageOfHeader(header: string | undefined): Language {
  let best: { language: Language; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    for (const language of LANGUAGES) {
      if (tag !== '*' && tag !== language && !tag.startsWith(`${language}-`)) continue;
      if (!best || q > best.q) best = { language, q };
    }
  }
  return (best as { language: Language } | null)?.language ?? 'en';
}

/** Marks an answer whose messages follow `Accept-Language`, for caches. */
export function varyByLanguage(res: Response): void {
  res.vary('Accept-Language');
}

/** The text of `message` in `language`. */
export function localize(message: Message, language: Language): string {
  return message[language];
}

const VIETNAMESE_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number as Vietnamese writes it, thousands grouped with dots and a decimal comma: 50000 → "50.000". */
export function numberVi(value: number): string {
  return VIETNAMESE_NUMBER.format(value);
}
