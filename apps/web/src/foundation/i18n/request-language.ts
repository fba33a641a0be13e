import { DEFAULT_LANG, toLang, type Lang } from './format';

/**
 * The UI's current language, for the server to answer its messages in (`Accept-Language`): the i18n instance keeps
 * `<html lang>` in step with it (createI18n), so requests made outside React (the Apollo link, downloads, uploads)
 * read it here. Codes never change with it; the screens still say most errors in their own words by code.
 */
export function requestLanguage(): Lang {
  return typeof document === 'undefined' ? DEFAULT_LANG : toLang(document.documentElement.lang);
}

/** The header naming the UI's language, for a fetch or an XHR to the API. */
export function languageHeader(): { 'Accept-Language': Lang } {
  return { 'Accept-Language': requestLanguage() };
}
