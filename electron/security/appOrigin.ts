// Electron security checklist: "Disable or limit navigation", "Disable or limit creation of new
// windows", "Validate the sender of all IPC messages" — the one origin those rules trust.
//
// Origins are compared after parsing, never by string prefix ("app://bundle.evil/…" and
// "app://bundle@evil/…" start with "app://bundle"). Beware: Node's URL (which the main process
// uses) gives the opaque origin "null" for every non-special scheme, so `new URL('app://x').origin`
// equals `new URL('app://y').origin`. We therefore compute the origin of app: URLs ourselves, the
// way Chromium does for a scheme registered as standard, and treat every opaque origin as foreign.
// Pure string functions: no `electron` import, so they are unit-tested in plain Node.

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The origin of `url` as a string ("app://bundle", "https://example.com"), or null when the URL
 * does not parse or its origin is opaque. A blob: URL has the origin of the URL inside it.
 */
export function originOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  if (parsed.protocol === 'blob:') {
    const inner = url.slice('blob:'.length);
    return inner.toLowerCase().startsWith('blob:') ? null : originOf(inner);
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    // A standard scheme has a host and no credentials; anything else is not our page.
    if (!parsed.hostname || parsed.username || parsed.password) return null;
    return `${APP_SCHEME}://${parsed.hostname.toLowerCase()}${parsed.port ? `:${parsed.port}` : ''}`;
  }
  return parsed.origin === 'null' ? null : parsed.origin;
}

/** True for a document or resource of the app's own bundle (app://bundle/…), not a blob:. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && originOf(url) === APP_ORIGIN;
}

/** True for a blob: URL the app's own page created (blob:app://bundle/<uuid>), e.g. a PDF. */
export function isAppBlobUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'blob:' && originOf(url) === APP_ORIGIN;
}
