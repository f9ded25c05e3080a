// home.duties on a real encrypted register: one of each duty kind arranged through the API, dates
// from the shop's calendar (helsinkiDate), and what staff see against what the manager sees.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/api/customers';
import type { HomeDuties, DutyKind } from '../../shared/api/home';
import type { Invoice } from '../../shared/api/invoices';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { dueDate } from '../../shared/privacy/deadlines';
import { backupAgeLevel } from '../../electron/core/home/duties';
import { openRegister, value } from '../support/register';
import { counterRequest, daysBeforeToday, person, today } from '../support/customers';
import { line } from '../support/invoicing';

type Reg = Awaited<ReturnType<typeof openRegister>>;

/** A receipt date whose one-month deadline is today: due this week, not overdue. */
function receivedDueToday(): string {
  for (let n = 27; n <= 32; n++) if (dueDate(daysBeforeToday(n)) === today()) return daysBeforeToday(n);
  throw new Error('no receipt date gives today as the deadline');
}

describe('home.duties: the day\'s duties from real data', () => {
  let reg: Reg;
  const ids: Partial<Record<DutyKind, number>> = {};
  beforeAll(async () => {
    reg = await openRegister({ clerk: true, invoicing: true });
    const m = reg.manager;
    // Penalty interest needs this half-year's and the last one's reference rate (a test value).
    const y = Number(today().slice(0, 4));
    const first = Number(today().slice(5, 7)) <= 6;
    for (const validFrom of first ? [`${y - 1}-07-01`, `${y}-01-01`] : [`${y}-01-01`, `${y}-07-01`]) {
      const known = value(await m<{ validFrom: string }[]>('invoicing.referenceRates.list', {}));
      if (!known.some((r) => r.validFrom === validFrom)) value(await m('invoicing.referenceRates.add', { validFrom, rateBp: 250, source: 'Suomen Pankki (testi)' }));
    }
    const customer = async (firstName: string, over: Record<string, unknown> = {}) =>
      value(await m<Customer>('customers.create', { ...person({ firstName, lastName: `Kotinen${firstName}`, email: `${firstName.toLowerCase()}@koti.fi`, phone: '', ...over }), confirmNotDuplicate: true }));
    const a = await customer('Aino');
    // Privacy: overdue (received two months ago), due today, unsigned.
    ids.privacyOverdue = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(a, ['access'], { receivedDate: daysBeforeToday(60) }))).id;
    ids.privacyDueThisWeek = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(a, ['rectification'], { receivedDate: receivedDueToday() }))).id;
    ids.privacySignature = value(
      await m<PrivacyRequest>('privacy.requests.create', counterRequest(a, ['access'], { signed: false, channel: 'letter', identityMethod: 'other', identityNote: 'Osoite täsmää' })),
    ).id;
    // Invoices: B issued 60 days ago (terms 14) and reminded 30 days ago with a 10-day term — its
    // reminder is due too: to collection. C issued 40 days ago, due 26 days ago: to remind.
    const b = await customer('Bertta');
    const c = await customer('Cecilia');
    const draftB = value(await m<Invoice>('invoices.createDraft', { customerId: b.id, lines: [line()], invoiceDate: daysBeforeToday(60), paymentTermDays: 14 }));
    const invB = value(await m<Invoice>('invoices.issue', { id: draftB.id, invoiceDate: daysBeforeToday(60) }));
    value(await m('invoices.remind', { invoiceId: invB.id, date: daysBeforeToday(30), dueDate: daysBeforeToday(20), chargeFee: false }));
    ids.invoicesToCollection = invB.id;
    const draftC = value(await m<Invoice>('invoices.createDraft', { customerId: c.id, lines: [line()], invoiceDate: daysBeforeToday(40), paymentTermDays: 14 }));
    ids.invoicesToRemind = value(await m<Invoice>('invoices.issue', { id: draftC.id, invoiceDate: daysBeforeToday(40) })).id;
    // An invoice due only 5 days ago: overdue, but the first fee-bearing reminder is not yet allowed.
    const d = await customer('Doris');
    const draftD = value(await m<Invoice>('invoices.createDraft', { customerId: d.id, lines: [line()], invoiceDate: daysBeforeToday(19), paymentTermDays: 14 }));
    value(await m<Invoice>('invoices.issue', { id: draftD.id, invoiceDate: daysBeforeToday(19) }));
    // Retention: a customer since 2010 without orders — relationship ended 2012, purge due 2022.
    ids.retentionDue = (await customer('Eemeli', { relationshipStart: '2010-03-01' })).id;
    // A restriction set from a request that has since been answered: waiting for the lift notice.
    const f = await customer('Frida');
    const req = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(f, ['restriction'])));
    value(await m('customers.setRestriction', { id: f.id, restricted: true, reason: `request:${req.number}` }));
    value(await m('privacy.requests.setStatus', { id: req.id, status: 'completed', note: '' }));
    ids.restrictionLift = f.id;
    // A restriction still under its open request is not yet to be lifted.
    const g = await customer('Greta');
    const open = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(g, ['restriction'])));
    value(await m('customers.setRestriction', { id: g.id, restricted: true, reason: `request:${open.number}` }));
  });
  afterAll(() => reg.close());

  it('lists one line per duty kind for the manager, each naming its record', async () => {
    const home = value(await reg.manager<HomeDuties>('home.duties', {}));
    expect(home.today).toBe(today());
    const byKind = new Map(home.duties.map((d) => [d.kind, d]));
    for (const [kind, id] of Object.entries(ids)) {
      expect(byKind.get(kind as DutyKind)?.items.map((i) => i.id), kind).toContain(id);
    }
    expect(byKind.get('privacyOverdue')?.count).toBe(1);
    // The answered restriction request is closed; the two other restriction requests stay open.
    expect(byKind.get('restrictionLift')?.count).toBe(1);
    expect(byKind.get('invoicesToRemind')?.count).toBe(1); // not Doris's: day 15 has not come
    expect(byKind.get('invoicesToCollection')?.count).toBe(1);
    expect(byKind.get('invoicesToRemind')?.items[0]).toMatchObject({ name: expect.stringContaining('Cecilia'), openCents: expect.any(Number) });
    // No verified backup yet: red.
    expect(home.backup.level).toBe('alert');
    expect(home.invoicing.ready).toBe(true);
  });

  it('gives staff the counter\'s part only', async () => {
    const home = value(await reg.clerk!<HomeDuties>('home.duties', {}));
    expect(home.duties.map((d) => d.kind).sort()).toEqual(['invoicesToCollection', 'invoicesToRemind', 'privacySignature']);
    expect(home.backup.level).toBe('alert');
  });

  it('says the backup is fresh after one, and drops what was done', async () => {
    const stick = join(reg.tmp.dir, 'usb');
    mkdirSync(stick);
    value(await reg.manager('backup.create', { folder: stick }));
    value(await reg.manager('invoices.sendToCollection', { invoiceId: ids.invoicesToCollection, agency: 'Perintä Oy' }));
    const home = value(await reg.manager<HomeDuties>('home.duties', {}));
    expect(home.backup.level).toBe('ok');
    expect(home.duties.some((d) => d.kind === 'invoicesToCollection')).toBe(false);
  });

  it('grades the backup age by the manager\'s setting: warn from it, red from twice it', () => {
    expect(backupAgeLevel({ workingDaysSince: 0, warnAfterWorkingDays: 1 })).toBe('ok');
    expect(backupAgeLevel({ workingDaysSince: 1, warnAfterWorkingDays: 1 })).toBe('warn');
    expect(backupAgeLevel({ workingDaysSince: 2, warnAfterWorkingDays: 1 })).toBe('alert');
    expect(backupAgeLevel({ workingDaysSince: 5, warnAfterWorkingDays: 3 })).toBe('warn');
    expect(backupAgeLevel({ workingDaysSince: 6, warnAfterWorkingDays: 3 })).toBe('alert');
    expect(backupAgeLevel({ workingDaysSince: null, warnAfterWorkingDays: 3 })).toBe('alert');
  });
});
