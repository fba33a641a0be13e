import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, SUPPORTED_LANGS, formatNumber, toLang, type Lang } from './format';
import { en } from './locales/en';
import { vi } from './locales/vi';

export const LANG_STORAGE_KEY = 'thidua.lang';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

export function readStoredLang(): Lang {
  try {
    return toLang(window.localStorage.getItem(LANG_STORAGE_KEY));
  } catch {
    return DEFAULT_LANG;
  }
}

function rememberLang(lang: Lang): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable (private mode); the switch still works for this visit.
  }
}

/** One i18next instance; Vietnamese unless the visitor chose otherwise. Tests make their own. */
export function createI18n(lang: Lang = readStoredLang()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: [...SUPPORTED_LANGS],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  // `{{n, number}}` uses the same formatter as the rest of the app, so 42839 reads 42.839 in Vietnamese.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, toLang(lng)) : String(value),
  );
  document.documentElement.lang = lang;
  instance.on('languageChanged', (lng: string) => rememberLang(toLang(lng)));
  return instance;
}
