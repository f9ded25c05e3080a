import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/api/invoices';
import { parseVirtualBarcode } from '../../shared/finnish';
import { value } from '../support/register';
import { invoicingRegister, issuedInvoice, line, pdfText, type Call } from '../support/invoicing';
import { keepLetter } from '../support/pdf';

// Collection Act 513/1999 and the Interest Act, as the register applies them: a fee of at most
// 5,00 €, the first fee no earlier than 14 days after the due date and 14 days between fees, a new
// due date at least 10 days ahead, the 40 € compensation only from a business, once.
describe('payment reminders', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  let consumer: Invoice;
  let business: Invoice;
  beforeAll(async () => {
    r = await invoicingRegister(); // Monday 2.3.2026
    m = r.m;
    consumer = await issuedInvoice(m, r.maija.id, { lines: [line({ quantity: 10, unitPriceCents: 1000 })] }); // 125,50 €, due 16.3.
    business = await issuedInvoice(m, r.pasi.id, { lines: [line({ quantity: 100, unitPriceCents: 1000 })] }); // 1 255,00 €, due 16.3.
  });
  afterAll(() => r.close());

  const remind = (params: Record<string, unknown>) => m<Invoice>('invoices.remind', params);

  it('no reminder before the due date has passed', async () => {
    const early = await remind({ invoiceId: consumer.id, chargeFee: false });
    expect(!early.ok && early.error.code).toBe('CONFLICT');
    expect(!early.ok && early.error.message).toBe('Lasku ei ole erääntynyt (eräpäivä 16.3.2026).');
    expect(value(await m<Invoice>('invoices.get', { id: consumer.id })).reminderOptions).toBeNull();
  });

  it('a consumer: no fee until 14 full days have passed since the due date; a reminder without a fee is fine', async () => {
    await r.advanceDays(18); // 20.3.2026
    const inv = value(await m<Invoice>('invoices.get', { id: consumer.id }));
    expect(inv).toMatchObject({ status: 'overdue', daysOverdue: 4, actions: { canRemind: true } });
    expect(inv.reminderOptions).toMatchObject({ debtorKind: 'consumer', feeAllowed: false, feeRefusal: 'tooEarly', feeAllowedFrom: '2026-03-31', compensationAllowed: false, minDueDate: '2026-03-30', defaultDueDate: '2026-04-03' });
    const withFee = await remind({ invoiceId: consumer.id });
    expect(!withFee.ok && withFee.error.message).toBe('Muistutusmaksun saa periä vasta, kun eräpäivästä on kulunut 14 täyttä päivää (31.3.2026 alkaen).');
    const comp = await remind({ invoiceId: consumer.id, chargeFee: false, businessCompensation: true });
    expect(!comp.ok && comp.error.message).toMatch(/ei saa periä kuluttajalta/);
    const soon = await remind({ invoiceId: consumer.id, chargeFee: false, dueDate: '2026-03-29' });
    expect(!soon.ok && soon.error.code).toBe('VALIDATION');
    expect(!soon.ok && soon.error.message).toMatch(/30\.3\.2026 tai myöhemmin/);
    expect(!soon.ok && soon.error.details?.fields?.dueDate).toMatch(/vähintään 10 päivää/);

    const first = value(await remind({ invoiceId: consumer.id, chargeFee: false }));
    // Penalty interest 9,5 % (2,5 + 7) for 17.–20.3. on 125,50 €: 125,50 × 0,095 × 4 / 365 = 0,13 €.
    expect(first.reminders).toEqual([expect.objectContaining({ sequence: 1, date: '2026-03-20', principalCents: 12550, feeCents: 0, compensationCents: 0, interestCents: 13, totalCents: 12563, dueDate: '2026-04-03' })]);
    expect(first).toMatchObject({ status: 'reminded', effectiveDueDate: '2026-04-03', chargesCents: 13, openCents: 12563, overdue: false });
  });

  it('the first fee from day 14; 14 days between fees; never more than the setting (≤ 5,00 €)', async () => {
    await r.advanceDays(16); // 5.4.2026: the first reminder's due date (3.4.) has passed
    const second = value(await remind({ invoiceId: consumer.id, dueDate: '2026-04-15' }));
    const rem = second.reminders[1]!;
    expect(rem).toMatchObject({ sequence: 2, date: '2026-04-05', feeCents: 500, dueDate: '2026-04-15' });
    // Interest for 21.3.–5.4. (16 days) on 125,50 € at 9,5 %: 0,52 €.
    expect(rem.interestCents).toBe(52);
    expect(rem.totalCents).toBe(12550 + 13 + 500 + 52);
    expect(second.openCents).toBe(rem.totalCents);

    await r.advanceDays(11); // 16.4.: overdue again, but only 11 days since the last fee
    const opts = value(await m<Invoice>('invoices.get', { id: consumer.id })).reminderOptions!;
    expect(opts).toMatchObject({ feeAllowed: false, feeRefusal: 'interval', feeAllowedFrom: '2026-04-19' });
    const tooSoon = await remind({ invoiceId: consumer.id });
    expect(!tooSoon.ok && tooSoon.error.message).toBe('Maksullisten muistutusten välillä on oltava vähintään 14 päivää (seuraava 19.4.2026 alkaen).');

    // A lower fee setting applies; the setting itself cannot exceed 5,00 €.
    value(await m('invoicing.settings.update', { reminderFeeCents: 350 }));
    await r.advanceDays(4); // 20.4.
    const third = value(await remind({ invoiceId: consumer.id }));
    expect(third.reminders[2]).toMatchObject({ sequence: 3, feeCents: 350, dueDate: '2026-05-04' });
    const tooHigh = await m('invoicing.settings.update', { reminderFeeCents: 1000 });
    expect(!tooHigh.ok && tooHigh.error.code).toBe('VALIDATION');
    value(await m('invoicing.settings.update', { reminderFeeCents: 500 }));
  });

  it('the reminder letter: fee, interest, total, new due date and a barcode for the total', async () => {
    const inv = value(await m<Invoice>('invoices.get', { id: consumer.id }));
    const rem = inv.reminders[1]!;
    const pdf = value(await m<{ filename: string; base64: string }>('invoices.reminderPdf', { reminderId: rem.id }));
    expect(pdf.filename).toBe(`maksumuistutus-${inv.number}-2.pdf`);
    const { text } = pdfText(r.tmp.dir, pdf);
    keepLetter(pdf.base64, "maksumuistutus-fi.pdf"); // for looking at with pdftoppm
    expect(text).toMatch(/MAKSUMUISTUTUS/);
    expect(text).toMatch(/Muistutusmaksu\s+5,00/);
    expect(text).toMatch(/Viivästyskorko 9,5 % ajalta 21\.3\.2026–5\.4\.2026\s+0,52/);
    expect(text).toMatch(/Aiemmat muistutuskulut ja korot, maksamatta\s+0,13/);
    expect(text).toMatch(/Maksettava yhteensä EUR\s+131,15/);
    expect(text).toMatch(/15\.4\.2026/);
    const digits = /\b([45]\d{53})\b/.exec(text)![1]!;
    expect(parseVirtualBarcode(digits)).toMatchObject({ cents: rem.totalCents, dueDate: '2026-04-15', reference: inv.reference });
  });

  it('a business: the 40 € compensation once, instead of fees', async () => {
    const opts = value(await m<Invoice>('invoices.get', { id: business.id })).reminderOptions!;
    expect(opts).toMatchObject({ debtorKind: 'business', feeAllowed: true, compensationAllowed: true, compensationCents: 4000 });
    const withComp = value(await remind({ invoiceId: business.id, businessCompensation: true }));
    expect(withComp.reminders[0]).toMatchObject({ compensationCents: 4000, feeCents: 0 });
    // 10,5 % (2,5 + 8) on 1 255,00 € for 17.3.–20.4. (35 days): 12,64 €.
    expect(withComp.reminders[0]!.interestCents).toBe(Math.round((125500 * 1050 * 35) / (365 * 10000)));
    await r.advanceDays(15); // 5.5.: past the reminder's due date (4.5.)
    const again = await remind({ invoiceId: business.id, chargeFee: false, businessCompensation: true });
    expect(!again.ok && again.error.message).toMatch(/jo peritty/);
    const fee = await remind({ invoiceId: business.id });
    expect(!fee.ok && fee.error.message).toMatch(/vakiokorvaus: muistutusmaksua ei enää peritä/);
    const plain = value(await remind({ invoiceId: business.id, chargeFee: false }));
    expect(plain.reminders[1]).toMatchObject({ feeCents: 0, compensationCents: 0 });
  });

  it('paying what the reminder asks settles the invoice; nothing more to remind', async () => {
    const inv = value(await m<Invoice>('invoices.get', { id: consumer.id }));
    const paid = value(await m<Invoice>('invoices.addPayment', { invoiceId: consumer.id, date: '2026-05-05', amountCents: inv.openCents }));
    expect(paid).toMatchObject({ status: 'paid', openCents: 0, actions: { canRemind: false, canSendToCollection: false } });
    const res = await remind({ invoiceId: consumer.id, chargeFee: false });
    expect(!res.ok && res.error.message).toMatch(/ei ole avointa saldoa/);
  });
});
