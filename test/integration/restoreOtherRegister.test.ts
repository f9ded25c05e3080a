import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { MAGIC } from '../../electron/core/backup/backupFile';
import { join } from 'node:path';
import type { AuditRow } from '../../shared/api/audit';
import type { BackupResult, RestoreResult } from '../../shared/api/backup';
import type { Customer } from '../../shared/api/customers';
import type { ErasureResult } from '../../shared/api/erasure';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { LEDGER_FILE } from '../../electron/core/ledger/ledger';
import { JOURNAL_FILE } from '../../electron/core/journal/journalFile';
import { MANAGER, loggedIn, registerWithStick, value } from '../support/register';
import { counterRequest, person } from '../support/customers';

// Issue #14 §4: a backup of *another* register (another PC's) never replaces the live one by
// accident; only the manager's separate confirmation does, and then the live register's erasure
// ledger and request journal go aside with it while the backup's own ledger takes their place.
describe('restoring another register\'s backup', () => {
  let live: Awaited<ReturnType<typeof registerWithStick>>;
  let other: Awaited<ReturnType<typeof registerWithStick>>;
  let otherBackup: string;
  let liveCustomer: Customer;
  beforeEach(async () => {
    live = await registerWithStick();
    other = await registerWithStick();
    const m = other.manager;
    value(await m<Customer>('customers.create', person({ firstName: 'Toisen', lastName: 'Rekisterin', email: 'toinen@example.fi', phone: '040 900 0101' })));
    // The other register has erased someone: its ledger must come with its backup.
    const gone = value(await m<Customer>('customers.create', { ...person({ firstName: 'Poistettu', lastName: 'Ihminen', email: 'poistettu@example.fi', phone: '040 900 0102', postalCode: '20100' }), confirmNotDuplicate: true }));
    const req = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(gone, ['erasure'])));
    value(await m<ErasureResult>('privacy.erasure.execute', { requestId: req.id, mode: 'full' }));
    otherBackup = join(other.stick, value(await m<BackupResult>('backup.create', { folder: other.stick })).file);
    // The live register has its own customer, request and erasure ledger.
    liveCustomer = value(await live.manager<Customer>('customers.create', person()));
    value(await live.manager<PrivacyRequest>('privacy.requests.create', counterRequest(liveCustomer, ['access'])));
    const liveGone = value(await live.manager<Customer>('customers.create', { ...person({ firstName: 'Elävän', lastName: 'Poistettu', email: 'elava@example.fi', phone: '040 900 0103', postalCode: '33100' }), confirmNotDuplicate: true }));
    const liveReq = value(await live.manager<PrivacyRequest>('privacy.requests.create', counterRequest(liveGone, ['erasure'])));
    value(await live.manager<ErasureResult>('privacy.erasure.execute', { requestId: liveReq.id, mode: 'full' }));
  });
  afterEach(() => {
    live.close();
    other.close();
  });

  it('is refused by default, before any password work, and the live register is untouched', async () => {
    const keyringBefore = readFileSync(join(live.dir, 'keyring.json'), 'utf8');
    const r = await live.manager('backup.restore', { file: otherBackup, username: MANAGER.username, password: MANAGER.password });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toMatch(/toisesta rekisteristä/);
    }
    expect(readFileSync(join(live.dir, 'keyring.json'), 'utf8')).toBe(keyringBefore);
    expect(readdirSync(live.dir).filter((n) => n.startsWith('replaced-'))).toEqual([]);
    expect(value(await live.manager<Customer>('customers.get', { id: liveCustomer.id })).lastName).toBe(liveCustomer.lastName);
  });

  it('is refused when the header claims this register but the keyring is another\'s', async () => {
    // The header is not authenticated until the key is known: the keyring inside decides.
    const bytes = readFileSync(otherBackup);
    const len = bytes.readUInt32BE(MAGIC.length);
    const header = JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('utf8')) as { registerId: string };
    header.registerId = (JSON.parse(readFileSync(join(live.dir, 'keyring.json'), 'utf8')) as { registerId: string }).registerId;
    const hb = Buffer.from(JSON.stringify(header));
    const lb = Buffer.alloc(4);
    lb.writeUInt32BE(hb.length);
    const body = Buffer.concat([MAGIC, lb, hb, bytes.subarray(MAGIC.length + 4 + len, bytes.length - 64)]);
    const claimed = join(other.stick, 'claims-live.arbk');
    writeFileSync(claimed, Buffer.concat([body, createHash('sha256').update(body).digest(), Buffer.alloc(32)]));
    const r = await live.manager('backup.restore', { file: claimed, username: MANAGER.username, password: MANAGER.password });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(readdirSync(live.dir).filter((n) => n.startsWith('replaced-'))).toEqual([]);
  });

  it('replaces the register when the manager confirms it; the ledger and journal beside it are the backup\'s, the old ones kept aside; recorded', async () => {
    const liveLedger = readFileSync(join(live.dir, LEDGER_FILE));
    const r = value(await live.manager<RestoreResult>('backup.restore', { file: otherBackup, username: MANAGER.username, password: MANAGER.password, replaceRegister: true }));
    expect(r.replacedOtherRegister).toBe(true);
    expect(r.erasuresReapplied).toBe(0);
    // The replaced register's twins lie with it, byte for byte; the folder holds the backup's ledger.
    expect(readFileSync(join(r.previousKeptIn, LEDGER_FILE)).equals(liveLedger)).toBe(true);
    expect(existsSync(join(r.previousKeptIn, JOURNAL_FILE))).toBe(true);
    expect(readdirSync(live.dir).filter((n) => n.includes('.other-'))).toEqual([]);
    // The backup's own keyring: the other register's manager logs in and sees its customers.
    const m = await loggedIn(live.core, MANAGER);
    const list = value(await m<{ total: number; rows: { lastName: string | null }[] }>('customers.list', {}));
    expect(list.total).toBe(1);
    const audit = value(await m<AuditRow[]>('audit.list', { limit: 20 }));
    const restored = audit.find((a) => a.action === 'register.restored');
    expect(restored?.details).toMatchObject({ replacedOtherRegister: expect.any(String) });
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
    // Its ledger works: the erased person stays erased through a later restore of the same backup.
    const again = value(await m<RestoreResult>('backup.restore', { file: otherBackup, username: MANAGER.username, password: MANAGER.password }));
    expect(again.replacedOtherRegister).toBe(false);
  });
});
