import { documentsEn } from './documents.en';
import { documentsFi } from './documents.fi';
import { errorsEn } from './errors.en';
import { errorsFi } from './errors.fi';
import { uiEn } from './ui.en';
import { uiFi } from './ui.fi';

/** All texts, by language and namespace-less key path: t('errors.required'), t('login.title'). */
export const resources = {
  fi: { translation: { errors: errorsFi, documents: documentsFi, ...uiFi } },
  en: { translation: { errors: errorsEn, documents: documentsEn, ...uiEn } },
} as const;
