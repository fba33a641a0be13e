/** The languages the product writes its messages in. */
export type MessageLanguage = 'en' | 'vi';

/**
 * A sentence for people, in both languages, made where the failure is found with its details (numbers, codes,
 * names) in each. The edge that answers picks the caller's language (the API: `Accept-Language`); codes never change.
 */
export interface Message {
  readonly en: string;
  readonly vi: string;
}

/** A Message: English first, then Vietnamese (same details in both). */
export function msg(en: string, vi: string): Message {
  return { en, vi };
}

/** Messages said one after another, in each language. */
export function joinMessages(parts: readonly Message[], separator = ' '): Message {
  return { en: parts.map((part) => part.en).join(separator), vi: parts.map((part) => part.vi).join(separator) };
}
