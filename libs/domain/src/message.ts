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

/** The text of a message in `language`. */
export function inLanguage(message: Message, language: MessageLanguage): string {
  return message[language];
}
