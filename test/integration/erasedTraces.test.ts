// Issue #15, items 3 and 4 (core side): an erased person leaves no trace in search, in the
// backup's counts or (untranslated) in the printed log; a request's outcome is shown per right;
// a verification code is found however it is typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { BackupResult, BackupVerification } from '../../shared/api/backup';
import type { Customer, DuplicateCheck, SearchHit } from '../../shared/api/customers';
import type { PrivacyRequest, RequestSummary } from '../../shared/api/privacy';
import type { DocumentCheck, RectificationResult } from '../../shared/api/rectification';
import { countsMatch } from '../../electron/core/backup/snapshot';
import { REDACTED } from '../../shared/privacy/redacted';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value, staffClerk } from '../support/register';
import { person } from '../support/customers';
import { pdfText } from '../support/pdf';
import { helsinkiDate } from '../../shared/format/dates';

describe('erased people leave no traces; outcomes per right', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let s: Awaited<ReturnType<typeof loggedIn>>;
  let erased: Customer;
  let certificateCode: string;
  const today = helsinkiDate();
  const request = (c: Customer, types: string[], over: Record<string, unknown> = {}) =>
    s<PrivacyRequest>('privacy.requests.create', { types, customerId: c.id, requesterName: `${c.firstName} ${c.lastName}`, receivedDate: today, channel: 'counter', language: 'fi', signed: true, identityMethod: 'id_document', ...over });

  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: join(tmp.dir, 'data') });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER, 'manager');
    s = await staffClerk(core, m);
    value(await m('customers.create', person()));
    erased = value(await m<Customer>('customers.create', { ...person({ firstName: 'Unto', lastName: 'Unohdettava', email: 'unto@example.fi', phone: '040 987 6543', postalCode: '26820' }), confirmNotDuplicate: true }));
    const r = value(await request(erased, ['erasure']));
    const done = value(await m<{ certificate: { verificationCode: string } }>('privacy.erasure.execute', { requestId: r.id, mode: 'full' }));
    certificateCode = done.certificate.verificationCode;
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it("searching an erased customer's number finds nobody", async () => {
    expect(value(await s<SearchHit[]>('customers.search', { query: String(erased.customerNumber) }))).toEqual([]);
  });

  it('backup counts people, and the erased tombstones apart; a header from before that still verifies', async () => {
    const stick = join(tmp.dir, 'usb');
    mkdirSync(stick);
    const b = value(await m<BackupResult>('backup.create', { folder: stick }));
    expect(b.counts).toMatchObject({ customers: 1, erasedCustomers: 1 });
    const v = value(await m<BackupVerification>('backup.verify', { file: join(stick, b.file) }));
    expect(v).toMatchObject({ intact: true, sameRegister: true });
    // A header written before tombstones were counted apart: `customers` counted every row.
    const found = { customers: 1, erasedCustomers: 1, organizations: 0, users: 2, auditEntries: 9, invoices: 0 };
    expect(countsMatch(found, { customers: 2, organizations: 0, users: 2, auditEntries: 9, invoices: 0 })).toBe(true);
    expect(countsMatch(found, { customers: 1, organizations: 0, users: 2, auditEntries: 9, invoices: 0 })).toBe(false);
    expect(countsMatch(found, { ...found, erasedCustomers: 0 })).toBe(false);
  });

  it('a verification code is found without its hyphen, in any case, with spaces', async () => {
    const bare = certificateCode.replace('-', '');
    for (const typed of [bare.toLowerCase(), ` ${bare.slice(0, 5)} ${bare.slice(5)} `.toLowerCase(), `${bare.slice(0, 5)}–${bare.slice(5)}`, certificateCode]) {
      expect(value(await s<DocumentCheck>('privacy.documents.verify', { code: typed })), typed).toMatchObject({ found: true, kind: 'erasure-certificate' });
    }
  });

  it('typing an erased person again: the similar-customers check warns before saving', async () => {
    const check = value(await s<DuplicateCheck>('customers.findDuplicates', { email: 'UNTO@example.fi', phone: '', firstName: '', lastName: '', postalCode: '' }));
    expect(check.duplicates).toEqual([]);
    expect(check.erasedBefore).toHaveLength(1);
    expect(check.erasedBefore[0]).toMatchObject({ number: expect.stringMatching(/^E-\d{4}-\d{4}$/), matchedOn: ['email'] });
    const other = value(await s<DuplicateCheck>('customers.findDuplicates', { email: 'maija.maki@example.fi', phone: '', firstName: '', lastName: '', postalCode: '' }));
    expect(other.erasedBefore).toEqual([]);
    expect(other.duplicates).toHaveLength(1);
  });

  it('the erased requester is stored as the placeholder and shown in the reader’s language on the printed log', async () => {
    const list = value(await m<RequestSummary[]>('privacy.requests.list', { view: 'all' }));
    expect(list.find((r) => r.customerId === erased.id)!.requesterName).toBe(REDACTED); // the chained intake is untouched
    for (const [language, shown] of [['fi', '[tiedot poistettu]'], ['en', '[data erased]']] as const) {
      for (const names of ['initials', 'full'] as const) {
        const text = pdfText(value(await m<{ base64: string }>('privacy.log.pdf', { names, language })).base64, `erased-log-${language}-${names}.pdf`);
        expect(text).toContain(shown);
        expect(text).not.toContain('poistettu / erased');
      }
    }
  });

  it('access answered with an extract, rectification refused: partly completed, and the outcome per right on the log', async () => {
    const c = value(await m<Customer>('customers.create', { ...person({ firstName: 'Outi', lastName: 'Osittainen', email: 'outi@example.fi', phone: '040 111 2222', postalCode: '26200' }), confirmNotDuplicate: true }));
    const r = value(await request(c, ['access', 'rectification']));
    value(await m('privacy.extract', { requestId: r.id }));
    const refused = value(await m<RectificationResult>('privacy.rectification.refuse', { requestId: r.id, asked: [{ field: 'city', requestedValue: 'Pori' }], reasons: ['data_correct'] }));
    expect(refused.request.status).toBe('partly_completed');
    expect(refused.request.outcomes).toEqual([
      { type: 'access', outcome: 'answered' },
      { type: 'rectification', outcome: 'refused' },
    ]);
    const text = pdfText(value(await m<{ base64: string }>('privacy.log.pdf', { names: 'initials', language: 'fi' })).base64, 'outcomes-log-fi.pdf', { squash: true });
    expect(text).toContain('Tarkastus: vastattu');
    expect(text).toContain('Oikaisu: evätty');
    const en = pdfText(value(await m<{ base64: string }>('privacy.log.pdf', { names: 'initials', language: 'en' })).base64, 'outcomes-log-en.pdf', { squash: true });
    expect(en).toContain('Access: answered');
    expect(en).toContain('Rectification: refused');
    // The chain still verifies: nothing new was stored for the outcomes.
    expect(value(await m<{ ok: boolean }>('privacy.log.verify', {})).ok).toBe(true);
  });
});
