// Downloads (the app's own PDFs) — related to the Electron security checklist item "Do not use
// shell.openExternal with untrusted content": a download is only ever *saved*, through the
// system's save dialog, under a cleaned-up file name; it is never opened, never executed, and no
// shell API is called with it. Only blobs and data: URLs made by the app's own page may be
// downloaded at all; any other download is cancelled.
import type { Session } from 'electron';
import { isAppBlobUrl } from './appOrigin';

export function isAllowedDownload(url: string): boolean {
  return isAppBlobUrl(url) || url.slice(0, 5).toLowerCase() === 'data:';
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A file name safe to suggest on Windows: no folders, no reserved names, not empty. */
export function safeDownloadName(name: string, fallback = 'asiakirja.pdf'): string {
  let cleaned = Array.from(name.normalize('NFC'))
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/[. ]+$/, '')
    .trim();
  if (cleaned.length > 150) cleaned = cleaned.slice(cleaned.length - 150);
  if (!cleaned || /^[._]+$/.test(cleaned) || WINDOWS_RESERVED.test(cleaned)) return fallback;
  return cleaned;
}

export function saveDownloadsThroughDialog(session: Session, downloadsFolder: () => string, join: (...parts: string[]) => string): void {
  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    // No setSavePath: Electron then asks the user where to save, starting from this suggestion.
    item.setSaveDialogOptions({
      title: 'Tallenna tiedosto',
      defaultPath: join(downloadsFolder(), safeDownloadName(item.getFilename())),
    });
  });
}
