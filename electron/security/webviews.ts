// Electron security checklist: "Verify WebView options before creation" (and "Do not use
// allowpopups"). The app has no <webview>: webviewTag is off in its web preferences, and should
// one be attached anyway, the attach is refused here — so no guest page can choose its own
// preferences or preload.
import type { WebContents } from 'electron';

export function refuseWebviews(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
