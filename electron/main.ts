// The Electron main process: lifecycle and wiring only. Everything the app does is in core/
// (plain Node); every hardening rule is a module in security/; the window and the IPC bridge are
// in app/. No crash reporter is started (nothing is ever uploaded), and nothing here logs the
// parameters of a call.
import path from 'node:path';
import { app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import { PREVIEW_PARTITION, PREVIEW_SCHEME_PRIVILEGES } from './security/printPreview';
import { connectDocuments } from './app/documentBridge';
import { createCore, AppError, type Core } from './core';
import { errorsFi } from '../shared/i18n/errors.fi';
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

const IDLE_SWEEP_MS = 15_000;

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let disconnect: (() => void) | null = null;
let sweepTimer: ReturnType<typeof setInterval> | null = null;

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
  app.on('before-quit', shutdown);
  app.on('window-all-closed', () => {
    shutdown();
    app.quit();
  });
  void app.whenReady().then(start);
}

function start(): void {
  const dataDir = chooseDataDir(process.argv, process.env, path.join(app.getPath('userData'), 'register'));
  try {
    core = createCore({ dataDir });
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

  const disconnectCore = connectCoreToWindow(core, ipcMain, () => mainWindow);
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

  mainWindow = createMainWindow({ preload: path.join(__dirname, 'preload.cjs'), devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
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
