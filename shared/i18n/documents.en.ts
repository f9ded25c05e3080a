import { finvoiceDocumentsEn } from './finvoice.en';
import { invoicingDocumentsEn, letterEn } from './invoicing.en';
import type { documentsFi } from './documents.fi';

// Texts of printed documents, English.
export const documentsEn: typeof documentsFi = {
  letter: letterEn,
  invoicing: invoicingDocumentsEn,
  finvoice: finvoiceDocumentsEn,
  labels: { title: 'Mailing labels' },
  files: { labels: 'mailing-labels', recoverySheet: 'recovery-code', privacyLog: 'privacy-log', portability: 'personal-data' },
  recoverySheet: {
    title: 'Register recovery code',
    intro: 'This code opens the register if every user’s password is lost. It is shown only once.',
    register: 'Register',
    controller: 'Controller',
    createdAt: 'Created',
    code: 'Recovery code',
    keep: 'Keep this sheet in the locked fireproof safe. Never store the code on a computer, in email or on a phone.',
    who: 'Only the register’s responsible person may use the code. Every use is logged.',
    storedBy: 'Stored by (name, date, signature)',
  },
};
