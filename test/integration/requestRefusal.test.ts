// GDPR Art. 12(4) for requests of the other kinds (access, restriction, objection, portability,
// disclosure ban): a refusal needs its reasons and issues a written notice in the requester's
// language — what was asked and when, the decision, the reasons, the right to complain to the
// Data Protection Ombudsman (full contact details) and to go to court, the responsible person's
// signature and a verification code the register recognises. On a real encrypted register.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Customer } from '../../shared/api/customers';
import type { LogVerification, PrivacyRequest } from '../../shared/api/privacy';
import type { DocumentCheck, IssuedDocument } from '../../shared/api/rectification';
import { MANAGER, STAFF, createCore, loggedIn, setUpRegister, tempDir, testClock, value, staffClerk } from '../support/register';
import { person, letterRequest } from '../support/customers';
import { LETTERS, pdfText } from '../support/pdf';

type Refused = { request: PrivacyRequest; notice: IssuedDocument };

const OMBUDSMAN_FI = ['Tietosuojavaltuutetun toimisto', 'PL 800, 00531 Helsinki', 'Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki', 'Vaihde: 029 566 6700', 'tietosuoja@om.fi', 'tietosuoja.fi'];
const OMBUDSMAN_EN = ['Office of the Data Protection Ombudsman', 'P.O. Box 800, FI-00531 Helsinki', 'Visiting address: Lintulahdenkuja 4, 00530 Helsinki', 'Switchboard: +358 29 566 6700', 'tietosuoja@om.fi'];

