// What an erasure leaves in a request's intake fields. The placeholder is stored once, in both
// languages, because the request's intake hash (chained in the privacy log) covers it: it is never
// rewritten. Screens and documents show it in their own language instead.
export const REDACTED = '[poistettu / erased]';

/** The requester's name as a reader should see it: the erased placeholder in `t`'s language. */
export function requesterDisplayName(name: string, t: (key: string) => string): string {
  return name === REDACTED ? t('privacy.erasedRequester') : name;
}
