// The main process's half of window.register: one invoke channel into the core, one event
// channel out of it. The client id the core keys sessions by is the window's webContents id.
// Parameters are never logged: they carry passwords and personal data.
import { dialog, type BrowserWindow, type IpcMain } from 'electron';
import { BACKUP_EXTENSION } from '../../shared/api/backup';
import type { Core } from '../core';
import type { Language, Role } from '../../shared/api/fields';
import { isTrustedSender, senderFacts } from '../security/ipcSender';
import { CALL_CHANNEL, EVENT_CHANNEL, PICK_CHANNEL, parseCallRequest, parsePickRequest } from './channels';

export function connectCoreToWindow(
  core: Core,
  ipcMain: IpcMain,
  getWindow: () => BrowserWindow | null,
  /** After each call: the window's language and its session's role (the menu follows them). */
  onCallDone: (lang: Language, role: Role | null) => void = () => undefined,
): () => void {
  const liveWindow = () => {
    const win = getWindow();
    return win && !win.isDestroyed() && !win.webContents.isDestroyed() ? win : null;
  };

  ipcMain.handle(CALL_CHANNEL, (event, payload: unknown) => {
    const trustedId = liveWindow()?.webContents.id ?? null;
    if (!isTrustedSender(senderFacts(event), trustedId)) {
      console.warn('register: refused an IPC call from an untrusted sender');
      throw new Error('refused');
    }
    const { method, params, lang } = parseCallRequest(payload);
    const clientId = String(event.sender.id);
    return core.call(clientId, lang, method, params).finally(() => onCallDone(lang, core.sessionRole(clientId)));
  });

  // Native pickers for the backup folder (the USB stick) and a backup file: the renderer cannot
  // browse the disk itself. Only the chosen path comes back.
  ipcMain.handle(PICK_CHANNEL, async (event, payload: unknown) => {
    const win = liveWindow();
    if (!win || !isTrustedSender(senderFacts(event), win.webContents.id)) throw new Error('refused');
    const { kind, defaultPath } = parsePickRequest(payload);
    const result = await dialog.showOpenDialog(win, {
      ...(defaultPath ? { defaultPath } : {}),
      properties: kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
      ...(kind === 'backup-file' ? { filters: [{ name: 'Asiakasrekisteri', extensions: [BACKUP_EXTENSION] }] } : {}),
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  const stopEvents = core.onEvent((clientId, registerEvent) => {
    const contents = liveWindow()?.webContents;
    if (contents && String(contents.id) === clientId) contents.send(EVENT_CHANNEL, registerEvent);
  });

  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    ipcMain.removeHandler(PICK_CHANNEL);
    stopEvents();
  };
}
