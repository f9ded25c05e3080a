// Files the main process itself saved in this session (issue #19 §1: "Open opens a file the app
// has just saved — only that path, never a path from the page"). The page gets an opaque token
// for each; Open hands main a token, never a path, and main opens only what it finds here.
// Checklist: "Do not use shell.openExternal with untrusted content" — nor shell.openPath.
import { randomUUID } from 'node:crypto';
import nodePath from 'node:path';

export class SavedDocuments {
  private readonly paths = new Map<string, string>();

  /** Called by main right after it wrote `file`; returns the token the page may use. */
  remember(file: string): string {
    const token = randomUUID();
    this.paths.set(token, nodePath.resolve(file));
    return token;
  }

  /**
   * The file behind a token main gave out, or null: for an unknown token, for anything that is
   * not a string, and for a path the page made up (a path is not a token).
   */
  resolve(token: unknown): string | null {
    if (typeof token !== 'string') return null;
    const file = this.paths.get(token);
    return file && file.toLowerCase().endsWith('.pdf') ? file : null;
  }
}

/**
 * Opens a saved document with the system's viewer (`openPath` is shell.openPath): only a file
 * behind a token main gave out, and only while it is still there. True when the viewer started.
 */
export async function openSavedDocument(
  saved: SavedDocuments,
  token: unknown,
  openPath: (file: string) => Promise<string>,
  exists: (file: string) => boolean,
): Promise<boolean> {
  const file = saved.resolve(token);
  if (!file || !exists(file)) return false;
  // shell.openPath answers '' on success, else an error text.
  return (await openPath(file)) === '';
}
