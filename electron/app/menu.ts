// The application menu: built from menuTemplate (pure data) for the window's language and the
// logged-in role, rebuilt when either changes. A menu item's click sends its command to the
// window on the one event channel; the preload passes on only the app's own command names.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language, Role } from '../../shared/api/fields';
import { EVENT_CHANNEL } from './channels';
import { menuTemplate, type MenuEntry } from './menuTemplate';

function toElectron(entry: MenuEntry, getWindow: () => BrowserWindow | null): MenuItemConstructorOptions {
  if ('type' in entry) return { type: 'separator' };
  if ('role' in entry) return { label: entry.label, role: entry.role };
  return {
    label: entry.label,
    enabled: entry.enabled,
    ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
    // The renderer handles these keys itself (they work in the browser harness too); the menu only
    // shows them, so a key press does not run the command twice.
    registerAccelerator: false,
    click: () => {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, { type: 'command', command: entry.command });
    },
  };
}

/** Returns an update(lang, role) that rebuilds the menu only when something changed. */
export function applicationMenu(getWindow: () => BrowserWindow | null): (lang: Language, role: Role | null) => void {
  let shown = '';
  return (lang, role) => {
    const key = `${lang}/${role ?? '-'}`;
    if (key === shown) return;
    shown = key;
    const template = menuTemplate(lang, role).map((m) => ({ label: m.label, submenu: m.submenu.map((e) => toElectron(e, getWindow)) }));
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
}
