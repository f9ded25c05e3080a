// Save / Print / Open for every document the app makes (issue #19 §1): the one place the page
// hands a PDF to the bridge. Electron's main process shows a print preview of its own and the
// system print dialog, saves through the system dialog and opens only a file it saved itself; the
// browser harness opens the PDF in a new tab. The page never sees or gives a path: a saved file
// comes back as a token that only the bridge can turn into a file again.
//
// `memoryOnly` marks letters the register must not keep (the erasure certificate, letters naming
// an erased person): Print leaves no file behind, and the UI says so once it has printed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintOutcome, SavedDocument } from '../../../shared/api/bridge';
import { errorMessage } from '../forms/serverErrors';
import type { FilePayload } from './Download';

export interface DocumentActionsProps {
  /** The document already in memory (a certificate or a letter the core returned) … */
  file?: FilePayload;
  /** … or how to ask the core for it (asked again on each click: the core may record each issue). */
  fetchFile?: () => Promise<FilePayload>;
  /** The Save button's text when a plainer "Save" would say less ("Save the certificate"). */
  saveLabel?: string;
  printLabel?: string;
  /** Save keeps this test id (so older specs still find it); Print and Open add -print / -open. */
  testId: string;
  memoryOnly?: boolean;
  size?: 'small' | 'large';
  /** Print first (a primary button): for documents whose point is the paper. */
  printFirst?: boolean;
  /** Told after a save or a print went through (e.g. "the certificate has been taken care of"). */
  onDone?: (action: 'save' | 'print') => void;
  disabled?: boolean;
}

/** Thrown by a fetchFile that stopped on purpose (a form whose own errors are already shown):
 * the kit then says nothing more. */
export class DocumentCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

type Note = { kind: 'saved'; saved: SavedDocument } | { kind: 'printed'; outcome: PrintOutcome } | null;

/** True in the Electron app; the harness's stand-in has no native dialogs (its pickers answer null). */
const inElectron = () => typeof navigator !== 'undefined' && /\bElectron\//.test(navigator.userAgent);

export function DocumentActions({ file, fetchFile, saveLabel, printLabel, testId, memoryOnly, size, printFirst, onDone, disabled }: DocumentActionsProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const [busy, setBusy] = useState<'save' | 'print' | 'open' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);

  const getFile = async (): Promise<FilePayload> => {
    if (file) return file;
    if (!fetchFile) throw new Error('DocumentActions needs a file or fetchFile');
    return fetchFile();
  };

  const run = async (action: 'save' | 'print') => {
    setBusy(action);
    setError(null);
    try {
      const doc = await getFile();
      const payload = { filename: doc.filename, base64: doc.base64 };
      if (action === 'save') {
        const saved = await window.register.saveDocument(payload);
        if (saved) {
          setNote({ kind: 'saved', saved });
          onDone?.('save');
        }
      } else {
        const outcome = await window.register.printDocument(payload);
        if (outcome === 'shown') {
          setNote({ kind: 'printed', outcome });
          onDone?.('print');
        } else setError(t(outcome === 'blocked' ? 'documentActions.blocked' : 'documentActions.refused'));
      }
    } catch (err) {
      if (!(err instanceof DocumentCancelled)) setError(errorMessage(err, t));
    } finally {
      setBusy(null);
    }
  };

  const open = async (token: string) => {
    setBusy('open');
    setError(null);
    try {
      if (!(await window.register.openSavedDocument(token))) setError(t('documentActions.openFailed'));
    } finally {
      setBusy(null);
    }
  };

  const sizeClass = size === 'small' ? ' btn--small' : size === 'large' ? ' btn--large' : '';
  const saveClass = `btn ${printFirst ? 'btn--secondary' : 'btn--primary'} btn--download${sizeClass}`;
  const printClass = `btn ${printFirst ? 'btn--primary' : 'btn--secondary'} btn--print${sizeClass}`;
  const off = disabled || busy !== null;

  const saveButton = (
    <button key="save" type="button" className={saveClass} disabled={off} onClick={() => void run('save')} data-testid={testId}>
      {busy === 'save' ? t('documentActions.preparing') : (saveLabel ?? t('documentActions.save'))}
    </button>
  );
  const printButton = (
    <button key="print" type="button" className={printClass} disabled={off} onClick={() => void run('print')} data-testid={`${testId}-print`} data-print>
      {busy === 'print' ? t('documentActions.preparing') : (printLabel ?? t('documentActions.print'))}
    </button>
  );

  return (
    <span className="document-actions" data-testid={`${testId}-actions`}>
      <span className="document-actions__buttons" aria-describedby={note ? noteId : undefined}>
        {printFirst ? [printButton, saveButton] : [saveButton, printButton]}
        {note?.kind === 'saved' ? (
          <button type="button" className={`btn btn--secondary${sizeClass}`} disabled={off} onClick={() => void open(note.saved.token)} data-testid={`${testId}-open`}>
            {t('documentActions.open')}
          </button>
        ) : null}
      </span>
      <span id={noteId} role="status" className="document-actions__note muted small" data-testid={`${testId}-note`}>
        {note?.kind === 'saved' ? t('documentActions.saved', { name: note.saved.name }) : null}
        {note?.kind === 'printed' ? (memoryOnly ? t('documentActions.nothingKept') : t(inElectron() ? 'documentActions.printShown' : 'documentActions.printShownHarness')) : null}
      </span>
      {error ? (
        <span role="alert" className="document-actions__error" data-testid={`${testId}-error`}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
