// The app's one window: hardened preferences, the application menu (app/menu.ts), shown once the
// first paint is ready, loading the bundle from app://bundle/index.html; opened where it was left
// when that still fits a display (app/windowBounds.ts).
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../security/appOrigin';
import { hardenedWebPreferences } from '../security/webPreferences';
import { MIN_SIZE, type WindowState } from './windowBounds';

export const WINDOW_TITLE = 'Asiakasrekisteri';

export function createMainWindow(options: { preload: string; devTools: boolean; state: WindowState | null }): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    ...(options.state ? options.state.bounds : { width: 1280, height: 800 }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(options.preload, { devTools: options.devTools }),
  });
  // The title stays the app's name whatever the page sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => {
    if (options.state?.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

export function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
