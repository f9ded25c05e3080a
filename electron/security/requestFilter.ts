// Electron security checklist: "Only load secure content" — taken to its end, because the app is
// offline by design: the page may load its own bundle (app://bundle/…), blobs and data: URLs it
// made itself (PDF downloads and previews), and nothing else. Every other request — http(s),
// ws(s), file:, ftp:, other hosts of app: — is cancelled before it leaves the process.
import type { Session } from 'electron';
import { isAppBlobUrl, isAppUrl } from './appOrigin';

export interface RequestFilterOptions {
  /** Development only: let the DevTools front-end load its own devtools:// pages. */
  allowDevTools?: boolean;
}

export function isAllowedRequest(url: string, options: RequestFilterOptions = {}): boolean {
  if (isAppUrl(url) || isAppBlobUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') return true;
  if (scheme === 'devtools:') return options.allowDevTools === true;
  return false;
}

export function cancelForeignRequests(session: Session, options: RequestFilterOptions = {}): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options) });
  });
}
