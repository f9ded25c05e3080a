// Organisations on a real encrypted register: who counts as representing one (issue #15: the
// card said "0 asiakasta edustaa" beside its one contact person).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Customer } from '../../shared/api/customers';
import type { Organization, OrganizationSummary } from '../../shared/api/organizations';
import { MANAGER, createCore, loggedIn, setUpRegister, staffClerk, tempDir, value } from '../support/register';
import { daysBeforeToday, person } from '../support/customers';

describe('organisations', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let s: Awaited<ReturnType<typeof loggedIn>>;
  let phone = 1000;
  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
    s = await staffClerk(core, await loggedIn(core, MANAGER, 'manager'));
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('counts as representatives the customers joined to it and its active contact persons, each once', async () => {
    const org = value(await s<Organization>('organizations.create', { name: 'Rauman Puu ja Paperi Oy', businessId: '0112038-9', street: 'Satamakatu 5', postalCode: '26100', city: 'Rauma' }));
    const create = async (firstName: string, organizationId: number | null) =>
      value(await s<Customer>('customers.create', person({ firstName, lastName: 'Äijälä', email: `${firstName.toLowerCase()}@example.fi`, phone: `040 555 ${phone++}`, street: `${firstName}tie 1`, organizationId })));
    const contactOnly = await create('Aino', null);
    const count = async () => ({
      card: value(await s<Organization>('organizations.get', { id: org.id })).memberCount,
      list: value(await s<OrganizationSummary[]>('organizations.list', { query: 'rauman' }))[0]?.memberCount,
    });

    // One contact person whose own record names no organisation: one person represents it.
    value(await s('organizations.addContact', { id: org.id, customerId: contactOnly.id, startDate: daysBeforeToday(30) }));
    expect(await count()).toEqual({ card: 1, list: 1 });

    // A member who is also a contact person counts once; a member without a contact role counts.
    const both = await create('Eino', org.id);
    value(await s('organizations.addContact', { id: org.id, customerId: both.id, startDate: daysBeforeToday(30) }));
    await create('Ilmari', org.id);
    expect(await count()).toEqual({ card: 3, list: 3 });

    // A contact period that has ended (or not begun) no longer makes anyone a representative.
    const former = await create('Oona', null);
    value(await s('organizations.addContact', { id: org.id, customerId: former.id, startDate: daysBeforeToday(60), endDate: daysBeforeToday(10) }));
    expect(await count()).toEqual({ card: 3, list: 3 });
  });
});
