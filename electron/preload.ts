// The preload: the page's only way out of its sandbox. It exposes `window.register` — call,
// setLanguage, onEvent, the pickers and the document actions, nothing else; no ipcRenderer, no Electron object, no Node — through
// contextBridge (Electron security checklist: "Do not expose Electron APIs to untrusted web
// content"). Being sandboxed it may only require 'electron'; everything else it uses is bundled,
// and the shared types vanish at build time.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DocumentFile, PrintOutcome, RegisterBridge, RegisterEvent, SavedDocument } from '../shared/api/bridge';
import type { Envelope } from '../shared/api/envelope';
import type { Language } from '../shared/api/fields';
import { isAppCommand } from '../shared/api/commands';
import { CALL_CHANNEL, DOCUMENT_CHANNEL, EVENT_CHANNEL, PICK_CHANNEL } from './app/channels';

let language: Language = 'fi';

const bridge = {
  call(method: string, params: unknown): Promise<Envelope<unknown>> {
    return ipcRenderer.invoke(CALL_CHANNEL, { method: String(method), params: params ?? {}, lang: language }) as Promise<Envelope<unknown>>;
  },
  setLanguage(lang: Language): void {
    language = lang === 'en' ? 'en' : 'fi';
  },
  onEvent(listener: (event: RegisterEvent) => void): () => void {
    // The IpcRendererEvent (which holds a sender object) never reaches the page: only the payload.
    const forward = (_event: IpcRendererEvent, registerEvent: RegisterEvent) => {
      // A menu command reaches the page only as one of the app's own command names.
      if (registerEvent?.type === 'command' && !isAppCommand(registerEvent.command)) return;
      listener(registerEvent);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  pickFolder(defaultPath?: string): Promise<string | null> {
    return ipcRenderer.invoke(PICK_CHANNEL, { kind: 'folder', defaultPath }) as Promise<string | null>;
  },
  pickBackupFile(defaultPath?: string): Promise<string | null> {
    return ipcRenderer.invoke(PICK_CHANNEL, { kind: 'backup-file', defaultPath }) as Promise<string | null>;
  },
  // Documents: only the file's name and bytes go to main; a saved file comes back as a token.
  saveDocument(file: DocumentFile): Promise<SavedDocument | null> {
    return ipcRenderer.invoke(DOCUMENT_CHANNEL, { action: 'save', filename: String(file.filename), base64: String(file.base64), lang: language }) as Promise<SavedDocument | null>;
  },
  printDocument(file: DocumentFile): Promise<PrintOutcome> {
    return ipcRenderer.invoke(DOCUMENT_CHANNEL, { action: 'print', filename: String(file.filename), base64: String(file.base64), lang: language }) as Promise<PrintOutcome>;
  },
  openSavedDocument(token: string): Promise<boolean> {
    return ipcRenderer.invoke(DOCUMENT_CHANNEL, { action: 'open', token: String(token) }) as Promise<boolean>;
  },
} satisfies RegisterBridge;

contextBridge.exposeInMainWorld('register', bridge);
