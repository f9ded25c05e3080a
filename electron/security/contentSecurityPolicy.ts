// Electron security checklist: "Define a Content Security Policy".
// The policy itself lives in shared/csp.ts (the browser harness sends the same one); here it is
// attached, with a few companion headers, to every response of the app:// protocol — as a
// response header, so no markup in the bundle can weaken it.
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}
