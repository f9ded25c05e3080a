// The app's keyboard shortcuts, matched from a keydown: one pure function the Shell and the tests
// share. The keys are the ones the Electron menu shows (shared/api/commands.ts ACTION_KEYS).
import { ACTION_KEYS, type AppCommand } from '../../../shared/api/commands';

type Keys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

interface Accelerator {
  ctrl: boolean;
  shift: boolean;
  code: string;
}

/** 'CmdOrCtrl+Shift+N' -> Ctrl, Shift and the physical key N ('KeyN'), so the layout does not matter. */
function parse(accelerator: string): Accelerator {
  const parts = accelerator.split('+');
  const key = parts.at(-1)!;
  return { ctrl: parts.includes('CmdOrCtrl'), shift: parts.includes('Shift'), code: /^[A-Z]$/.test(key) ? `Key${key}` : key };
}

const BINDINGS = Object.entries(ACTION_KEYS).map(([action, accelerator]) => ({ command: `action:${action}` as AppCommand, ...parse(accelerator) }));

export function shortcutCommand(e: Keys): AppCommand | null {
  if (e.altKey) return null; // Alt+digit is the sections' (Shell); Ctrl+Alt is AltGr
  const ctrl = e.ctrlKey || e.metaKey;
  for (const b of BINDINGS) {
    if (b.ctrl === ctrl && b.shift === e.shiftKey && (e.code === b.code || e.key === b.code)) return b.command;
  }
  return null;
}

/** An accelerator as the overlay shows it: Ctrl + Shift + N (Finnish keyboards say Ctrl too). */
export function keysText(accelerator: string): string[] {
  return accelerator.split('+').map((k) => (k === 'CmdOrCtrl' ? 'Ctrl' : k));
}
