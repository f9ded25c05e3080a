// The desktop frame's pure parts: the application menu's template by language and role, the
// check that remembered window bounds still fit a display, the quit-during-backup decision, and
// the renderer's shortcut matching (the same keys the menu shows).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_KEYS, isAppCommand, NAV_SECTIONS } from '../../shared/api/commands';
import { menuTemplate, type MenuEntry } from '../../electron/app/menuTemplate';
import { fitSavedBounds, parseWindowState, readWindowState, writeWindowState } from '../../electron/app/windowBounds';
import { closeDecision, quitAnswer } from '../../electron/app/quitDecision';
import { shortcutCommand } from '../../renderer/src/app/shortcuts';

const commands = (entries: MenuEntry[]) => entries.flatMap((e) => ('command' in e ? [e] : []));
const all = (lang: 'fi' | 'en', role: 'staff' | 'manager' | null) => menuTemplate(lang, role).flatMap((m) => commands(m.submenu));

describe('application menu template', () => {
  it('has every section and the common actions in Finnish, with the keys the renderer handles', () => {
    const menu = menuTemplate('fi', 'manager');
    expect(menu.map((m) => m.label)).toEqual(['Tiedosto', 'Muokkaa', 'Siirry', 'Toiminnot', 'Ohje']);
    const items = all('fi', 'manager');
    for (const s of NAV_SECTIONS) expect(items.find((i) => i.command === `section:${s.section}`)?.accelerator).toBe(`Alt+${s.key}`);
    expect(items.find((i) => i.command === 'section:home')?.label).toBe('Etusivu');
    expect(items.find((i) => i.command === 'section:backup')?.label).toBe('Varmuuskopiot');
    for (const [action, keys] of Object.entries(ACTION_KEYS)) {
      if (action === 'backup') continue; // the File menu's Backups item carries it
      expect(items.find((i) => i.command === `action:${action}`)?.accelerator, action).toBe(keys);
    }
    expect(items.find((i) => i.command === 'action:lock')?.label).toBe('Lukitse');
    expect(items.every((i) => isAppCommand(i.command) && i.enabled)).toBe(true);
    // Text fields keep cut, copy and paste; quitting is the system's own.
    const roles = menu.flatMap((m) => m.submenu.flatMap((e) => ('role' in e ? [e.role] : [])));
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('is in English for an English window', () => {
    expect(menuTemplate('en', 'staff').map((m) => m.label)).toEqual(['File', 'Edit', 'Go', 'Actions', 'Help']);
    const items = all('en', 'staff');
    expect(items.find((i) => i.command === 'action:shortcuts')).toMatchObject({ label: 'Keyboard shortcuts', accelerator: 'F1' });
    expect(items.find((i) => i.command === 'section:customers')?.label).toBe('Customers');
  });

  it('leaves Administration out for staff, and disables the commands when nobody is logged in', () => {
    expect(all('fi', 'staff').some((i) => i.command === 'section:admin')).toBe(false);
    expect(all('fi', 'manager').some((i) => i.command === 'section:admin')).toBe(true);
    const none = all('fi', null);
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((i) => !i.enabled)).toBe(true);
  });
});

describe('remembered window bounds', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const second = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('keeps bounds that lie on a display', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: false };
    expect(fitSavedBounds(saved, [laptop])).toEqual(saved);
    const onSecond = { bounds: { x: 2100, y: 50, width: 1600, height: 1000 }, maximized: true };
    expect(fitSavedBounds(onSecond, [laptop, second])).toEqual(onSecond);
  });

  it('forgets a position on a display that is gone (the laptop undocked)', () => {
    expect(fitSavedBounds({ bounds: { x: 2100, y: 50, width: 1600, height: 1000 }, maximized: false }, [laptop])).toBeNull();
    expect(fitSavedBounds({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, [laptop])).toBeNull();
    expect(fitSavedBounds(null, [laptop])).toBeNull();
  });

  it('shrinks and moves a window larger than its display back onto it', () => {
    const fitted = fitSavedBounds({ bounds: { x: 1700, y: 10, width: 2400, height: 1300 }, maximized: false }, [second, laptop]);
    expect(fitted?.bounds).toEqual({ x: 1920, y: 10, width: 2400, height: 1300 });
    const small = fitSavedBounds({ bounds: { x: 50, y: 50, width: 3000, height: 2000 }, maximized: false }, [laptop]);
    expect(small?.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('reads only a well-formed file, and writes one it reads back', () => {
    expect(parseWindowState({ bounds: { x: 'a', y: 0, width: 1, height: 1 } })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'window-state-'));
    try {
      const file = join(dir, 'window-state.json');
      expect(readWindowState(file)).toBeNull();
      writeFileSync(file, '{not json');
      expect(readWindowState(file)).toBeNull();
      writeWindowState(file, { bounds: { x: 1, y: 2, width: 1300, height: 800 }, maximized: true });
      expect(readWindowState(file)).toEqual({ bounds: { x: 1, y: 2, width: 1300, height: 800 }, maximized: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quitting while a backup runs', () => {
  it('asks only while a backup runs and the user has not said to quit anyway', () => {
    expect(closeDecision({ backupRunning: false, confirmed: false })).toBe('close');
    expect(closeDecision({ backupRunning: true, confirmed: false })).toBe('ask');
    expect(closeDecision({ backupRunning: true, confirmed: true })).toBe('close');
  });

  it('stays unless "quit anyway" was pressed (Esc and the default are Wait)', () => {
    expect(quitAnswer(0)).toBe('stay');
    expect(quitAnswer(1)).toBe('quit');
    expect(quitAnswer(-1)).toBe('stay');
  });
});

describe('shortcut keys', () => {
  const key = (code: string, o: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
    code,
    key: code.replace(/^Key/, '').toLowerCase(),
    ctrlKey: !!o.ctrl,
    metaKey: false,
    shiftKey: !!o.shift,
    altKey: !!o.alt,
  });
  it('matches each action by its physical key', () => {
    expect(shortcutCommand(key('KeyF', { ctrl: true }))).toBe('action:search');
    expect(shortcutCommand(key('KeyN', { ctrl: true, shift: true }))).toBe('action:newCustomer');
    expect(shortcutCommand(key('KeyO', { ctrl: true, shift: true }))).toBe('action:newOrder');
    expect(shortcutCommand(key('KeyP', { ctrl: true }))).toBe('action:print');
    expect(shortcutCommand(key('KeyL', { ctrl: true }))).toBe('action:lock');
    expect(shortcutCommand(key('KeyB', { ctrl: true, shift: true }))).toBe('action:backup');
    expect(shortcutCommand(key('F1'))).toBe('action:shortcuts');
  });
  it('leaves text editing and AltGr alone', () => {
    for (const code of ['KeyC', 'KeyV', 'KeyX', 'KeyZ', 'KeyY', 'KeyA']) expect(shortcutCommand(key(code, { ctrl: true }))).toBeNull();
    expect(shortcutCommand(key('KeyF'))).toBeNull();
    expect(shortcutCommand(key('KeyN', { ctrl: true }))).toBeNull();
    expect(shortcutCommand(key('KeyL', { ctrl: true, alt: true }))).toBeNull(); // AltGr+L
  });
});
