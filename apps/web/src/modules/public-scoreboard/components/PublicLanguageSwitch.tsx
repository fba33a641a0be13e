import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGS, toLang } from '../../../foundation/i18n/format';

/** Tiếng Việt / English, Vietnamese first; the choice is remembered in this browser like the app's. */
export function PublicLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="public-language">
      <label htmlFor={id} className="visually-hidden">
        {t('publicScoreboard.language')}
      </label>
      <select id={id} value={toLang(i18n.language)} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {SUPPORTED_LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
