import type { Envelope } from './envelope';
import type { Language } from './fields';
import type { AppCommand } from './commands';

/** The steps of a backup, a verify or a restore that can take long on a big register. */
export type BackupPhase = 'snapshot' | 'write' | 'readBack' | 'check';

/** Events the main process pushes to the window. */
export type RegisterEvent =
  | { type: 'locked' }
  | { type: 'logged-out' }
  | { type: 'data-changed'; what: string }
  /** `total` 0: a step without a measure (the snapshot, the database check). */
  | { type: 'backup-progress'; phase: BackupPhase; done: number; total: number }
  /** A command from the application menu (Electron); the preload forwards only known names. */
  | { type: 'command'; command: AppCommand };

/**
 * What the page gets as `window.register` — from Electron's preload, or from the browser
 * harness's stand-in. Both are declared `satisfies RegisterBridge` so they cannot drift apart.
 */
export interface RegisterBridge {
  call(method: string, params: unknown): Promise<Envelope<unknown>>;
  /** The language error messages should come back in. */
  setLanguage(language: Language): void;
  onEvent(listener: (event: RegisterEvent) => void): () => void;
  /** The OS folder picker (Electron: a native dialog). Null when cancelled or when there is no
   * native picker (the browser harness): the UI then lets the path be typed. */
  pickFolder(defaultPath?: string): Promise<string | null>;
  /** The OS file picker for a backup file; null as above. */
  pickBackupFile(defaultPath?: string): Promise<string | null>;
  /** Saves a document the app made (Electron: the system's save dialog, written by main). Null
   * when cancelled. The token names the saved file for openSavedDocument; the page never learns
   * or gives a path. */
  saveDocument(file: DocumentFile): Promise<SavedDocument | null>;
  /** Shows the document in a print preview of its own and opens the system print dialog
   * (Electron), or opens it in a new tab (harness). Kept in memory only: no file is written. */
  printDocument(file: DocumentFile): Promise<PrintOutcome>;
  /** Opens a file saveDocument saved in this session with the system's PDF viewer (Electron), or
   * in a new tab (harness). False for any token main did not give out. */
  openSavedDocument(token: string): Promise<boolean>;
}

/** A document as the core hands it back: { filename, base64 } of a PDF. */
export interface DocumentFile {
  filename: string;
  base64: string;
}

export interface SavedDocument {
  /** Opaque: only main (or the harness's stand-in) can turn it back into the file. */
  token: string;
  /** The file's name (no folder) to show the user. */
  name: string;
}

/** 'shown': the preview (and its print dialog) or the tab is open; 'blocked': the browser refused
 * the new tab; 'refused': not a PDF, or too large. */
export type PrintOutcome = 'shown' | 'blocked' | 'refused';
