// The harness's half of Save / Print / Open (issue #19 §1). A browser has no print preview window
// of ours and no system PDF viewer to hand a file to, so Print and Open show the PDF in a new tab
// (a blob: URL — kept in the page's memory, never written anywhere by us) where the browser's own
// viewer prints it; Save is the browser's download.
import type { DocumentFile, PrintOutcome, SavedDocument } from '../../shared/api/bridge';
import { downloadBlob } from '../../renderer/src/components/blobDownload';

/** Blob URLs live this long after their tab opened, so the viewer (and a test) can still read them. */
const KEEP_URL_MS = 10 * 60_000;

function pdfBlob(file: DocumentFile): Blob | null {
  let binary: string;
  try {
    binary = atob(file.base64);
  } catch {
    return null;
  }
  if (!binary.startsWith('%PDF-')) return null;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}

function openInTab(blob: Blob): PrintOutcome {
  const url = URL.createObjectURL(blob);
  const tab = window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
  return tab ? 'shown' : 'blocked';
}

/** What this page "saved": the tokens Open accepts, and nothing else. */
const saved = new Map<string, Blob>();

export function saveDocument(file: DocumentFile): Promise<SavedDocument | null> {
  const blob = pdfBlob(file);
  if (!blob) return Promise.resolve(null);
  downloadBlob(blob, file.filename);
  const token = crypto.randomUUID();
  saved.set(token, blob);
  return Promise.resolve({ token, name: file.filename });
}

export function printDocument(file: DocumentFile): Promise<PrintOutcome> {
  const blob = pdfBlob(file);
  return Promise.resolve(blob ? openInTab(blob) : 'refused');
}

export function openSavedDocument(token: string): Promise<boolean> {
  const blob = typeof token === 'string' ? saved.get(token) : undefined;
  return Promise.resolve(blob ? openInTab(blob) === 'shown' : false);
}
