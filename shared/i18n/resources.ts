import { dataSourcesEn } from './dataSources.en';
import { dataSourcesFi } from './dataSources.fi';
import { documentsEn } from './documents.en';
import { documentsFi } from './documents.fi';
import { privacyLettersEn } from './privacyLetters.en';
import { privacyLettersFi } from './privacyLetters.fi';
import { privacyTextsEn } from './privacyTexts.en';
import { privacyTextsFi } from './privacyTexts.fi';
import { errorsEn } from './errors.en';
import { errorsFi } from './errors.fi';
import { uiEn } from './ui.en';
import { paymentsUiEn } from './payments.en';
import { paymentsUiFi } from './payments.fi';
import { uiFi } from './ui.fi';
import { reportsUiEn } from './reports.en';
import { reportsUiFi } from './reports.fi';

/** All texts, by language and namespace-less key path: t('errors.required'), t('login.title'). */
export const resources = {
  fi: { translation: { errors: errorsFi, documents: documentsFi, privacy: privacyTextsFi, privacyLetters: privacyLettersFi, dataSources: dataSourcesFi, payments: paymentsUiFi, reports: reportsUiFi, ...uiFi } },
  en: { translation: { errors: errorsEn, documents: documentsEn, privacy: privacyTextsEn, privacyLetters: privacyLettersEn, dataSources: dataSourcesEn, payments: paymentsUiEn, reports: reportsUiEn, ...uiEn } },
} as const;
