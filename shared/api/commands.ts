// Commands the app's menu (Electron) and the keyboard shortcuts (renderer) give the window. One
// list both sides import; the preload forwards only a name from it (isAppCommand).
export const SECTION_COMMANDS = ['home', 'customers', 'orders', 'invoices', 'privacy', 'marketing', 'admin', 'products', 'reports', 'backup'] as const;
export type SectionCommand = (typeof SECTION_COMMANDS)[number];

/** The main menu's sections in order, with the Alt digit of each (the renderer's sidebar and the
 * Electron menu both read this). 'backup' is reached from the status bar and the File menu. */
export const NAV_SECTIONS: readonly { section: Exclude<SectionCommand, 'backup'>; key: string; managerOnly?: boolean }[] = [
  { section: 'home', key: '1' },
  { section: 'customers', key: '2' },
  { section: 'orders', key: '3' },
  { section: 'invoices', key: '4' },
  { section: 'privacy', key: '5' },
  { section: 'marketing', key: '6' },
  { section: 'admin', key: '7', managerOnly: true },
  { section: 'products', key: '8' },
  // The bookkeeper's figures are the manager's: the core allows reports.* to managers only.
  { section: 'reports', key: '9', managerOnly: true },
];

export const ACTION_COMMANDS = ['search', 'newCustomer', 'newOrder', 'print', 'lock', 'backup', 'shortcuts', 'logout'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

export type AppCommand = `section:${SectionCommand}` | `action:${ActionCommand}`;

export const APP_COMMANDS: readonly AppCommand[] = [...SECTION_COMMANDS.map((s) => `section:${s}` as const), ...ACTION_COMMANDS.map((a) => `action:${a}` as const)];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

/** The keys of each action, as Electron's accelerators write them (the renderer matches the same
 * keys itself; the menu only shows them). Chosen not to clash with text editing: no Ctrl+A/C/V/X/
 * Z/Y, no Ctrl+arrows, and no Ctrl+Alt (AltGr on a Finnish keyboard types @, €, { and }). */
export const ACTION_KEYS: Record<Exclude<ActionCommand, 'logout'>, string> = {
  search: 'CmdOrCtrl+F',
  newCustomer: 'CmdOrCtrl+Shift+N',
  newOrder: 'CmdOrCtrl+Shift+O',
  print: 'CmdOrCtrl+P',
  lock: 'CmdOrCtrl+L',
  backup: 'CmdOrCtrl+Shift+B',
  shortcuts: 'F1',
};
