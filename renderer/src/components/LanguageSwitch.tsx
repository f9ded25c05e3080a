import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/api/fields';
import { setLanguage } from '../i18n';

const LANGUAGES: Language[] = ['fi', 'en'];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="langswitch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="langswitch__button"
          aria-pressed={i18n.language === lang}
          data-testid={`language-${lang}`}
          onClick={() => setLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
