// The seller's phone is printed one way on every document — the Finnish way the screens show it
// (050 366 1543; in an English letter, read abroad too, +358 50 366 1543) — never as the stored
// E.164 form (+358503661543). The register's controller
// phone is stored E.164 (setup typed '050-3661543'); the invoicing settings leave it to that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/api/invoices';
import type { Order } from '../../shared/api/orders';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { value } from '../support/register';
import { invoicingRegister, issuedInvoice, line, order, pdfText } from '../support/invoicing';

type Pdf = { filename: string; base64: string };
const SHOWN = { fi: '050 366 1543', en: '+358 50 366 1543' };
const RAW = '+358503661543';

describe('phone numbers on printed documents', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  const texts: Record<string, string> = {};
  beforeAll(async () => {
    r = await invoicingRegister();
    const { m } = r;
    const read = (name: string, pdf: Pdf) => (texts[name] = pdfText(r.tmp.dir, pdf).text);
    const inv = await issuedInvoice(m, r.maija.id);
    read('invoice', value(await m<Pdf>('invoices.pdf', { id: inv.id })));
    const cn = value(await m<Invoice>('invoices.creditNote', { invoiceId: inv.id, reason: 'Palautus' }));
    read('creditNote', value(await m<Pdf>('invoices.pdf', { id: cn.id })));
    const sale = await order(m, r.maija.id, { lines: [line()] });
    value(await m<Order>('orders.markPaidAtCounter', { id: sale.id, method: 'card' }));
    read('receipt', value(await m<Pdf>('orders.receiptPdf', { id: sale.id })));
    read('notice', value(await m<Pdf>('privacy.notice', { language: 'fi' })));
    read('noticeEn', value(await m<Pdf>('privacy.notice', { language: 'en' })));
    const request = value(
      await m<PrivacyRequest>('privacy.requests.create', { types: ['access'], customerId: r.maija.id, requesterName: 'Maija Mäki-Petäjä', receivedDate: '2026-03-02', channel: 'letter', language: 'fi', signed: true, identityMethod: 'signature_compared' }),
    );
    read('extract', value(await m<Pdf>('privacy.extract', { requestId: request.id })));
    const late = await issuedInvoice(m, r.english.id);
    await r.advanceDays(32);
    const reminded = value(await m<Invoice>('invoices.remind', { invoiceId: late.id }));
    read('reminder', value(await m<Pdf>('invoices.reminderPdf', { reminderId: reminded.reminders[0]!.id })));
  });
  afterAll(() => r?.close());

  // the reminder goes to an English-speaking customer abroad
  const LANG: Record<string, 'fi' | 'en'> = { invoice: 'fi', creditNote: 'fi', receipt: 'fi', reminder: 'en', notice: 'fi', noticeEn: 'en', extract: 'fi' };
  for (const [name, lang] of Object.entries(LANG)) {
    it(`${name}: the seller's phone as ${SHOWN[lang]}, never ${RAW}`, () => {
      const text = texts[name]!.replace(/\s+/g, ' ');
      expect(text).toContain(SHOWN[lang]);
      expect(text).not.toContain(RAW);
    });
  }

  it('a customer phone in the extract is printed the same way', () => {
    // person() in test/support/customers has Maija's number; whatever it is, no E.164 form prints.
    expect(texts.extract!).not.toMatch(/\+358\d{6,}/);
  });
});
