import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Customer } from '../../shared/api/customers';
import type { Disclosure } from '../../shared/api/disclosures';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';
import { person } from '../support/customers';

describe('disclosures register', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let a: Customer;
  let b: Customer;
  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER);
    a = value(await m<Customer>('customers.create', person()));
    b = value(await m<Customer>('customers.create', { ...person({ firstName: 'Toinen', email: 'toinen@example.fi', phone: '040 111 0000', postalCode: '20100' }), confirmNotDuplicate: true }));
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('records who received what, when and why, per customer; survives a merge once', async () => {
    const d = value(
      await m<Disclosure>('privacy.disclosures.create', {
        date: '2026-11-20',
        recipient: 'Luottotieto Oy',
        recipientKind: 'credit_check',
        purpose: 'Luottopäätös laskulla myyntiä varten',
        dataCategories: ['identity', 'contact'],
        customerIds: [a.id, b.id],
      }),
    );
    expect(d).toMatchObject({ recipientKind: 'credit_check', customerCount: 2, createdByName: MANAGER.fullName });
    expect(value(await m<Disclosure[]>('privacy.disclosures.list', { customerId: a.id })).map((x) => x.id)).toEqual([d.id]);
    const unknown = await m('privacy.disclosures.create', { date: '2026-11-20', recipient: 'X', recipientKind: 'other', purpose: 'x', dataCategories: ['identity'], customerIds: [9999] });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    value(await m('customers.merge', { survivorId: a.id, mergedId: b.id }));
    const after = value(await m<Disclosure[]>('privacy.disclosures.list', { customerId: a.id }));
    expect(after.map((x) => [x.id, x.customerCount])).toEqual([[d.id, 1]]);
  });
});
