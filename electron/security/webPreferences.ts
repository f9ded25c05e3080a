// Electron security checklist: "Do not enable Node.js integration for remote content", "Enable
// Context Isolation", "Enable process sandboxing", "Do not disable webSecurity", "Do not enable
// allowRunningInsecureContent", "Do not enable experimental features", "Do not use
// enableBlinkFeatures", "Do not expose Electron APIs to untrusted web content".
// Every renderer is sandboxed (app.enableSandbox), and the one window gets exactly these
// preferences: its only bridge to the main process is the preload's window.register.
import type { App, WebPreferences } from 'electron';

export function sandboxEveryRenderer(app: App): void {
  // Must run before the app is ready; covers any webContents created later, not only ours.
  app.enableSandbox();
}

/** `preload` null: a window with no bridge at all (the print preview). */
export function hardenedWebPreferences(preload: string | null, options: { devTools: boolean }): WebPreferences {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A file dropped on the window must not navigate it to file://.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}
