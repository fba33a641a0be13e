import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGS, toLang } from '../../foundation/i18n/format';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language-switch" className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id="language-switch"
        value={toLang(i18n.language)}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {SUPPORTED_LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
