// The hardening rules, applied together. Each rule is its own module naming the Electron
// security-checklist item it implements; this file only groups them for main.ts.
import type { Session, WebContents } from 'electron';
import { saveDownloadsThroughDialog } from './downloads';
import { limitNavigation } from './navigation';
import { denyNewWindows } from './newWindows';
import { denyAllPermissions } from './permissions';
import { cancelForeignRequests } from './requestFilter';
import { refuseWebviews } from './webviews';

/** For every webContents the app ever creates (app.on('web-contents-created')). */
export function hardenWebContents(contents: WebContents): void {
  limitNavigation(contents);
  denyNewWindows(contents);
  refuseWebviews(contents);
}

export function hardenSession(
  session: Session,
  options: { allowDevTools: boolean; downloadsFolder: () => string; join: (...parts: string[]) => string },
): void {
  denyAllPermissions(session);
  cancelForeignRequests(session, { allowDevTools: options.allowDevTools });
  saveDownloadsThroughDialog(session, options.downloadsFolder, options.join);
}

export { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
export { APP_ENTRY_URL, APP_SCHEME } from './appOrigin';
export { claimSingleInstance } from './singleInstance';
export { sandboxEveryRenderer } from './webPreferences';
