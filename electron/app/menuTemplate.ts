// The application menu as plain data, for a language and a role (null: nobody logged in, or the
// screen is locked): every section, the common actions with the keys the renderer handles, the
// edit commands text fields need, and the help. Pure, so it is unit-tested without Electron; main
// turns each `command` into a click that sends it to the window (menu.ts).
import { ACTION_KEYS, NAV_SECTIONS, type AppCommand } from '../../shared/api/commands';
import type { Language, Role } from '../../shared/api/fields';
import { deskEn } from '../../shared/i18n/desk.en';
import { deskFi } from '../../shared/i18n/desk.fi';
import { uiEn } from '../../shared/i18n/ui.en';
import { uiFi } from '../../shared/i18n/ui.fi';

export type EditRole = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit';

export type MenuEntry =
  | { type: 'separator' }
  | { label: string; command: AppCommand; accelerator?: string; enabled: boolean }
  | { label: string; role: EditRole; accelerator?: string };

export interface MenuSpec {
  label: string;
  submenu: MenuEntry[];
}

const SEPARATOR: MenuEntry = { type: 'separator' };

export function menuTemplate(lang: Language, role: Role | null): MenuSpec[] {
  const m = (lang === 'en' ? deskEn : deskFi).menu;
  const nav = (lang === 'en' ? uiEn : uiFi).nav as Record<string, string>;
  const loggedIn = role !== null;
  const action = (name: keyof typeof ACTION_KEYS | 'logout', label: string): MenuEntry => ({
    label,
    command: `action:${name}`,
    ...(name === 'logout' ? {} : { accelerator: ACTION_KEYS[name] }),
    enabled: loggedIn,
  });
  const sections: MenuEntry[] = NAV_SECTIONS.filter((s) => !s.managerOnly || role === 'manager').map((s) => ({
    label: nav[s.section] ?? s.section,
    command: `section:${s.section}`,
    accelerator: `Alt+${s.key}`,
    enabled: loggedIn,
  }));
  return [
    {
      label: m.file,
      submenu: [
        { label: m.backup, command: 'section:backup', accelerator: ACTION_KEYS.backup, enabled: loggedIn },
        SEPARATOR,
        action('lock', m.lock),
        action('logout', m.logout),
        SEPARATOR,
        { label: m.quit, role: 'quit' },
      ],
    },
    {
      label: m.edit,
      submenu: [
        { label: m.undo, role: 'undo' },
        { label: m.redo, role: 'redo' },
        SEPARATOR,
        { label: m.cut, role: 'cut' },
        { label: m.copy, role: 'copy' },
        { label: m.paste, role: 'paste' },
        { label: m.selectAll, role: 'selectAll' },
      ],
    },
    { label: m.go, submenu: sections },
    {
      label: m.actions,
      submenu: [action('search', m.search), action('newCustomer', m.newCustomer), action('newOrder', m.newOrder), SEPARATOR, action('print', m.print)],
    },
    { label: m.help, submenu: [action('shortcuts', m.shortcuts)] },
  ];
}
