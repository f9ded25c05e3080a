// react-i18next over the shared resources. Finnish by default; the choice is kept in
// localStorage (only the language code: nothing personal) and told to the core, so its error
// messages come back in the same language.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/api/fields';
import { resources } from '../../shared/i18n/resources';

const STORAGE_KEY = 'asiakasrekisteri.language';

function savedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fi';
  } catch {
    return 'fi';
  }
}

function apply(lang: Language) {
  window.register.setLanguage(lang);
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name');
}

const initial = savedLanguage();
void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: 'fi',
  supportedLngs: ['fi', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
apply(initial);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fi';
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage unavailable: the choice lasts until the window closes
  }
  void i18n.changeLanguage(lang).then(() => apply(lang));
  window.register.setLanguage(lang);
}

export default i18n;
