import { dataSourcesEn } from './dataSources.en';
import { dataSourcesFi } from './dataSources.fi';
import { documentActionsEn } from './documentActions.en';
import { documentActionsFi } from './documentActions.fi';
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
import { supportEn } from './support.en';
import { supportFi } from './support.fi';
import { homeEn } from './home.en';
import { homeFi } from './home.fi';
import { deskEn } from './desk.en';
import { deskFi } from './desk.fi';
import { reportsUiEn } from './reports.en';
import { reportsUiFi } from './reports.fi';

/** All texts, by language and namespace-less key path: t('errors.required'), t('login.title'). */
export const resources = {
  fi: { translation: { errors: errorsFi, documents: documentsFi, privacy: privacyTextsFi, privacyLetters: privacyLettersFi, dataSources: dataSourcesFi, payments: paymentsUiFi, support: supportFi, documentActions: documentActionsFi, reports: reportsUiFi, ...uiFi, home: homeFi, desk: deskFi } },
  en: { translation: { errors: errorsEn, documents: documentsEn, privacy: privacyTextsEn, privacyLetters: privacyLettersEn, dataSources: dataSourcesEn, payments: paymentsUiEn, support: supportEn, documentActions: documentActionsEn, reports: reportsUiEn, ...uiEn, home: homeEn, desk: deskEn } },
} as const;
