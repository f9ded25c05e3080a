import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { Customer } from '../../shared/api/customers';
import type { LogVerification, PrivacyRequest } from '../../shared/api/privacy';
import { MANAGER, STAFF, createCore, loggedIn, setUpRegister, tempDir, testClock, value, staffClerk } from '../support/register';
import { person } from '../support/customers';
import { withDatabase } from '../reliability/support/register';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('the signed-request log', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let clock: ReturnType<typeof testClock>;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let s: Awaited<ReturnType<typeof loggedIn>>;
  let maija: Customer;
  const request = (over: Record<string, unknown> = {}) => ({
    types: ['access'],
    customerId: maija.id,
    requesterName: 'Maija Mäki-Petäjä',
    receivedDate: '2026-01-31',
    channel: 'counter',
    language: 'fi',
    signed: true,
    identityMethod: 'id_document',
    details: 'Pyytää kaikki tiedot itsestään.',
    ...over,
  });
  beforeAll(async () => {
    tmp = tempDir();
    clock = testClock(Date.parse('2026-02-02T10:00:00Z'));
    core = createCore({ dataDir: tmp.dir, now: clock.now });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER, 'manager');
    s = await staffClerk(core, m, { commitmentDate: '2026-01-15' });
    maija = value(await s<Customer>('customers.create', person()));
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('staff log a signed access request; the deadline crosses the month end right', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request()));
    expect(r.number).toBe('P-2026-0001');
    expect(r.dueDate).toBe('2026-02-28');
    expect(r).toMatchObject({ status: 'received', signatureMissing: false, identityCheckedByName: STAFF.fullName, overdue: false });
    expect(r.events.map((e) => e.event)).toEqual(['received']);
  });

  it('flags an unsigned access request and will not complete it until signed', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ signed: false, channel: 'letter', identityMethod: 'other', identityNote: 'Kirjeen osoite vastaa rekisteriä' })));
    expect(r.signatureMissing).toBe(true);
    // The app can print a short letter asking for a signed request.
    const letter = value(await s<{ base64: string; verificationCode: string }>('privacy.requests.signatureLetter', { id: r.id }));
    const { pdfText } = await import('../support/pdf');
    const text = pdfText(letter.base64, 'allekirjoituspyynto-fi.pdf', { squash: true });
    expect(text).toContain('PYYNTÖ ALLEKIRJOITUKSESTA');
    expect(text).toContain(r.number);
    const done = await m('privacy.requests.setStatus', { id: r.id, status: 'completed', note: '' });
    expect(!done.ok && done.error.code).toBe('CONFLICT');
    expect(!done.ok && done.error.message).toMatch(/allekirjoituksen/);
    value(await s('privacy.requests.markSigned', { id: r.id, note: 'Allekirjoitettu pyyntö saapui postissa' }));
    const completed = value(await m<PrivacyRequest>('privacy.requests.setStatus', { id: r.id, status: 'completed', note: 'Ote lähetetty' }));
    expect(completed.status).toBe('completed');
    const again = await m('privacy.requests.setStatus', { id: r.id, status: 'in_progress', note: '' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  it('an erasure request needs no signature; a refusal is never a bare status (it needs the written notice)', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ types: ['erasure'], signed: false })));
    expect(r.signatureMissing).toBe(false);
    const bare = await m('privacy.requests.setStatus', { id: r.id, status: 'refused', note: 'Perustelut' });
    expect(!bare.ok && bare.error.details?.fields?.status).toMatch(/kirjallinen ilmoitus perusteluineen/);
  });

  it('partly completed only with what was not done and why written down', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ types: ['access', 'portability'] })));
    const bare = await m('privacy.requests.setStatus', { id: r.id, status: 'partly_completed', note: '' });
    expect(!bare.ok && bare.error.details?.fields?.note).toMatch(/jäi tekemättä ja miksi/);
    const done = value(await m<PrivacyRequest>('privacy.requests.setStatus', { id: r.id, status: 'partly_completed', note: 'Ote annettu; siirrettävää muotoa ei ole sähköpostitse annetuista tiedoista.' }));
    expect(done.status).toBe('partly_completed');
  });

  it('extension: manager only, once, with a reason, before the first month ends', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ receivedDate: '2026-01-31' })));
    const byStaff = await s('privacy.requests.extend', { id: r.id, reason: 'Laaja pyyntö' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const noReason = await m('privacy.requests.extend', { id: r.id, reason: '' });
    expect(!noReason.ok && noReason.error.code).toBe('VALIDATION');
    const ext = value(await m<PrivacyRequest>('privacy.requests.extend', { id: r.id, reason: 'Pyyntöjä on poikkeuksellisen paljon' }));
    expect(ext.effectiveDueDate).toBe('2026-04-30');
    const twice = await m('privacy.requests.extend', { id: r.id, reason: 'Uudelleen' });
    expect(!twice.ok && twice.error.message).toMatch(/jo jatkettu/);
    // A request whose first month has passed cannot be extended.
    const old = value(await s<PrivacyRequest>('privacy.requests.create', request({ receivedDate: '2025-12-01' })));
    expect(old.overdue).toBe(true);
    const late = await m('privacy.requests.extend', { id: old.id, reason: 'Myöhässä' });
    expect(!late.ok && late.error.message).toMatch(/ensimmäinen kuukausi/);
    const summary = value(await s<{ overdue: number }>('privacy.requests.summary'));
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
  });

  it('keeps scans encrypted inside the register; refuses non-PDF/image and oversize files', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request()));
    const withScan = value(await s<PrivacyRequest>('privacy.requests.attach', { id: r.id, filename: 'pyynto.pdf', base64: PDF.toString('base64') }));
    expect(withScan.attachments).toMatchObject([{ filename: 'pyynto.pdf', mimeType: 'application/pdf', size: PDF.length }]);
    const back = value(await s<{ base64: string }>('privacy.requests.attachment', { id: r.id, attachmentId: withScan.attachments[0]!.id }));
    expect(Buffer.from(back.base64, 'base64').equals(PDF)).toBe(true);
    const exe = await s('privacy.requests.attach', { id: r.id, filename: 'pyynto.pdf', base64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') });
    expect(!exe.ok && exe.error.message).toMatch(/PDF-, JPEG- tai PNG/);
    const big = await s('privacy.requests.attach', { id: r.id, filename: 'iso.pdf', base64: Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]).toString('base64') });
    expect(!big.ok && big.error.code).toBe('VALIDATION');
    expect(value(await s<PrivacyRequest>('privacy.requests.get', { id: r.id })).attachments).toHaveLength(1);
    const unknown = await s('privacy.requests.create', request({ customerId: 99999 }));
    expect(!unknown.ok && unknown.error.code).toBe('VALIDATION');
  });

  it('applies prohibitions from a request and records which request asked', async () => {
    const r = value(await s<PrivacyRequest>('privacy.requests.create', request({ types: ['objection'], signed: false })));
    value(await s('privacy.requests.applyProhibitions', { id: r.id, prohibitions: ['directMarketing', 'marketResearch'] }));
    const card = value(await s<Customer>('customers.get', { id: maija.id }));
    expect(card.prohibitions).toMatchObject({ directMarketing: true, marketResearch: true, publication: false });
    const history = value(await s<{ field: string; reason: string }[]>('customers.history', { id: maija.id }));
    expect(history.find((h) => h.field === 'prohibition.directMarketing')?.reason).toBe(`request:${r.number}`);
    const restrictByStaff = await s('privacy.requests.applyProhibitions', { id: r.id, restrict: true });
    expect(!restrictByStaff.ok && restrictByStaff.error.code).toBe('FORBIDDEN');
  });

  it('prints the log with the chain head; an SQL edit of a log row or of a request is named by verify', async () => {
    const v = value(await m<LogVerification>('privacy.log.verify'));
    expect(v.ok).toBe(true);
    const pdf = value(await m<{ base64: string }>('privacy.log.pdf', { from: '2025-01-01', to: '2026-12-31' }));
    const file = join(tmp.dir, 'loki.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Tietosuojapyyntöjen loki');
    expect(text).toContain(v.ok ? v.head.slice(0, 40) : 'x');
    expect(text).toContain('P-2026-0001');
    expect(text).toContain('M. M. P.'); // initials, not the name
    expect(text).not.toContain('Mäki-Petäjä');
    const csv = Buffer.from(value(await m<{ base64: string }>('privacy.log.csv', { names: 'full' })).base64, 'base64').toString('utf8');
    expect(csv).toContain('Maija Mäki-Petäjä');

    core.close();
    await withDatabase(tmp.dir, (db) => db.prepare(`UPDATE privacy_log SET details = '{}' WHERE id = 3`).run());
    core = createCore({ dataDir: tmp.dir, now: clock.now });
    m = await loggedIn(core, MANAGER, 'manager');
    expect(value(await m<LogVerification>('privacy.log.verify'))).toMatchObject({ ok: false, brokenAtId: 3, reason: 'hash' });

    core.close();
    const fresh = tempDir();
    // A separate register: edit the request row itself, not the log.
    core = createCore({ dataDir: fresh.dir, now: clock.now });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER, 'manager');
    const c = value(await m<Customer>('customers.create', person()));
    const r = value(await m<PrivacyRequest>('privacy.requests.create', request({ customerId: c.id })));
    core.close();
    await withDatabase(fresh.dir, (db) => db.prepare(`UPDATE privacy_requests SET received_date = '2026-01-15' WHERE id = ?`).run(r.id));
    core = createCore({ dataDir: fresh.dir, now: clock.now });
    m = await loggedIn(core, MANAGER, 'manager');
    expect(value(await m<LogVerification>('privacy.log.verify'))).toMatchObject({ ok: false, brokenAtId: 1, requestNumber: r.number, reason: 'request-changed' });
    core.close();
    fresh.remove();
    core = createCore({ dataDir: tmp.dir, now: clock.now });
  });
});

describe('the privacy notice', () => {
  it('is generated from the settings in Finnish and English, naming the authority’s current address', async () => {
    const tmp = tempDir();
    const core = createCore({ dataDir: tmp.dir });
    try {
      await setUpRegister(core);
      const m = await loggedIn(core, MANAGER);
      for (const [language, expected] of [
        ['fi', ['Asiakas- ja laskutusrekisterin tietosuojaseloste', 'Pasi Liukas', 'PL 800, 00531 Helsinki', 'Lintulahdenkuja 4', '10 vuotta asiakkuuden päättymisestä', 'tuomioistuimen']],
        ['en', ['Privacy notice of the customer and invoicing register', 'P.O. Box 800, FI-00531 Helsinki', '+358 29 566 6700', 'bring the matter before a court']],
      ] as const) {
        const file = join(tmp.dir, `notice-${language}.pdf`);
        writeFileSync(file, Buffer.from(value(await m<{ base64: string }>('privacy.notice', { language })).base64, 'base64'));
        const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
        for (const e of expected) expect(text).toContain(e);
        expect(text).not.toContain('Ratapihantie');
      }
    } finally {
      core.close();
      tmp.remove();
    }
  });
});
