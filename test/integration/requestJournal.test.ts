// The signed-request log survives a restore: requests logged, decided and answered after a backup
// was taken come back from the request journal beside the register when that older backup is
// restored — decided as they were, the log's chain verifying, every document verifying by its
// code, scans and stored copies readable; links the restored register cannot hold are cleared and
// reported; a journal whose history parted from the register's is listed, kept aside, not merged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, existsSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_FILE } from '../../electron/core/journal/journalFile';
import type { BackupResult, RestoreResult } from '../../shared/api/backup';
import type { Customer } from '../../shared/api/customers';
import type { ErasureResult } from '../../shared/api/erasure';
import type { LogVerification, PrivacyRequest, RequestSummary } from '../../shared/api/privacy';
import type { DocumentCheck, RectificationResult } from '../../shared/api/rectification';
import { MANAGER, STAFF, loggedIn, registerWithStick, staffClerk, value } from '../support/register';
import { counterRequest, person } from '../support/customers';
import { journalText } from '../support/plaintext';

const SCAN = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('the request journal', () => {
  let r: Awaited<ReturnType<typeof registerWithStick>>;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  const log = (customer: Customer, types: string[]) => counterRequest(customer, types);
  const restore = async (file: string) => {
    const result = value(await m<RestoreResult>('backup.restore', { file: join(r.stick, file), username: MANAGER.username, password: MANAGER.password }));
    m = await loggedIn(r.core, MANAGER);
    return result;
  };

  beforeAll(async () => {
    r = await registerWithStick();
    m = r.manager;
  });
  afterAll(() => r.close());

  it('carries requests, decisions, documents and scans made after a backup into the restored register; the chain and every code verify', async () => {
    const erased = value(await m<Customer>('customers.create', person({ firstName: 'Unohdettava', lastName: 'Journaali', email: 'unohda@example.fi', phone: '040 700 0001' })));
    const asker = value(await m<Customer>('customers.create', { ...person({ firstName: 'Kysyvä', lastName: 'Tarkastaja', email: 'kysyva@example.fi', phone: '040 700 0002', postalCode: '20100' }), confirmNotDuplicate: true }));
    const corrector = value(await m<Customer>('customers.create', { ...person({ firstName: 'Korjaava', lastName: 'Oikaisija', email: 'korjaa@example.fi', phone: '040 700 0003', postalCode: '33100' }), confirmNotDuplicate: true }));
    // Logged before the backup, decided after it.
    const erasure = value(await m<PrivacyRequest>('privacy.requests.create', log(erased, ['erasure'])));
    const access = value(await m<PrivacyRequest>('privacy.requests.create', log(asker, ['access'])));
    const chainAtBackup = value(await m<LogVerification>('privacy.log.verify', {}));
    const backup = value(await m<BackupResult>('backup.create', { folder: r.stick }));

    const extract = value(await m<{ verificationCode: string; documentId: number }>('privacy.extract', { requestId: access.id }));
    const cert = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: erasure.id, mode: 'full' }));
    // Logged after the backup: a rectification with its scan, refused with a certificate.
    const rect = value(await m<PrivacyRequest>('privacy.requests.create', log(corrector, ['rectification'])));
    value(await m('privacy.requests.attach', { id: rect.id, filename: 'korjauspyynto.pdf', base64: SCAN.toString('base64') }));
    const refusal = value(await m<RectificationResult>('privacy.rectification.refuse', { requestId: rect.id, asked: [], reasons: ['data_correct'] }));
    // …and one for a customer and by a clerk that the backup does not know.
    const s = await staffClerk(r.core, m);
    const newcomer = value(await s<Customer>('customers.create', { ...person({ firstName: 'Uusi', lastName: 'Tulokas', email: 'uusi@example.fi', phone: '040 700 0004', postalCode: '00100' }), confirmNotDuplicate: true }));
    const late = value(await s<PrivacyRequest>('privacy.requests.create', log(newcomer, ['portability'])));
    const before = value(await m<RequestSummary[]>('privacy.requests.list', { view: 'all' }));
    const chainBefore = value(await m<LogVerification>('privacy.log.verify', {}));
    expect(chainBefore.ok).toBe(true);
    // The journal never keeps what an erasure removed, but does keep the others.
    const text = await journalText(r.dir);
    expect(text).toContain('Korjaava Oikaisija');
    expect(text).not.toContain('Unohdettava');

    const restored = await restore(backup.file);
    expect(restored.erasuresReapplied).toBe(1);
    expect(restored.requestLog).toMatchObject({ requests: 4, decisions: 3, documents: 3, attachments: 1, notCarried: [] });
    expect(restored.requestLog.events).toBe(chainBefore.count - chainAtBackup.count);
    expect(restored.requestLog.linksCleared).toEqual(
      expect.arrayContaining([
        { requestNumber: late.number, link: 'customer' },
        { requestNumber: late.number, link: 'staff' },
      ]),
    );

    // Every request is back in the state it had, decided ones decided.
    const after = value(await m<RequestSummary[]>('privacy.requests.list', { view: 'all' }));
    const status = (list: RequestSummary[]) => Object.fromEntries(list.map((r) => [r.number, r.status]));
    expect(status(after)).toEqual(status(before));
    expect(status(after)[erasure.number]).toBe('completed');
    expect(status(after)[access.number]).toBe('completed');
    expect(status(after)[rect.number]).toBe('refused');
    const lateBack = value(await m<PrivacyRequest>('privacy.requests.get', { id: late.id }));
    expect(lateBack.customerId).toBeNull(); // the newcomer is not in the restored register
    expect(lateBack.events.map((e) => e.event)).toContain('carried-over');

    // The chain verifies, and holds everything it held before plus what the restore added.
    const chain = value(await m<LogVerification>('privacy.log.verify', {}));
    expect(chain.ok).toBe(true);
    expect(chain.count).toBeGreaterThan(chainBefore.count);

    // Every document verifies by its code, with its request and signer.
    for (const code of [extract.verificationCode, cert.certificate.verificationCode, refusal.refusalLetter!.verificationCode]) {
      const check = value(await m<DocumentCheck>('privacy.documents.verify', { code }));
      expect(check.found, code).toBe(true);
      expect(check.requestNumber, code).not.toBeNull();
      expect(check.issuedByName, code).toBe(MANAGER.fullName);
    }
    expect(value(await m<DocumentCheck>('privacy.documents.verify', { code: cert.certificate.verificationCode })).requestNumber).toBe(erasure.number);

    // The scan and the stored extract read back; the erased person stays erased.
    const rectBack = value(await m<PrivacyRequest>('privacy.requests.get', { id: rect.id }));
    const scan = value(await m<{ base64: string }>('privacy.requests.attachment', { id: rect.id, attachmentId: rectBack.attachments[0]!.id }));
    expect(Buffer.from(scan.base64, 'base64').equals(SCAN)).toBe(true);
    const stored = value(await m<{ base64: string }>('privacy.requests.document', { id: access.id, documentId: extract.documentId }));
    expect(Buffer.from(stored.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const gone = await m('customers.get', { id: erased.id });
    expect(gone.ok).toBe(false);
    expect(value(await m<PrivacyRequest>('privacy.requests.get', { id: erasure.id })).requesterName).not.toContain('Unohdettava');

    // The clerk's account is gone with the restore, as the backup did not know it.
    expect((await loggedIn(r.core, STAFF, 'staff').catch((e: Error) => e)) instanceof Error).toBe(true);
  });

  it('a journal whose history parted from the register is listed for the manager and kept aside, never merged', async () => {
    const c = value(await m<Customer>('customers.create', { ...person({ firstName: 'Haarautuva', lastName: 'Historia', email: 'haara@example.fi', phone: '040 700 0005', postalCode: '90100' }), confirmNotDuplicate: true }));
    const backup = value(await m<BackupResult>('backup.create', { folder: r.stick }));
    const lost = value(await m<PrivacyRequest>('privacy.requests.create', log(c, ['access'])));
    // A copy of the journal as it is now; then the journal is lost and the backup restored (on a
    // new PC, say): the register goes on without the request above…
    const copy = join(r.tmp.dir, 'journal-copy.bin');
    copyFileSync(join(r.dir, JOURNAL_FILE), copy);
    unlinkSync(join(r.dir, JOURNAL_FILE));
    const restored = await restore(backup.file);
    expect(restored.requestLog.events).toBe(0);
    const other = value(await m<PrivacyRequest>('privacy.requests.create', log(c, ['objection'])));
    expect(other.number).toBe(lost.number); // the same number, another request: the histories parted
    // …and the old journal comes back: it is not merged; what only it held is listed (at the next
    // login, in the audit log the manager reads).
    value(await m('session.logout'));
    copyFileSync(copy, join(r.dir, JOURNAL_FILE));
    m = await loggedIn(r.core, MANAGER);
    const audit = value(await m<{ action: string; details: { notCarried?: { kind: string; requestNumber: string; reason: string }[]; events?: number } }[]>('audit.list', { limit: 20 }));
    const carried = audit.find((a) => a.action === 'requestJournal.carriedOver');
    expect(carried?.details.events).toBe(0);
    expect(carried?.details.notCarried).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'event', requestNumber: lost.number, reason: 'diverged' })]));
    expect(value(await m<RequestSummary[]>('privacy.requests.list', { view: 'all' })).filter((r) => r.number === lost.number).map((r) => r.types)).toEqual([['objection']]);
    expect(readdirSync(r.dir).some((f) => f.startsWith(`${JOURNAL_FILE}.unmerged-`))).toBe(true);
    expect(existsSync(join(r.dir, JOURNAL_FILE))).toBe(true);
    expect(value(await m<LogVerification>('privacy.log.verify', {})).ok).toBe(true);
  });

  it('a record cut short by a crash does not hide what is written after it', async () => {
    const c = value(await m<Customer>('customers.create', { ...person({ firstName: 'Katkennut', lastName: 'Kirjoitus', email: 'katko@example.fi', phone: '040 700 0006', postalCode: '15100' }), confirmNotDuplicate: true }));
    const backup = value(await m<BackupResult>('backup.create', { folder: r.stick }));
    const first = value(await m<PrivacyRequest>('privacy.requests.create', log(c, ['access'])));
    // The app dies while appending: a record's length is written, its body only in part.
    value(await m('session.logout'));
    const cut = Buffer.alloc(10);
    cut.writeUInt32BE(5000);
    appendFileSync(join(r.dir, JOURNAL_FILE), cut);
    m = await loggedIn(r.core, MANAGER);
    const second = value(await m<PrivacyRequest>('privacy.requests.create', log(c, ['objection'])));
    const restored = await restore(backup.file);
    expect(restored.requestLog).toMatchObject({ requests: 2, notCarried: [] });
    const numbers = value(await m<RequestSummary[]>('privacy.requests.list', { view: 'all' })).map((x) => x.number);
    expect(numbers).toEqual(expect.arrayContaining([first.number, second.number]));
    expect(value(await m<LogVerification>('privacy.log.verify', {})).ok).toBe(true);
  });
});
