// Single-instance lock (ARCHITECTURE.md, "Electron hardening"): one process owns the register.
// A second start does not open a second window onto the same encrypted files: it hands over to
// the first instance, which brings its window to the front, and the second one quits.
import type { App } from 'electron';

/** Returns false when another instance holds the lock (the caller must then quit at once). */
export function claimSingleInstance(app: App, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  // The second instance's command line is ignored on purpose: it is not trusted input.
  app.on('second-instance', () => focusExisting());
  return true;
}
