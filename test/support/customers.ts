// Test data for customers: the names the privacy notice's people actually have.
import { helsinkiDate } from '../../shared/format/dates';

/** Today in Helsinki — the shop's calendar (UTC is a day behind between 22 and 24 o'clock). */
export const today = () => helsinkiDate();

/** A Helsinki calendar date `n` days before today. */
export function daysBeforeToday(n: number): string {
  const d = new Date(`${helsinkiDate()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

export function person(over: Record<string, unknown> = {}) {
  return {
    customer: {
      firstName: 'Maija',
      lastName: 'Mäki-Petäjä',
      email: 'Maija.Maki@Example.fi',
      phone: '050 366 1543',
      street: 'Kauppakatu 1',
      postalCode: '26100',
      city: 'Rauma',
      country: 'FI',
      language: 'fi',
      organizationId: null,
      relationshipStart: '2024-03-01',
      relationshipEnd: null,
      ...over,
    },
    sources: [{ source: 'shop_purchase', date: '2024-03-01', note: '' }],
  };
}

/** privacy.requests.create parameters: a signed request handed in at the counter today, the
 * identity checked from a document. */
export function counterRequest(c: { id: number; firstName: string; lastName: string }, types: string[], over: Record<string, unknown> = {}) {
  return { types, customerId: c.id, requesterName: `${c.firstName} ${c.lastName}`, receivedDate: today(), channel: 'counter', language: 'fi', signed: true, identityMethod: 'id_document', ...over };
}

/** privacy.requests.create parameters: a signed letter received on 20.11.2026 (the signature
 * compared with the one on file), with what the person wrote. */
export function letterRequest(c: { id: number; firstName: string; lastName: string }, types: string[], details: string, over: Record<string, unknown> = {}) {
  return { types, customerId: c.id, requesterName: `${c.firstName} ${c.lastName}`, receivedDate: '2026-11-20', channel: 'letter', language: 'fi', signed: true, identityMethod: 'signature_compared', details, ...over };
}