describe('refusing a request of another kind (GDPR Art. 12(4))', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let s: Awaited<ReturnType<typeof loggedIn>>;
  let maija: Customer;
  let sarka: Customer;
  const logRequest = async (over: Record<string, unknown> = {}) => value(await s<PrivacyRequest>('privacy.requests.create', letterRequest(maija, ['restriction'], 'Rajoittakaa tietojeni käsittelyä, koska kiistän osoitteeni oikeellisuuden.', over)));

  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir, now: testClock(Date.parse('2026-11-25T10:00:00Z')).now });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER, 'manager');
    s = await staffClerk(core, m);
    maija = value(await s<Customer>('customers.create', person()));
    sarka = value(
      await s<Customer>('customers.create', {
        ...person({ firstName: 'Šárka', lastName: 'Nováková', email: 'sarka@example.cz', phone: '+420 601 123 456', street: 'Václavské náměstí 1', postalCode: '110 00', city: 'Praha', country: 'CZ', language: 'en' }),
        confirmNotDuplicate: true,
      }),
    );
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('staff cannot refuse; the reasons are required; a bare status cannot refuse; rectification and erasure keep their own refusals', async () => {
    const r = await logRequest();
    const byStaff = await s('privacy.requests.refuse', { id: r.id, reasons: ['conditions_not_met'], reasonText: '' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const noReason = await m('privacy.requests.refuse', { id: r.id, reasons: [], reasonText: 'Ei perusteita.' });
    expect(!noReason.ok && noReason.error.code).toBe('VALIDATION');
    expect(!noReason.ok && noReason.error.details?.fields?.reasons).toBe('Kieltäytymiselle on kirjattava perustelut.');
    const otherWithoutText = await m('privacy.requests.refuse', { id: r.id, reasons: ['other'], reasonText: '' });
    expect(!otherWithoutText.ok && otherWithoutText.error.details?.fields?.reasonText).toBe('Pakollinen tieto.');
    // The generic status path no longer refuses without a notice.
    const bare = await m('privacy.requests.setStatus', { id: r.id, status: 'refused', note: 'Ei perusteita.' });
    expect(!bare.ok && bare.error.code).toBe('VALIDATION');
    expect(!bare.ok && bare.error.details?.fields?.status).toMatch(/kirjallinen ilmoitus/);
    const rect = await logRequest({ types: ['rectification', 'restriction'] });
    const own = await m('privacy.requests.refuse', { id: rect.id, reasons: ['not_identified'], reasonText: '' });
    expect(!own.ok && own.error.code).toBe('CONFLICT');
    // Nothing was closed and no document was issued on the way.
    const after = value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id }));
    expect(after.status).toBe('received');
    expect(after.documents).toEqual([]);
  });

  it('a refused restriction gets a Finnish notice with every element; the request closes; the code verifies', async () => {
    const r = await logRequest();
    const res = value(
      await m<Refused>('privacy.requests.refuse', {
        id: r.id,
        reasons: ['identity_unverified', 'conditions_not_met'],
        reasonText: 'Osoite on tarkistettu väestötietojärjestelmästä 21.11.2026, eikä siinä ole virhettä.',
      }),
    );
    expect(res.request.status).toBe('refused');
    expect(res.request.outcomeNote).toBe('Osoite on tarkistettu väestötietojärjestelmästä 21.11.2026, eikä siinä ole virhettä.');
    expect(res.request.documents).toMatchObject([{ kind: 'request-refusal', verificationCode: res.notice.verificationCode, issuedByName: MANAGER.fullName }]);
    expect(res.request.events.at(-1)).toMatchObject({ event: 'status', status: 'refused', details: { reasons: ['identity_unverified', 'conditions_not_met'], kind: 'request-refusal' } });
    expect(res.notice.filename).toBe(`pyynnon-epaaminen-${r.number}.pdf`);

    const text = pdfText(res.notice.base64, 'pyynnon-epaaminen-fi.pdf', { squash: true });
    for (const part of [
      // letterhead and the window-envelope address block
      'Nano Office Oy / Konttorimix',
      'Vanhankirkonkatu 29',
      'Maija Mäki-Petäjä',
      'Kauppakatu 1',
      '26100 RAUMA',
      // date and our reference
      'Päiväys',
      '25.11.2026',
      'Viitteemme',
      r.number,
      'ILMOITUS PYYNNÖN EPÄÄMISESTÄ',
      // what was asked and when
      `Olette 20.11.2026 esittäneet meille pyynnön (pyyntö ${r.number})`,
      'tietojenne käsittelyn rajoittamista (18 artikla)',
      '“Rajoittakaa tietojeni käsittelyä, koska kiistän osoitteeni oikeellisuuden.”',
      // the decision and the reasons
      'Päätös: pyyntöönne ei suostuta, emmekä ryhdy pyytämiinne toimenpiteisiin.',
      'Epäämisen syyt',
      'Pyytäjän henkilöllisyyttä ei voitu varmistaa',
      'mikään tietosuoja-asetuksen 18 artiklan 1 kohdassa luetelluista tilanteista ei koske tietojanne',
      'Osoite on tarkistettu väestötietojärjestelmästä 21.11.2026, eikä siinä ole virhettä.',
      'tietosuoja-asetuksen 12 artiklan 4 kohdan mukaisesti',
      // the right to complain and to go to court
      'Oikeus valittaa',
      'tietosuojavaltuutetun ratkaistavaksi',
      'tuomioistuimen käsiteltäväksi',
      ...OMBUDSMAN_FI,
      // the responsible person and the verification code
      'Ystävällisin terveisin',
      MANAGER.fullName,
      'Rekisterin vastuuhenkilö, Nano Office Oy / Konttorimix',
      `Tarkistuskoodi ${res.notice.verificationCode}`,
    ]) {
      expect(text, part).toContain(part);
    }
    // Other rights' grounds are not printed for a restriction request.
    expect(text).not.toContain('20 artiklan 1 kohta');

    const check = value(await m<DocumentCheck>('privacy.documents.verify', { code: res.notice.verificationCode.toLowerCase() }));
    expect(check).toMatchObject({ found: true, kind: 'request-refusal', requestNumber: r.number, issuedByName: MANAGER.fullName });
    const stored = value(await s<{ base64: string }>('privacy.requests.document', { id: r.id, documentId: res.notice.documentId }));
    expect(createHash('sha256').update(Buffer.from(stored.base64, 'base64')).digest('hex')).toBe(check.sha256);

    // Closed: neither a second refusal nor a status change.
    const again = await m('privacy.requests.refuse', { id: r.id, reasons: ['other'], reasonText: 'Uudelleen' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect(value(await m<LogVerification>('privacy.log.verify')).ok).toBe(true);
    // One page, rendered for looking at.
    execFileSync('pdftoppm', ['-png', '-r', '60', join(LETTERS, 'pyynnon-epaaminen-fi.pdf'), join(LETTERS, 'pyynnon-epaaminen-fi')]);
  });

  it('an English requester gets the notice in English, with the grounds for each right asked for', async () => {
    const r = await logRequest({
      types: ['objection', 'portability'],
      customerId: sarka.id,
      requesterName: 'Šárka Nováková',
      language: 'en',
      details: 'I object to the processing of my purchase history and ask for it in a machine-readable form.',
    });
    const res = value(
      await m<Refused>('privacy.requests.refuse', {
        id: r.id,
        reasons: ['manifestly_unfounded', 'conditions_not_met', 'other'],
        reasonText: 'The same request was answered on 2 and 16 November 2026.',
      }),
    );
    expect(res.notice.filename).toBe(`request-refusal-${r.number}.pdf`);
    const text = pdfText(res.notice.base64, 'request-refusal-en.pdf', { squash: true });
    for (const part of [
      'Šárka Nováková',
      'Václavské náměstí 1',
      // Abroad: the town as the destination writes it, the country in capitals in the letter's language.
      '110 00 Praha',
      'CZECHIA',
      'Date',
      'Our reference',
      r.number,
      'NOTICE OF REFUSAL OF YOUR REQUEST',
      `On 20.11.2026 you made a request to us (request ${r.number})`,
      'an objection to, or a prohibition of, the processing of your data (Article 21)',
      'your data in a form that can be moved to another system (Article 20)',
      '“I object to the processing of my purchase history and ask for it in a machine-readable form.”',
      'Decision: your request is refused',
      'Reasons for the refusal',
      'manifestly unfounded or excessive',
      'GDPR Article 12(5)',
      'compelling legitimate grounds',
      'An objection to direct marketing is never refused.',
      'GDPR Article 20(1)',
      'The same request was answered on 2 and 16 November 2026.',
      'under GDPR Article 12(4)',
      'Your right to complain',
      'Data Protection Ombudsman',
      'bring the matter before a court',
      ...OMBUDSMAN_EN,
      'Yours sincerely',
      MANAGER.fullName,
      'Person responsible for the register, Nano Office Oy / Konttorimix',
      `Verification code ${res.notice.verificationCode}`,
    ]) {
      expect(text, part).toContain(part);
    }
    // 'other' prints the manager's own words, not a placeholder.
    expect(text).not.toContain('Other reason');
    expect(text).not.toMatch(/Päätös|Epäämisen/);
    execFileSync('pdftoppm', ['-png', '-r', '60', join(LETTERS, 'request-refusal-en.pdf'), join(LETTERS, 'request-refusal-en')]);
  });
});
