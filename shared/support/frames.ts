// One stack frame reduced to what a support person needs: function name and file:line:column,
// the file's base name only (a folder path or a URL's query can hold a user's name or input).
// Shared: the renderer trims its frames before sending them, and the core checks them again.

/** What a trimmed frame looks like ("fn (file.js:12:5)" or "file.js:12:5"). */
export const FRAME_PATTERN = /^(?:[A-Za-z0-9_$.<>\[\] ]{1,120} \()?[A-Za-z0-9_.<>@-]+(?::\d+:\d+)?\)?$/;

/** Reduces one frame ("at fn (file:///C:/x/y.ts?v=1:12:5)", "fn@https://h/a.js:1:2") to
 * "fn (y.ts:12:5)"; null for anything that does not look like a frame. */
export function scrubFrame(raw: string): string | null {
  let line = raw.trim();
  const v8 = /^at\s+(.*)$/.exec(line);
  let fn = '';
  let loc = '';
  if (v8) {
    line = v8[1]!;
    const paren = /^(.*?)\s+\((.*)\)$/.exec(line);
    if (paren) {
      fn = paren[1]!;
      loc = paren[2]!;
    } else loc = line;
  } else {
    const gecko = /^([^@]*)@(.*)$/.exec(line);
    if (!gecko) return null;
    fn = gecko[1]!;
    loc = gecko[2]!;
  }
  const where = /([^/\\?#\s()]+?)(?:[?#][^:]*)?:(\d+):(\d+)$/.exec(loc);
  const file = where ? `${where[1]}:${where[2]}:${where[3]}` : loc === 'native' || loc === '<anonymous>' ? loc : null;
  if (!file || !/^[A-Za-z0-9_.<>@-]+(:\d+:\d+)?$/.test(file)) return null;
  // Function names are ours (code), but keep only identifier characters to be sure.
  const name = fn
    .split(/\s+/)
    .filter((w) => /^[A-Za-z0-9_$.<>[\]]{1,80}$/.test(w))
    .join(' ')
    .slice(0, 120);
  return name ? `${name} (${file})` : file;
}

