import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Customer } from '../../shared/api/customers';
import type { Disclosure } from '../../shared/api/disclosures';
import type { AccountingExport, Invoice, InvoiceSummary, InvoicingSettingsView, OverdueRow, ReferenceRate } from '../../shared/api/invoices';
import type { Order } from '../../shared/api/orders';
import { isValidReferenceNumber, isValidRfReference, parseVirtualBarcode, referenceNumber, rfReference, vatForNet } from '../../shared/finnish';
import { MANAGER, loggedIn, staffClerk, value } from '../support/register';
import { person } from '../support/customers';
import { invoicingRegister, issuedInvoice, line, order, pdfText, type Call } from '../support/invoicing';

type List = { total: number; rows: InvoiceSummary[]; sums: { grossCents: number; openCents: number } };

describe('invoices', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  beforeAll(async () => {
    r = await invoicingRegister();
    m = r.m;
    // Before the first invoice the number start can be chosen.
    const s = value(await m<InvoicingSettingsView>('invoicing.settings.update', { invoiceNumberStart: 26001, accountingPartner: 'Tilitoimisto Numerot Oy' }));
    expect(s).toMatchObject({ nextInvoiceNumber: 26001, lastInvoiceNumber: null, ready: true, iban: 'FI7944052020036082' });
  });
  afterAll(() => r.close());

  it('refuses to issue without the seller’s IBAN, and invalid bank details are refused', async () => {
    const bad = await m('invoicing.settings.update', { iban: 'FI79 4405 2020 0360 83', bic: 'OKOY' });
    expect(!bad.ok && bad.error.details?.fields).toMatchObject({ iban: expect.stringMatching(/IBAN/), bic: expect.stringMatching(/BIC/) });
    const fee = await m('invoicing.settings.update', { reminderFeeCents: 501 });
    expect(!fee.ok && fee.error.details?.fields?.reminderFeeCents).toMatch(/5,00\s€/);
    value(await m('invoicing.settings.update', { iban: '' }));
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: r.maija.id, lines: [line()] }));
    const refused = await m('invoices.issue', { id: draft.id });
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message).toMatch(/IBAN-tilinumero/);
    value(await m('invoicing.settings.update', { iban: 'FI79 4405 2020 0360 82' }));
    value(await m('invoices.deleteDraft', { id: draft.id }));
  });

  it('issues from orders of one customer: number, reference, RF, due date, seller and buyer frozen', async () => {
    const o1 = await order(r.m, r.pasi.id, { date: '2026-02-20' });
    const o2 = await order(r.m, r.pasi.id, { date: '2026-02-25', lines: [line({ description: 'Kahvi', vatCategory: 'reducedA', unitPriceCents: 612, quantity: 2 })] });
    const other = await order(r.m, r.maija.id);
    const mixed = await m('invoices.createDraft', { customerId: r.pasi.id, orderIds: [o1.id, other.id] });
    expect(!mixed.ok && mixed.error.code).toBe('CONFLICT');
    expect(!mixed.ok && mixed.error.message).toMatch(/toiselle asiakkaalle/);
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: r.pasi.id, orderIds: [o1.id, o2.id], lines: [line({ description: 'Rahti', unit: '', unitPriceCents: 1500, quantity: 1 })] }));
    expect(draft).toMatchObject({ status: 'draft', number: null, billTo: 'organization', debtorKind: 'business', deliveryDate: '2026-02-25', deliveryPeriodStart: '2026-02-20', paymentTermDays: 14 });
    expect(draft.lines.map((l) => l.orderId)).toEqual([o1.id, o2.id, null]);
    expect(value(await m<Order>('orders.get', { id: o1.id })).status).toBe('invoiced');
    const again = await m('invoices.createDraft', { customerId: r.pasi.id, orderIds: [o1.id] });
    expect(!again.ok && again.error.code).toBe('CONFLICT');

    const inv = value(await m<Invoice>('invoices.issue', { id: draft.id }));
    expect(inv).toMatchObject({ status: 'issued', number: 26001, invoiceDate: '2026-03-02', dueDate: '2026-03-16', reference: referenceNumber('26001'), rfReference: rfReference(referenceNumber('26001')) });
    expect(isValidReferenceNumber(inv.reference!)).toBe(true);
    expect(isValidRfReference(inv.rfReference!)).toBe(true);
    // Business debtor: reference rate 2,5 % + 8 points.
    expect(inv.penaltyInterestBp).toBe(1050);
    expect(inv.seller).toMatchObject({ name: 'Nano Office Oy / Konttorimix', businessId: '1007435-3', vatNumber: 'FI10074353', iban: 'FI7944052020036082', bic: 'OKOYFIHH' });
    expect(inv.buyer).toMatchObject({ name: 'Rauman Puutyö Oy', attention: 'Pasi Puuseppä', businessId: '0737546-2', street: 'Tehtaankatu 5' });
    expect(parseVirtualBarcode(inv.virtualBarcode!)).toEqual({ version: 4, iban: 'FI7944052020036082', cents: inv.grossCents, reference: referenceNumber('26001'), dueDate: '2026-03-16' });
    expect(value(await m<Order>('orders.get', { id: o1.id }))).toMatchObject({ status: 'invoiced', invoiceNumber: 26001 });

    // A later change of the organisation's address does not touch the issued invoice.
    value(await m('organizations.update', { id: r.organizationId, organization: { name: 'Rauman Puutyö Oy', businessId: '0737546-2', street: 'Uusikatu 9', postalCode: '26100', city: 'Rauma' } }));
    expect(value(await m<Invoice>('invoices.get', { id: inv.id })).buyer.street).toBe('Tehtaankatu 5');
    const fixed = await m('invoicing.settings.update', { invoiceNumberStart: 5000 });
    expect(!fixed.ok && fixed.error.code).toBe('CONFLICT');
  });

  it('an issued invoice refuses every edit with a clear message', async () => {
    const inv = await issuedInvoice(m, r.maija.id);
    for (const [method, params] of [
      ['invoices.updateDraft', { id: inv.id, notes: 'muutos' }],
      ['invoices.updateDraft', { id: inv.id, lines: [line({ quantity: 1 })] }],
      ['invoices.deleteDraft', { id: inv.id }],
      ['invoices.issue', { id: inv.id }],
    ] as const) {
      const res = await m(method, params);
      expect(res.ok, method).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('CONFLICT');
        expect(res.error.message).toBe(`Lasku ${inv.number} on jo lähetetty, eikä sitä voi muuttaa. Korjaa se hyvityslaskulla.`);
      }
    }
    const en = await r.core.call('manager', 'en', 'invoices.updateDraft', { id: inv.id, notes: 'x' });
    expect(!en.ok && en.error.message).toBe(`Invoice ${inv.number} has been issued and cannot be changed. Correct it with a credit note.`);
    expect(value(await m<Invoice>('invoices.get', { id: inv.id }))).toMatchObject({ notes: '', grossCents: inv.grossCents, lines: inv.lines });
  });

  it('numbers stay consecutive without gaps or duplicates when many windows issue at once', async () => {
    const windows = [m, await loggedIn(r.core, MANAGER, 'w2'), await loggedIn(r.core, MANAGER, 'w3'), await loggedIn(r.core, MANAGER, 'w4')];
    const before = value(await m<InvoicingSettingsView>('invoicing.settings.get')).nextInvoiceNumber;
    const drafts: Invoice[] = [];
    for (let i = 0; i < 24; i++) drafts.push(value(await m<Invoice>('invoices.createDraft', { customerId: i % 2 ? r.maija.id : r.pasi.id, lines: [line({ quantity: i + 1 })] })));
    // Every draft is issued from two windows at once, and some calls are bound to fail in between
    // (a date before the last invoice's, an unknown draft): none of them may use up a number.
    const calls = drafts.flatMap((d, i) => [
      windows[i % 4]!('invoices.issue', { id: d.id }),
      windows[(i + 1) % 4]!('invoices.issue', { id: d.id }),
      windows[(i + 2) % 4]!('invoices.issue', { id: 999_999 }),
      windows[(i + 3) % 4]!('invoices.issue', { id: d.id, invoiceDate: '2026-01-01' }),
    ]);
    const results = await Promise.all(calls);
    const ok = results.filter((x) => x.ok).map((x) => (x as { value: Invoice }).value);
    expect(ok).toHaveLength(drafts.length);
    const numbers = ok.map((i) => i.number!).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: drafts.length }, (_, i) => before + i));
    expect(new Set(ok.map((i) => i.id)).size).toBe(drafts.length);
    const refused = results.filter((x) => !x.ok).map((x) => (x as { error: { code: string } }).error.code);
    expect(new Set(refused)).toEqual(new Set(['CONFLICT', 'NOT_FOUND']));
    // The whole register: every number from the start to the last, once.
    const all = value(await m<List>('invoices.list', { limit: 1000 })).rows.filter((x) => x.number !== null).map((x) => x.number!).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => 26001 + i));
  });

  it('a credit note references the original, takes the next number and nets it to zero per VAT rate', async () => {
    const inv = await issuedInvoice(m, r.pasi.id, {
      lines: [
        line({ quantity: 3.5, unitPriceCents: 1999, discountPercent: 7.5 }),
        line({ description: 'Kahvi', vatCategory: 'reducedA', quantity: 7, unitPriceCents: 333 }),
        line({ description: 'Asennus EU', vatCategory: 'zero', exemptionReason: 'reverseChargeEuService', quantity: 1, unitPriceCents: 9000 }),
      ],
    });
    const next = value(await m<InvoicingSettingsView>('invoicing.settings.get')).nextInvoiceNumber;
    const cn = value(await m<Invoice>('invoices.creditNote', { invoiceId: inv.id, reason: 'Väärä toimitus' }));
    expect(cn).toMatchObject({ kind: 'credit_note', status: 'creditNote', number: next, creditedInvoice: { id: inv.id, number: inv.number }, creditReason: 'Väärä toimitus', reference: null, virtualBarcode: null });
    expect(cn.grossCents).toBe(-inv.grossCents);
    expect(cn.vatRows.map((x) => [x.rateBp, x.netCents + 0, x.vatCents + 0])).toEqual(inv.vatRows.map((x) => [x.rateBp, -x.netCents + 0, -x.vatCents + 0]));
    for (const row of inv.vatRows) {
      const mirror = cn.vatRows.find((x) => x.rateBp === row.rateBp)!;
      expect([row.netCents + mirror.netCents, row.vatCents + mirror.vatCents, row.grossCents + mirror.grossCents]).toEqual([0, 0, 0]);
    }
    const original = value(await m<Invoice>('invoices.get', { id: inv.id }));
    expect(original).toMatchObject({ status: 'credited', openCents: 0, creditedCents: inv.grossCents, creditNotes: [{ id: cn.id, number: next }], actions: { canCredit: false, canPay: false } });
    const twice = await m('invoices.creditNote', { invoiceId: inv.id, reason: 'x' });
    expect(!twice.ok && twice.error.message).toMatch(/jo hyvitetty/);
    const ofCredit = await m('invoices.creditNote', { invoiceId: cn.id, reason: 'x' });
    expect(!ofCredit.ok && ofCredit.error.code).toBe('CONFLICT');
    const pdf = pdfText(r.tmp.dir, value(await m<{ filename: string; base64: string }>('invoices.pdf', { id: cn.id })));
    expect(pdf.text).toMatch(/HYVITYSLASKU/);
    expect(pdf.text).toMatch(new RegExp(`hyvittää laskun ${inv.number}`));
    expect(pdf.text).toMatch(/Väärä toimitus/);
  });

  it('sums of the per-rate VAT rows equal the invoice total for random lines (property)', async () => {
    const categories = ['general', 'reducedA', 'reducedB', 'zero'] as const;
    const lineArb = fc.record({
      quantityMilli: fc.integer({ min: 1, max: 999_999 }),
      unitPriceCents: fc.integer({ min: 0, max: 2_000_000 }),
      discountBp: fc.integer({ min: 0, max: 10_000 }),
      category: fc.constantFrom(...categories),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 12 }), fc.constantFrom('2024-08-31', '2025-06-15', '2026-02-01'), async (lines, deliveryDate) => {
        const draft = value(
          await m<Invoice>('invoices.createDraft', {
            customerId: r.maija.id,
            deliveryDate,
            lines: lines.map((l, i) => ({
              description: `Rivi ${i + 1}`,
              quantity: l.quantityMilli / 1000,
              unitPriceCents: l.unitPriceCents,
              discountPercent: l.discountBp / 100,
              vatCategory: l.category,
              ...(l.category === 'zero' ? { exemptionReason: 'export' } : {}),
            })),
          }),
        );
        const sum = (k: 'netCents' | 'vatCents' | 'grossCents') => draft.vatRows.reduce((s, row) => s + row[k], 0);
        expect(sum('grossCents')).toBe(draft.grossCents);
        expect(sum('netCents')).toBe(draft.netCents);
        expect(sum('vatCents')).toBe(draft.vatCents);
        expect(draft.netCents + draft.vatCents).toBe(draft.grossCents);
        expect(draft.lines.reduce((s, l) => s + l.netCents, 0)).toBe(draft.netCents);
        for (const row of draft.vatRows) {
          expect(row.vatCents).toBe(vatForNet(row.netCents, row.rateBp));
          expect(row.netCents).toBe(draft.lines.filter((l) => l.vatRateBp === row.rateBp).reduce((s, l) => s + l.netCents, 0));
        }
        // Every amount is whole cents.
        for (const v of [draft.netCents, draft.vatCents, draft.grossCents, ...draft.lines.map((l) => l.netCents)]) expect(Number.isSafeInteger(v)).toBe(true);
        value(await m('invoices.deleteDraft', { id: draft.id }));
      }),
      { numRuns: 60 },
    );
  });

  it('payments: partial, overpayment refused unless confirmed, paid; a manager can cancel one', async () => {
    const inv = await issuedInvoice(m, r.maija.id, { lines: [line({ quantity: 10, unitPriceCents: 1000 })] }); // 100,00 + 25,5 % = 125,50
    expect(inv).toMatchObject({ grossCents: 12550, openCents: 12550, debtorKind: 'consumer', penaltyInterestBp: 950 });
    const part = value(await m<Invoice>('invoices.addPayment', { invoiceId: inv.id, date: '2026-03-02', amountCents: 5000, method: 'bank_transfer', note: 'viite ok' }));
    expect(part).toMatchObject({ status: 'partiallyPaid', paidCents: 5000, openCents: 7550 });
    const over = await m('invoices.addPayment', { invoiceId: inv.id, date: '2026-03-02', amountCents: 8000 });
    expect(!over.ok && over.error.code).toBe('CONFLICT');
    expect(!over.ok && over.error.message).toMatch(/80,00\s€.*75,50\s€/);
    const future = await m('invoices.addPayment', { invoiceId: inv.id, date: '2026-03-09', amountCents: 100 });
    expect(!future.ok && future.error.details?.fields?.date).toMatch(/tulevaisuudessa/);
    const paid = value(await m<Invoice>('invoices.addPayment', { invoiceId: inv.id, date: '2026-03-02', amountCents: 7550, method: 'cash' }));
    expect(paid).toMatchObject({ status: 'paid', openCents: 0, actions: { canPay: false, canRemind: false } });
    const back = value(await m<Invoice>('invoices.cancelPayment', { paymentId: paid.payments[1]!.id, reason: 'Kirjattu väärälle laskulle' }));
    expect(back).toMatchObject({ status: 'partiallyPaid', paidCents: 5000, openCents: 7550 });
    expect(back.payments[1]!.cancelled).toMatchObject({ reason: 'Kirjattu väärälle laskulle', byName: MANAGER.fullName });
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: r.maija.id, lines: [line()] }));
    const onDraft = await m('invoices.addPayment', { invoiceId: draft.id, date: '2026-03-02', amountCents: 100 });
    expect(!onDraft.ok && onDraft.error.message).toMatch(/luonnos/);
    value(await m('invoices.deleteDraft', { id: draft.id }));
  });

  it('derives overdue from the due date; lists filter open, overdue, in collection and by date', async () => {
    const before = value(await m<List>('invoices.list', { filter: 'open' }));
    expect(before.rows.every((x) => x.status === 'issued' || x.status === 'partiallyPaid')).toBe(true);
    await r.advanceDays(20); // 22.3.2026: everything issued on 2.3. (due 16.3.) is overdue
    const overdue = value(await m<{ total: number; rows: OverdueRow[] }>('invoices.listOverdue', {}));
    expect(overdue.total).toBe(before.total);
    expect(overdue.rows[0]).toMatchObject({ overdue: true, daysOverdue: 6, status: expect.stringMatching(/overdue/) });
    expect(overdue.rows.find((x) => x.debtorKind === 'consumer')!.nextFeeReminderFrom).toBe('2026-03-31');
    const overdueList = value(await m<List>('invoices.list', { filter: 'overdue' }));
    expect(overdueList.total).toBe(overdue.total);
    expect(overdueList.sums.openCents).toBe(overdue.rows.reduce((s, x) => s + x.openCents, 0));

    // A new invoice today is open but not overdue; the date range picks it alone.
    const fresh = await issuedInvoice(m, r.maija.id);
    expect(fresh.invoiceDate).toBe('2026-03-22');
    const today = value(await m<List>('invoices.list', { from: '2026-03-20', to: '2026-03-31' }));
    expect(today.rows.map((x) => x.id)).toEqual([fresh.id]);
    const late = value(await m<Invoice>('invoices.createDraft', { customerId: r.maija.id, lines: [line()] }));
    const backDated = await m('invoices.issue', { id: late.id, invoiceDate: '2026-03-21' });
    expect(!backDated.ok && backDated.error.message).toMatch(/edellisen laskun päiväystä \(22\.3\.2026\)/);
    value(await m('invoices.deleteDraft', { id: late.id }));

    // To collection: only what is overdue; the disclosure lands on the customer's card.
    const notDue = await m('invoices.sendToCollection', { invoiceId: fresh.id, agency: 'Perintä Oy' });
    expect(!notDue.ok && notDue.error.message).toMatch(/ei ole erääntynyt/);
    const target = overdue.rows.find((x) => x.customerId === r.maija.id)!;
    // A consumer is reminded first (good collection practice); only the manager, with a reason, may skip it.
    const unreminded = await m('invoices.sendToCollection', { invoiceId: target.id, agency: 'Lindorff Perintä Oy' });
    expect(!unreminded.ok && unreminded.error).toMatchObject({ code: 'CONFLICT', details: { needsReminder: true } });
    expect(!unreminded.ok && unreminded.error.message).toMatch(/maksumuistutus ennen kuin saatava siirretään perintään/);
    const clerk = await staffClerk(r.core, m);
    const byStaff = await clerk('invoices.sendToCollection', { invoiceId: target.id, agency: 'Lindorff Perintä Oy', withoutReminderReason: 'Kiire' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const sent = value(await m<Invoice>('invoices.sendToCollection', { invoiceId: target.id, agency: 'Lindorff Perintä Oy', withoutReminderReason: 'Asiakas kiisti velan puhelimessa ja kieltäytyi maksamasta' }));
    const audited = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 5 })).find((x) => x.action === 'invoice.collection')!;
    expect(audited.details).toMatchObject({ withoutReminderReason: 'Asiakas kiisti velan puhelimessa ja kieltäytyi maksamasta' });
    expect(sent).toMatchObject({ status: 'inCollection', collection: { date: '2026-03-22', agency: 'Lindorff Perintä Oy' }, actions: { canRemind: false, canSendToCollection: false } });
    const disclosures = value(await m<Disclosure[]>('privacy.disclosures.list', { customerId: r.maija.id }));
    expect(disclosures[0]).toMatchObject({
      id: sent.collection!.disclosureId,
      recipient: 'Lindorff Perintä Oy',
      recipientKind: 'collection',
      dataCategories: ['identity', 'contact', 'invoices', 'payments'],
      reference: `Lasku ${target.number}`,
      customerCount: 1,
    });
    expect(disclosures[0]!.purpose).toMatch(new RegExp(`perintä \\(lasku ${target.number}\\)`));
    const inCollection = value(await m<List>('invoices.list', { filter: 'inCollection' }));
    expect(inCollection.rows.map((x) => x.id)).toEqual([target.id]);
    expect(value(await m<List>('invoices.list', { filter: 'overdue' })).rows.map((x) => x.id)).not.toContain(target.id);
    const twice = await m('invoices.sendToCollection', { invoiceId: target.id, agency: 'Toinen Oy' });
    expect(!twice.ok && twice.error.message).toMatch(/siirretty perintään 22\.3\.2026/);
    // The customer card's view: their invoices, newest first.
    const card = value(await m<List>('invoices.list', { customerId: r.maija.id, limit: 3 }));
    expect(card.rows[0]!.id).toBe(fresh.id);
    expect(card.rows.every((x) => x.customerId === r.maija.id)).toBe(true);
  });

  it('exports a period for the accounting partner as CSV and records the disclosure', async () => {
    const res = value(await m<AccountingExport>('invoices.accountingExport', { from: '2026-03-01', to: '2026-03-31' }));
    expect(res.files.map((f) => f.filename)).toEqual(['laskut-2026-03-01_2026-03-31.csv', 'suoritukset-2026-03-01_2026-03-31.csv']);
    const invoicesCsv = Buffer.from(res.files[0]!.base64, 'base64').toString('utf8');
    const paymentsCsv = Buffer.from(res.files[1]!.base64, 'base64').toString('utf8');
    expect(invoicesCsv.startsWith('\ufeffTyyppi;Numero;Päiväys')).toBe(true);
    expect(invoicesCsv).toMatch(new RegExp(`\\r\\nLasku;26001;2026-03-02;2026-02-25;2026-03-16;\\d+;Rauman Puutyö Oy;0737546-2;${referenceNumber('26001')};;25,5;`));
    expect(invoicesCsv).toMatch(/\r\nHyvityslasku;\d+;2026-03-\d\d;[^;]*;;\d+;Rauman Puutyö Oy;0737546-2;;\d+;25,5;-/);
    expect(paymentsCsv).toMatch(/2026-03-02;\d+;\d+;Maija Mäki-Petäjä;50,00;Tilisiirto;\d+;\r\n/);
    expect(paymentsCsv).toMatch(/;75,50;Käteinen;\d+;2026-03-0\d\r\n/);
    expect(res.invoiceCount).toBeGreaterThan(20);
    expect(res.paymentCount).toBe(2);
    const d = value(await m<Disclosure[]>('privacy.disclosures.list', { customerId: r.pasi.id })).find((x) => x.id === res.disclosureId)!;
    expect(d).toMatchObject({ recipient: 'Tilitoimisto Numerot Oy', recipientKind: 'accounting', customerCount: 2, dataCategories: ['identity', 'organisation', 'invoices', 'payments'] });
    const empty = value(await m<AccountingExport>('invoices.accountingExport', { from: '2020-01-01', to: '2020-12-31', recipient: 'Tilitoimisto Numerot Oy' }));
    expect(empty).toMatchObject({ invoiceCount: 0, paymentCount: 0, disclosureId: null });
  });

  it('a spreadsheet never runs a buyer’s name as a formula', async () => {
    const odd = value(await m<Customer>('customers.create', { ...person({ firstName: '=1+2', lastName: 'Virtanen', email: 'v@example.fi', phone: '040 999 0000', postalCode: '20100' }), confirmNotDuplicate: true }));
    await issuedInvoice(m, odd.id);
    const res = value(await m<AccountingExport>('invoices.accountingExport', { from: '2026-03-22', to: '2026-03-22' }));
    const csv = Buffer.from(res.files[0]!.base64, 'base64').toString('utf8');
    expect(csv).toContain(";'=1+2 Virtanen;");
    expect(csv).not.toMatch(/;=1\+2/);
  });

  it('sums up a customer’s invoicing for the card and the erasure check', async () => {
    const pasi = value(await m<{ openInvoices: { number: number }[]; inCollection: unknown[]; issuedCount: number; vouchersKeptUntil: string; openCents: number; drafts: number; openOrders: number }>('invoices.customerSummary', { customerId: r.pasi.id }));
    expect(pasi.issuedCount).toBeGreaterThan(5);
    expect(pasi.openInvoices.length).toBeGreaterThan(0);
    expect(pasi.vouchersKeptUntil).toBe('2032-12-31');
    expect(pasi.openCents).toBe(pasi.openInvoices.reduce((s, i) => s + (i as unknown as { openCents: number }).openCents, 0));
    const maija = value(await m<{ inCollection: { agency: string }[] }>('invoices.customerSummary', { customerId: r.maija.id }));
    expect(maija.inCollection.map((x) => x.agency)).toEqual(['Lindorff Perintä Oy']);
    const byName = value(await m<List>('invoices.list', { query: 'puutyö' }));
    expect(byName.total).toBeGreaterThan(3);
    expect(new Set(byName.rows.map((x) => x.buyerName))).toEqual(new Set(['Rauman Puutyö Oy']));
    expect(value(await m<List>('invoices.list', { query: '26001' })).rows.map((x) => x.number)).toEqual([26001]);
    expect(value(await m<List>('invoices.list', { query: '%' })).total).toBe(0);
    const none = await m('invoices.customerSummary', { customerId: 99999 });
    expect(!none.ok && none.error.code).toBe('NOT_FOUND');
  });

  it('reference rates are data a manager adds to; penalty interest follows the half-year', async () => {
    const added = value(await m<ReferenceRate[]>('invoicing.referenceRates.add', { validFrom: '2026-07-01', rateBp: 200, source: 'Suomen Pankki 30.6.2026' }));
    expect(added.slice(0, 2).map((x) => [x.validFrom, x.rateBp, x.source])).toEqual([
      ['2026-07-01', 200, 'Suomen Pankki 30.6.2026'],
      ['2026-01-01', 250, expect.stringContaining('Suomen Pankki')],
    ]);
    const noSource = await m('invoicing.referenceRates.add', { validFrom: '2027-01-01', rateBp: 200, source: ' ' });
    expect(!noSource.ok && noSource.error.details?.fields?.source).toBeTruthy();
    const dup = await m('invoicing.referenceRates.add', { validFrom: '2026-07-01', rateBp: 300, source: 'Suomen Pankki' });
    expect(!dup.ok && dup.error.code).toBe('CONFLICT');
    const mid = await m('invoicing.referenceRates.add', { validFrom: '2026-05-01', rateBp: 300, source: 'Suomen Pankki' });
    expect(!mid.ok && mid.error.details?.fields?.validFrom).toMatch(/1\.1\. tai 1\.7\./);
    // Due in July: 2,0 % + 7 points for a consumer.
    const julyDue = await issuedInvoice(m, r.maija.id, { paymentTermDays: 120 });
    expect(julyDue).toMatchObject({ dueDate: '2026-07-20', penaltyInterestBp: 900 });
  });

  it('a person who represents an organisation can still be billed privately', async () => {
    const c = value(await m<Customer>('customers.get', { id: r.pasi.id }));
    const inv = await issuedInvoice(m, c.id, { billTo: 'person' });
    expect(inv).toMatchObject({ billTo: 'person', debtorKind: 'consumer', buyer: { name: 'Pasi Puuseppä', businessId: '', attention: '' }, penaltyInterestBp: 950 });
    const noOrg = await m('invoices.createDraft', { customerId: r.maija.id, billTo: 'organization', lines: [line()] });
    expect(!noOrg.ok && noOrg.error.details?.fields?.billTo).toMatch(/Organisaatiota ei löydy/);
  });
});
