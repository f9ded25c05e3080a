import { beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/api/customers';
import type { RetentionDue } from '../../shared/api/retention';
import { value, staffClerk } from '../support/register';
import { suiteRegister } from '../support/suite';
import { person, today } from '../support/customers';
import { decryptedBytes } from '../support/plaintext';

describe('retention: ten years from the end of the customer relationship', () => {
  const reg = suiteRegister({ invoicing: true });
  const { manager: m } = reg;
  const make = async (first: string, start: string) =>
    value(await m<Customer>('customers.create', { ...person({ firstName: first, lastName: `Vanha${first}`, email: `${first.toLowerCase()}@vanha.fi`, phone: '', relationshipStart: start }), confirmNotDuplicate: true }));
  let inactive: Customer;
  let ended: Customer;
  let recent: Customer;
  let invoiced: Customer;
  beforeAll(async () => {
    inactive = await make('Hiljainen', '2010-03-01'); // no orders: ended 1.3.2012, due 1.3.2022
    ended = await make('Lopettanut', '2020-01-01');
    value(await m('privacy.retention.endRelationship', { customerId: ended.id, endDate: '2014-06-30' }));
    recent = await make('Tuore', '2025-01-01');
    invoiced = await make('Laskutettu', '2010-01-01');
    const d = value(await m<{ id: number }>('invoices.createDraft', { customerId: invoiced.id, lines: [{ description: 'Kynä', quantity: 1, unitPriceCents: 100, vatCategory: 'general' }] }));
    const inv = value(await m<{ id: number; grossCents: number }>('invoices.issue', { id: d.id }));
    value(await m('invoices.addPayment', { invoiceId: inv.id, date: today(), amountCents: inv.grossCents }));
  });

  it('lists who is due, with the blocker of invoices still inside their retention', async () => {
    const review = value(await m<{ inactiveMonths: number; due: RetentionDue[] }>('privacy.retention.review', {}));
    expect(review.inactiveMonths).toBe(24);
    const byId = new Map(review.due.map((d) => [d.customerId, d]));
    expect(byId.get(inactive.id)).toMatchObject({ relationshipEnd: '2012-03-01', dueSince: '2022-03-01', blockedUntil: null });
    expect(byId.get(ended.id)).toMatchObject({ relationshipEnd: '2014-06-30', dueSince: '2024-06-30' });
    expect(byId.has(recent.id)).toBe(false);
    expect(byId.get(invoiced.id)?.blockedUntil).toMatch(/^20\d\d-12-31$/);
  });

  it('refuses a purge that would remove an invoice inside its retention; staff cannot purge; the manager purges in one step', async () => {
    const staff = await staffClerk(reg.core, m);
    const byStaff = await staff('privacy.retention.purge', { customerIds: [inactive.id] });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const blocked = await m('privacy.retention.purge', { customerIds: [inactive.id, invoiced.id] });
    expect(!blocked.ok && blocked.error.code).toBe('BLOCKED');
    expect(value(await m<Customer>('customers.get', { id: inactive.id })).firstName).toBe('Hiljainen');
    const notDue = await m('privacy.retention.purge', { customerIds: [recent.id] });
    expect(!notDue.ok && notDue.error.code).toBe('CONFLICT');
    const done = value(await m<{ purgeNumber: string; purged: number }>('privacy.retention.purge', { customerIds: [inactive.id, ended.id] }));
    expect(done.purged).toBe(2);
    expect(done.purgeNumber).toMatch(/^R-\d{4}-\d{4}$/);
    for (const c of [inactive, ended]) {
      const gone = await m('customers.get', { id: c.id });
      expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    }
    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 5 }));
    const purge = audit.find((a) => a.action === 'privacy.retention.purge')!;
    expect(JSON.stringify(purge.details)).not.toContain('Hiljainen');
    const bytes = await decryptedBytes(reg.dir);
    for (const needle of ['VanhaHiljainen', 'hiljainen@vanha.fi', 'VanhaLopettanut']) expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
  });
});
