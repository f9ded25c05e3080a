// The Electron main process: lifecycle and wiring only. Everything the app does is in core/
// (plain Node); every hardening rule is a module in security/; the window and the IPC bridge are
// in app/. No crash reporter is started (nothing is ever uploaded), and nothing here logs the
// parameters of a call.
import path from 'node:path';
import { app, dialog, ipcMain, protocol, screen, session, type BrowserWindow } from 'electron';
import { deskEn } from '../shared/i18n/desk.en';
import { deskFi } from '../shared/i18n/desk.fi';
import type { Language } from '../shared/api/fields';
import { PREVIEW_PARTITION, PREVIEW_SCHEME_PRIVILEGES } from './security/printPreview';
import { connectDocuments } from './app/documentBridge';
import { createCore, AppError, type Core } from './core';
import { errorsFi } from '../shared/i18n/errors.fi';
import { translator } from '../shared/i18n/translate';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  claimSingleInstance,
  createAppProtocolHandler,
  hardenSession,
  hardenWebContents,
  sandboxEveryRenderer,
} from './security';
import { chooseDataDir } from './app/dataFolder';
import { connectCoreToWindow } from './app/ipcBridge';
import { bringToFront, createMainWindow, WINDOW_TITLE } from './app/mainWindow';
import { applicationMenu } from './app/menu';
import { closeDecision, quitAnswer } from './app/quitDecision';
import { fitSavedBounds, readWindowState, writeWindowState } from './app/windowBounds';

const IDLE_SWEEP_MS = 15_000;

// Errors nobody caught (in main, or in the core running here) go to the support log under a
// reference number, and the user gets a calm message quoting it instead of Electron's raw stack
// dialog. The message is Finnish, as the start-up errors are: main does not know the user yet.
process.on('uncaughtException', (err) => unexpected('main', err));
process.on('unhandledRejection', (reason) => unexpected('core', reason));

let calmDialogShown = false;
function unexpected(origin: 'main' | 'core', err: unknown): void {
  const reference = core?.reportUnexpected(origin, err) ?? null;
  console.error(`Asiakasrekisteri: unexpected error${reference ? `, reference ${reference}` : ''}`);
  // One dialog per run: a fault that repeats must not bury the window under dialogs.
  if (calmDialogShown || !app.isReady()) return;
  calmDialogShown = true;
  const t = translator('fi');
  dialog.showErrorBox(WINDOW_TITLE, reference ? t('support.mainCrash', { reference }) : t('support.calmNoReference'));
}

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let disconnect: (() => void) | null = null;
let sweepTimer: ReturnType<typeof setInterval> | null = null;
/** The window's language, as its last call said (the quit question is asked in it). */
let windowLanguage: Language = 'fi';
/** The user answered "quit anyway" while a backup was running. */
let quitConfirmed = false;

// --- Before ready: these must happen first. ---
// Native date fields follow Chromium's locale: Finnish (24.11.2026) whatever language Windows is in;
// the app's own texts switch between Finnish and English through i18n.
app.commandLine.appendSwitch('lang', 'fi-FI');
sandboxEveryRenderer(app);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES, PREVIEW_SCHEME_PRIVILEGES]);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!claimSingleInstance(app, () => bringToFront(mainWindow))) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('fi.konttorimix.asiakasrekisteri');
  // Quit from the menu (or the OS) comes here before the window's 'close': the same question first,
  // or the register would be closed under a running backup.
  app.on('before-quit', (event) => {
    if (mainWindow && closeDecision({ backupRunning: core?.backupRunning() ?? false, confirmed: quitConfirmed }) === 'ask') {
      event.preventDefault();
      void askQuitDuringBackup(mainWindow);
      return;
    }
    shutdown();
  });
  app.on('window-all-closed', () => {
    shutdown();
    app.quit();
  });
  void app.whenReady().then(start);
}

function start(): void {
  const dataDir = chooseDataDir(process.argv, process.env, path.join(app.getPath('userData'), 'register'));
  try {
    core = createCore({ dataDir, appVersion: app.getVersion() });
  } catch (err) {
    dialog.showErrorBox(WINDOW_TITLE, openFailureText(err, dataDir));
    app.exit(1);
    return;
  }

  hardenSession(session.defaultSession, {
    allowDevTools: !app.isPackaged,
    downloadsFolder: () => app.getPath('downloads'),
    join: path.join,
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: path.join(__dirname, '../renderer') }));

  const updateMenu = applicationMenu(() => mainWindow);
  updateMenu('fi', null);
  const disconnectCore = connectCoreToWindow(core, ipcMain, () => mainWindow, (lang, role) => {
    windowLanguage = lang;
    updateMenu(lang, role);
  });
  const disconnectDocuments = connectDocuments({
    ipcMain,
    getWindow: () => mainWindow,
    previewSession: session.fromPartition(PREVIEW_PARTITION),
    downloadsFolder: () => app.getPath('downloads'),
  });
  disconnect = () => {
    disconnectCore();
    disconnectDocuments();
  };
  // Idle screens lock even when the page says nothing.
  sweepTimer = setInterval(sweepIdleSessions, IDLE_SWEEP_MS);

  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = fitSavedBounds(readWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const win = createMainWindow({ preload: path.join(__dirname, 'preload.cjs'), devTools: !app.isPackaged, state: saved });
  mainWindow = win;
  win.on('close', (event) => {
    if (closeDecision({ backupRunning: core?.backupRunning() ?? false, confirmed: quitConfirmed }) === 'ask') {
      event.preventDefault();
      void askQuitDuringBackup(win);
      return;
    }
    writeWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    mainWindow = null;
  });
}

/** A backup is being written: quit only if the user says so (Wait is the default and Esc). */
async function askQuitDuringBackup(win: BrowserWindow): Promise<void> {
  const q = (windowLanguage === 'en' ? deskEn : deskFi).quit;
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    title: q.title,
    message: q.message,
    detail: q.detail,
    buttons: [q.wait, q.quit],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (quitAnswer(response) === 'quit' && !win.isDestroyed()) {
    quitConfirmed = true;
    win.close();
  }
}

function sweepIdleSessions(): void {
  try {
    core?.sweepIdle();
  } catch (err) {
    console.error('Asiakasrekisteri: the idle-lock sweep failed:', err instanceof Error ? err.message : String(err));
  }
}

function openFailureText(err: unknown, dataDir: string): string {
  if (err instanceof AppError && err.key === 'registerInUse') {
    const holder = String(err.params.holder ?? '');
    return `${errorsFi.registerInUse.replace('{{holder}}', holder)}\n\nKäynnistä Asiakasrekisteri sitten uudelleen.`;
  }
  console.error('Asiakasrekisteri: the data folder could not be opened:', err instanceof Error ? err.message : String(err));
  return `Rekisteriä ei voitu avata kansiosta\n${dataDir}\n\n${err instanceof Error ? err.message : String(err)}`;
}

/** Closes the register once, whichever quit path comes first. */
function shutdown(): void {
  if (sweepTimer) clearInterval(sweepTimer);
  sweepTimer = null;
  disconnect?.();
  disconnect = null;
  const closing = core;
  core = null;
  try {
    closing?.close();
  } catch (err) {
    console.error('Asiakasrekisteri: closing the register failed:', err instanceof Error ? err.message : String(err));
  }
}
