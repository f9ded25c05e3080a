// Issue #16 §4, the signature rule: the shop's notice asks for signed access and rectification
// requests, but the GDPR lets a controller confirm identity, not refuse a request for its form
// (Art. 12(2), 12(6); EDPB Guidelines 01/2022). An unsigned request is logged with its deadline
// running from receipt; identity is confirmed by a signed letter OR an identity document shown at
// the counter (who checked and which kind of document — never its number); the letter asking for
// a confirmation says what happens to the deadline; the notice words the signature as preferred.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/api/customers';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { formatDate, helsinkiDate } from '../../shared/format/dates';
import { MANAGER, STAFF, loggedIn, openRegister, value } from '../support/register';
import { person } from '../support/customers';
import { keepLetter, pdfText } from '../support/pdf';

describe('identity confirmed by a signature or an identity document at the counter', () => {
  let reg: Awaited<ReturnType<typeof openRegister>>;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let s: Awaited<ReturnType<typeof loggedIn>>;
  let maija: Customer;
  const request = (over: Record<string, unknown>) => ({
    types: ['access'],
    customerId: maija.id,
    requesterName: 'Maija Mäki-Petäjä',
    receivedDate: helsinkiDate(),
    channel: 'counter',
    language: 'fi',
    signed: false,
    identityMethod: 'id_document',
    details: 'Mitä tietoja minusta on?',
    ...over,
  });
  beforeAll(async () => {
    reg = await openRegister({ clerk: true });
    m = reg.manager;
    s = reg.clerk!;
    maija = value(await s<Customer>('customers.create', person()));
  });
  afterAll(() => reg.close());

  it('an unsigned request whose requester showed a passport at the counter can be answered; the kind is kept, by whom', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ identityDocument: 'passport' })));
    expect(r).toMatchObject({ signed: false, signatureMissing: false, identityMethod: 'id_document', identityDocument: 'passport', identityCheckedByName: STAFF.fullName });
    value(await m('privacy.extract', { requestId: r.id }));
  });

  it('an unsigned letter waits for a confirmation; the letter says the deadline already runs; an ID shown later confirms it', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ channel: 'letter', identityMethod: 'other', identityNote: 'Kirje ilman allekirjoitusta' })));
    expect(r.signatureMissing).toBe(true);
    const blocked = await m('privacy.extract', { requestId: r.id });
    expect(!blocked.ok && blocked.error.code).toBe('CONFLICT');
    expect(!blocked.ok && blocked.error.message).toMatch(/henkilöllisyystodistuksen asiakaspalvelussa/);

    const letter = value(await s<{ base64: string }>('privacy.requests.signatureLetter', { id: r.id }));
    const text = pdfText(letter.base64, 'henkilollisyyden-vahvistus-fi.pdf', { squash: true });
    expect(text).toContain('näyttäkää henkilöllisyystodistus');
    expect(text).toContain(`Vastausaikamme kuukausi on alkanut pyyntönne saapumisesta ${formatDate(r.receivedDate)}`);
    expect(text).toContain(`vastaamme viimeistään ${formatDate(r.effectiveDueDate)}`);

    const confirmed = value(await m<PrivacyRequest>('privacy.requests.markSigned', { id: r.id, identityDocument: 'driving_licence' }));
    expect(confirmed).toMatchObject({ signed: false, signatureMissing: false, identityMethod: 'id_document', identityDocument: 'driving_licence', identityCheckedByName: MANAGER.fullName });
    // The deadline did not move.
    expect(confirmed.effectiveDueDate).toBe(r.effectiveDueDate);
    const event = confirmed.events.find((e) => e.event === 'identity-confirmed')!;
    expect(event.details).toMatchObject({ identityDocument: 'driving_licence', note: '' });
    const again = await m('privacy.requests.markSigned', { id: r.id, identityDocument: 'passport' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    value(await m('privacy.extract', { requestId: r.id }));
    expect(value(await m<{ ok: boolean }>('privacy.log.verify', {})).ok).toBe(true);
  });

  it('an unknown kind of document is refused with a clear message', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ identityMethod: 'other', identityNote: 'Puhelimessa' })));
    const bad = await s('privacy.requests.markSigned', { id: r.id, identityDocument: 'library_card' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
  });

  it('the privacy notice prefers a signature without making it a condition, and answers Art. 13(2)(e) and (f)', async () => {
    for (const [language, expected, absent] of [
      ['fi', ['Onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus', 'Tietojen antaminen ei ole lakisääteinen vaatimus', 'Automaattinen päätöksenteko ja profilointi', '22 artikla', 'Toivomme tarkastus- ja korjauspyynnön kirjallisena ja allekirjoitettuna', 'Käsittelemme pyynnön sen muodosta riippumatta'], ['allekirjoitettu pyyntö suomeksi tai englanniksi)']],
      ['en', ['Is providing the data a statutory or contractual requirement', 'Automated decision-making and profiling', 'Article 22', 'We prefer a request for access or rectification in writing and signed', 'whatever its form'], ['a written, signed request in Finnish or English)']],
    ] as const) {
      const file = keepLetter(value(await m<{ base64: string }>('privacy.notice', { language })).base64, `notice-${language}.pdf`);
      const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
      for (const e of expected) expect(text, e).toContain(e);
      for (const a of absent) expect(text).not.toContain(a);
    }
  });
});
