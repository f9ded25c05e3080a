// The window's size and position, remembered between runs in a small JSON file in userData. A
// saved position is used only if the window would still be on a display (a laptop undocked from
// its second screen must not open the app off-screen); the size is kept within the display.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const MIN_SIZE = { width: 1024, height: 700 };
/** At least this much of the title bar must lie on a display to be reachable with the mouse. */
const MIN_VISIBLE = { width: 200, height: 48 };

function isRect(v: unknown): v is Rect {
  const r = v as Record<string, unknown> | null;
  return !!r && ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

/** What a saved file holds, if it is a window state at all (anything else is ignored). */
export function parseWindowState(value: unknown): WindowState | null {
  const v = value as Record<string, unknown> | null;
  if (!v || !isRect(v.bounds)) return null;
  return { bounds: v.bounds, maximized: v.maximized === true };
}

/**
 * The bounds to open with: the saved ones if their title bar lies on one of the displays' work
 * areas, shrunk to fit that display; null (the default size, centred) otherwise.
 */
export function fitSavedBounds(saved: WindowState | null, workAreas: readonly Rect[]): WindowState | null {
  if (!saved) return null;
  const b = saved.bounds;
  const display = workAreas.find((a) => {
    const overlapW = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
    const titleTop = Math.max(b.y, a.y);
    const titleBottom = Math.min(b.y + MIN_VISIBLE.height, a.y + a.height);
    return overlapW >= MIN_VISIBLE.width && titleBottom - titleTop >= MIN_VISIBLE.height / 2 && b.y >= a.y - MIN_VISIBLE.height / 2;
  });
  if (!display) return null;
  const width = Math.max(Math.min(b.width, display.width), Math.min(MIN_SIZE.width, display.width));
  const height = Math.max(Math.min(b.height, display.height), Math.min(MIN_SIZE.height, display.height));
  const x = Math.min(Math.max(b.x, display.x), display.x + display.width - width);
  const y = Math.min(Math.max(b.y, display.y), display.y + display.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null; // none yet, or unreadable: the default size
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch {
    // only a convenience: the next start opens with the default size
  }
}
