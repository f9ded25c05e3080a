// Electron security checklist: "Disable or limit navigation".
// The window shows the app's own bundle and nothing else: the top frame may only go to an
// app://bundle/ URL; a subframe may also show a blob: the app itself created, or a frame of the
// built-in PDF viewer (in the print preview window, whose top frame main loads itself).
// Everything else — links, drag-and-dropped files, redirects, script-set location — is refused.
// The app never hands a refused URL to shell.openExternal (checklist: "Do not use
// shell.openExternal with untrusted content"): it is simply dropped.
import type { WebContents } from 'electron';
import { isAppBlobUrl, isAppUrl } from './appOrigin';
import { PDF_VIEWER_ORIGIN } from './printPreview';

/** A frame of Chromium's built-in PDF viewer (the print preview's only content besides the PDF). */
function isPdfViewerFrame(url: string): boolean {
  return url.startsWith(`${PDF_VIEWER_ORIGIN}/`);
}

export function isAllowedNavigation(url: string, isMainFrame: boolean): boolean {
  return isAppUrl(url) || (!isMainFrame && (isAppBlobUrl(url) || isPdfViewerFrame(url)));
}

export function limitNavigation(contents: WebContents): void {
  // 'will-frame-navigate' covers the top frame and subframes; 'will-navigate' is kept as well in
  // case a future Electron changes which of the two fires first.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, true)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
}
