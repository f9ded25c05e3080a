// The verification code printed on every document is "XXXXX-XXXXX". People type it as they read
// it off the paper: without the hyphen, in lower case, with spaces or an en dash. Both the core's
// lookup and the screen's echo normalise it the same way, so any of those finds the document.

/** "abcde fghij", "ABCDEFGHIJ", " AbCdE–FgHiJ " -> "ABCDE-FGHIJ"; anything else only trimmed and upper-cased. */
export function normalizeVerificationCode(typed: string): string {
  const chars = typed.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return chars.length === 10 ? `${chars.slice(0, 5)}-${chars.slice(5)}` : typed.trim().toUpperCase();
}
