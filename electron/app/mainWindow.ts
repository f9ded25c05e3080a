// The app's one window: hardened preferences, no menu bar, shown once the first paint is ready,
// loading the bundle from app://bundle/index.html.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../security/appOrigin';
import { hardenedWebPreferences } from '../security/webPreferences';

export const WINDOW_TITLE = 'Asiakasrekisteri';

export function createMainWindow(options: { preload: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(options.preload, { devTools: options.devTools }),
  });
  win.removeMenu();
  // The title stays the app's name whatever the page sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

export function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
