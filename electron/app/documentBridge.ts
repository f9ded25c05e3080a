// Save / Print / Open for the app's documents (issue #19 §1), the main process's half.
// Save: the system's save dialog, then main writes the bytes itself and remembers the path.
// Print: a preview window of our own (security/printPreview.ts) showing the PDF from memory, and
// the system print dialog over it. Open: the system PDF viewer, for a file main saved — the page
// sends a token, never a path (savedDocuments.ts).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { BrowserWindow, dialog, shell, type IpcMain, type Session } from 'electron';
import type { PrintOutcome, SavedDocument } from '../../shared/api/bridge';
import type { Language } from '../../shared/api/fields';
import { safeDownloadName } from '../security/downloads';
import { isTrustedSender, senderFacts } from '../security/ipcSender';
import { denyAllPermissions } from '../security/permissions';
import {
  createPreviewProtocolHandler,
  isAllowedPreviewRequest,
  PREVIEW_SCHEME,
  PreviewStore,
  previewUrl,
  previewWindowOptions,
} from '../security/printPreview';
import { DOCUMENT_CHANNEL, parseDocumentRequest } from './channels';
import { openSavedDocument, SavedDocuments } from './savedDocuments';

/** The two texts main shows itself (window title, save dialog), in the page's language. */
const TEXTS = {
  fi: { preview: 'Asiakasrekisteri – tulostuksen esikatselu', save: 'Tallenna asiakirja' },
  en: { preview: 'Asiakasrekisteri – print preview', save: 'Save the document' },
} as const;

/** How long the viewer gets, after its page has loaded, to lay out the PDF before print(). */
const PRINT_SETTLE_MS = 400;

export interface DocumentBridgeOptions {
  ipcMain: IpcMain;
  getWindow: () => BrowserWindow | null;
  previewSession: Session;
  downloadsFolder: () => string;
}

/** The preview's own session: its documents, the PDF viewer, and nothing else; no downloads. */
export function hardenPreviewSession(session: Session, store: PreviewStore): void {
  denyAllPermissions(session);
  session.protocol.handle(PREVIEW_SCHEME, createPreviewProtocolHandler(store));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPreviewRequest(details.url) }));
  // The viewer's own download button would write the letter to disk: Save is in the main window.
  session.on('will-download', (event) => event.preventDefault());
}

export function connectDocuments(options: DocumentBridgeOptions): () => void {
  const store = new PreviewStore();
  const saved = new SavedDocuments();
  hardenPreviewSession(options.previewSession, store);

  const liveWindow = () => {
    const win = options.getWindow();
    return win && !win.isDestroyed() ? win : null;
  };

  const save = async (win: BrowserWindow, filename: string, bytes: Uint8Array, lang: Language): Promise<SavedDocument | null> => {
    const suggested = safeDownloadName(filename.toLowerCase().endsWith('.pdf') ? filename : `${filename}.pdf`);
    const result = await dialog.showSaveDialog(win, {
      title: TEXTS[lang].save,
      defaultPath: nodePath.join(options.downloadsFolder(), suggested),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || !result.filePath) return null;
    const file = result.filePath.toLowerCase().endsWith('.pdf') ? result.filePath : `${result.filePath}.pdf`;
    await writeFile(file, bytes);
    return { token: saved.remember(file), name: nodePath.basename(file) };
  };

  const print = (win: BrowserWindow, bytes: Uint8Array, lang: Language): PrintOutcome => {
    const id = store.put(bytes);
    const preview = new BrowserWindow({ ...previewWindowOptions(TEXTS[lang].preview), parent: win });
    preview.removeMenu();
    preview.on('page-title-updated', (event) => event.preventDefault());
    preview.on('closed', () => store.drop(id));
    preview.once('ready-to-show', () => preview.show());
    preview.webContents.once('did-finish-load', () => {
      setTimeout(() => {
        if (preview.isDestroyed()) return;
        preview.show();
        // One system print dialog; if the user cancels it, the viewer's print button is still there.
        preview.webContents.print({ silent: false, printBackground: true }, (ok, reason) => {
          if (!ok && reason !== 'Print job canceled' && reason !== 'cancelled') console.warn('print preview: printing failed:', reason);
        });
      }, PRINT_SETTLE_MS);
    });
    void preview.loadURL(previewUrl(id));
    return 'shown';
  };

  const open = (token: string): Promise<boolean> => openSavedDocument(saved, token, (file) => shell.openPath(file), existsSync);

  options.ipcMain.handle(DOCUMENT_CHANNEL, async (event, payload: unknown) => {
    const win = liveWindow();
    if (!win || !isTrustedSender(senderFacts(event), win.webContents.id)) throw new Error('refused');
    const request = parseDocumentRequest(payload);
    switch (request.action) {
      case 'save':
        return save(win, request.filename, request.bytes, request.lang);
      case 'print':
        return print(win, request.bytes, request.lang);
      case 'open':
        return open(request.token);
      default:
        return request.action === 'refused' ? 'refused' : null;
    }
  });

  return () => options.ipcMain.removeHandler(DOCUMENT_CHANNEL);
}
