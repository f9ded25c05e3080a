// One request may ask for several rights (access and rectification, say), and each is decided on
// its own: an extract answers the access part while the rectification part is refused. The
// request's status is one word for the whole; the outcome per right is read from the request's
// events in the chained log (nothing new is stored, so the chain and its hashes stay as they are).
import type { RequestStatus, RequestType } from '../api/privacy';

export const RIGHT_OUTCOMES = ['pending', 'answered', 'partly_refused', 'refused'] as const;
export type RightOutcome = (typeof RIGHT_OUTCOMES)[number];

export interface TypeOutcome {
  type: RequestType;
  outcome: RightOutcome;
}

export interface OutcomeEvent {
  event: string;
  status: RequestStatus | null;
  details: Record<string, unknown>;
}

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/** The decision an event records for one right, if it decides one. */
function decided(e: OutcomeEvent): [RequestType, RightOutcome] | null {
  switch (e.event) {
    case 'extract':
      return ['access', 'answered'];
    case 'portability':
      return ['portability', 'answered'];
    case 'rectification': {
      const refused = count(e.details.refused);
      return ['rectification', refused === 0 ? 'answered' : count(e.details.applied) === 0 ? 'refused' : 'partly_refused'];
    }
    case 'erasure':
      return ['erasure', e.details.kind === 'partial' ? 'partly_refused' : 'answered'];
    case 'erasure-refused':
      return ['erasure', 'refused'];
    default:
      return null;
  }
}

/** The closing status of the whole request, for the rights no event of their own decided. */
const CLOSING: Partial<Record<RequestStatus, RightOutcome>> = { completed: 'answered', partly_completed: 'partly_refused', refused: 'refused' };

export function typeOutcomes(types: RequestType[], events: OutcomeEvent[]): TypeOutcome[] {
  const out = new Map<RequestType, RightOutcome>();
  for (const e of events) {
    const d = decided(e);
    if (d && types.includes(d[0])) out.set(d[0], d[1]);
    // A status event closing the request (a manual close, or a refusal notice) decides the rest.
    // A refusal notice refuses what is still open, even when the whole reads partly completed.
    const closing = e.event !== 'status' || !e.status ? undefined : e.details.kind === 'request-refusal' ? 'refused' : CLOSING[e.status];
    if (closing) for (const t of types) if (!out.has(t)) out.set(t, closing);
  }
  return types.map((type) => ({ type, outcome: out.get(type) ?? 'pending' }));
}

/** The request's status when one right is decided while others already were: a refusal next to
 * an answered right closes the request as partly completed, not as refused. */
export function combinedStatus(own: RequestStatus, others: TypeOutcome[]): RequestStatus {
  const decidedOthers = others.filter((o) => o.outcome !== 'pending');
  if (own === 'refused' && decidedOthers.some((o) => o.outcome !== 'refused')) return 'partly_completed';
  if (own === 'completed' && decidedOthers.some((o) => o.outcome !== 'answered')) return 'partly_completed';
  return own;
}

/** "Tarkastus: vastattu" — one right and its outcome, for the log list, the card and the printed log. */
export function outcomeText(t: (key: string) => string, o: TypeOutcome): string {
  return `${t(`privacy.type.${o.type}`)}: ${t(`privacy.outcome.${o.outcome}`)}`;
}
