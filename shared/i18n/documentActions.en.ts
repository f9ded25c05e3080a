// Save / Print / Open beside every document the app makes (issue #19 §1), English.
import type { documentActionsFi } from './documentActions.fi';

export const documentActionsEn: Record<keyof typeof documentActionsFi, string> = {
  save: 'Save',
  print: 'Print',
  open: 'Open',
  preparing: 'Preparing…',
  saved: 'Saved: {{name}}',
  printShown: 'The print preview was opened.',
  printShownHarness: 'The document was opened in a new tab for printing.',
  blocked: 'The browser blocked the new tab. Allow pop-ups for this page, or save the document.',
  refused: 'The document could not be shown for printing. Save it and print the saved file.',
  openFailed: 'The file could not be opened. It may have been moved or deleted; save the document again.',
  nothingKept: 'Printed from memory: no file of this document was left on this computer and the register kept no copy.',
  memoryOnlyHint: 'The register does not keep this document. Print it, or save it yourself somewhere safe.',
  actionsLabel: 'Document actions: {{name}}',
};
