// Issue #16 §4–5: documents read as a Finnish accountant and a data-protection lawyer expect —
// a foreign address ends with the country in capitals in the letter's language, files and
// languages are named in the document's language, Finnish letters address the reader in the
// polite plural, the extract names an invoice's real state and a credit note as one, and the
// portability export carries the invoice lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Customer } from '../../shared/api/customers';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { helsinkiDate } from '../../shared/format/dates';
import { CONTROLLER, MANAGER, client, createCore, loggedIn, openRegister, tempDir, value } from '../support/register';
import { person } from '../support/customers';
import { pdfText as readPdf } from '../support/pdf';

const pdfText = (base64: string, name: string) => readPdf(base64, name, { squash: true });

describe('documents: addresses abroad, names in the document’s language, invoice states', () => {
  let reg: Awaited<ReturnType<typeof openRegister>>;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let c: Customer;
  const numbers = { credited: 0, creditNote: 0, partlyPaid: 0, paid: 0 };
  const request = async (types: string[], language: 'fi' | 'en') =>
    value(await m<PrivacyRequest>('privacy.requests.create', { types, customerId: c.id, requesterName: 'Oliver Twist', receivedDate: helsinkiDate(), channel: 'letter', language, signed: true, identityMethod: 'signature_compared' }));
  const issue = async (description: string, cents: number) => {
    const draft = value(await m<{ id: number }>('invoices.createDraft', { customerId: c.id, lines: [{ description, quantity: 1, unitPriceCents: cents, vatCategory: 'general' }] }));
    return value(await m<{ id: number; number: number; grossCents: number }>('invoices.issue', { id: draft.id }));
  };

  beforeAll(async () => {
    reg = await openRegister({ invoicing: true });
    m = reg.manager;
    c = value(await m<Customer>('customers.create', person({ firstName: 'Oliver', lastName: 'Twist', email: 'oliver@example.co.uk', phone: '', street: '10 Downing Street', postalCode: 'SW1A 2AA', city: 'London', country: 'GB', language: 'en' })));
    const credited = await issue('Kirjoituspöytä', 20000);
    numbers.credited = credited.number;
    numbers.creditNote = value(await m<{ number: number }>('invoices.creditNote', { invoiceId: credited.id, reason: 'Palautettu' })).number;
    const part = await issue('Työtuoli', 10000);
    numbers.partlyPaid = part.number;
    value(await m('invoices.addPayment', { invoiceId: part.id, date: helsinkiDate(), amountCents: 4000 }));
    const paid = await issue('Lamppu', 3000);
    numbers.paid = paid.number;
    value(await m('invoices.addPayment', { invoiceId: paid.id, date: helsinkiDate(), amountCents: paid.grossCents }));
  });
  afterAll(() => reg.close());

  it('the English extract: country and language in English, the address block ends UNITED KINGDOM, each invoice in its real state', async () => {
    const r = await request(['access'], 'en');
    const text = pdfText(value(await m<{ base64: string }>('privacy.extract', { requestId: r.id })).base64, 'extract-abroad-en.pdf');
    expect(text).toContain('SW1A 2AA London UNITED KINGDOM');
    expect(text).toContain('Address: 10 Downing Street, SW1A 2AA London, United Kingdom');
    expect(text).toContain('Language: English');
    expect(text).not.toMatch(/englanti|suomi/);
    expect(text).toMatch(new RegExp(`Invoice ${numbers.credited}, [^•]*, credited`));
    expect(text).toMatch(new RegExp(`Credit note ${numbers.creditNote} \\(credits invoice ${numbers.credited}\\)`));
    expect(text).not.toMatch(new RegExp(`Invoice ${numbers.creditNote}\\b`));
    expect(text).toMatch(new RegExp(`Invoice ${numbers.partlyPaid}, [^•]*, partly paid, open 85,50 €`));
    expect(text).toMatch(new RegExp(`Invoice ${numbers.paid}, [^•]*, paid`));
  });

  it('the Finnish extract: the country in Finnish capitals, the language named in Finnish, the polite plural', async () => {
    const r = await request(['access'], 'fi');
    const text = pdfText(value(await m<{ base64: string }>('privacy.extract', { requestId: r.id })).base64, 'extract-abroad-fi.pdf');
    expect(text).toContain('SW1A 2AA London ISO-BRITANNIA');
    expect(text).toContain('Asiointikieli: englanti');
    expect(text).toMatch(new RegExp(`Hyvityslasku ${numbers.creditNote} \\(hyvittää laskun ${numbers.credited}\\)`));
    expect(text).toMatch(new RegExp(`Lasku ${numbers.credited}, [^•]*, hyvitetty`));
    expect(text).toContain('Teillä on oikeus tarkastaa tietonne');
    expect(text).not.toMatch(/\b(Sinulla|sinulla|katsot|tietosi|saat)\b/);
  });

  it('the invoice to Britain ends its address with the country; the Finnish receipt thanks in the plural', async () => {
    const inv = value(await m<{ base64: string }>('invoices.pdf', { id: (await issue('Nitoja', 1500)).id }));
    const text = pdfText(inv.base64, 'invoice-abroad.pdf');
    expect(text).toMatch(/SW1A 2AA London (UNITED KINGDOM|ISO-BRITANNIA)/);
    expect(text).not.toMatch(/London GB\b/);
  });

  it('portability: the invoice lines in the JSON and in their own CSV; the ZIP named in the request’s language', async () => {
    const r = await request(['portability'], 'en');
    const doc = value(await m<{ base64: string; filename: string }>('privacy.portability', { requestId: r.id }));
    expect(doc.filename).toMatch(/^personal-data-/);
    const zip = unzipSync(Buffer.from(doc.base64, 'base64'));
    const lines = strFromU8(zip['invoice-lines.csv']!);
    expect(lines.split('\r\n')[0]).toContain('invoiceNumber;description;quantity');
    for (const d of ['Kirjoituspöytä', 'Työtuoli', 'Lamppu']) expect(lines).toContain(d);
    const json = JSON.parse(strFromU8(zip['person.json']!)) as { invoices: { number: number; state: string; lines: { description: string }[] }[] };
    expect(json.invoices.find((i) => i.number === numbers.credited)).toMatchObject({ state: 'credited', lines: [{ description: 'Kirjoituspöytä' }] });
    expect(json.invoices.find((i) => i.number === numbers.creditNote)?.state).toBe('creditNote');
    expect(strFromU8(zip['README.txt']!)).toContain('invoice-lines.csv');
  });
  it('the request log prints each request’s channel, language and the documents issued with their codes', async () => {
    const r = await request(['access'], 'en');
    const code = value(await m<{ verificationCode: string }>('privacy.extract', { requestId: r.id })).verificationCode;
    const enPdf = value(await m<{ base64: string }>('privacy.log.pdf', { names: 'initials', language: 'en' })).base64;
    // Read in layout mode, the row's cells stay on one line in column order.
    expect(readPdf(enPdf, 'log-documents-en.pdf', { layout: true })).toMatch(new RegExp(`${r.number}\\s+\\S+\\s+Access\\s+O\\. T\\.\\s+Letter\\s+English\\s+yes`));
    expect(readPdf(enPdf, 'log-documents-en.pdf', { layout: true })).toMatch(/Channel\s+Language\s+Signed/);
    const en = pdfText(enPdf, 'log-documents-en.pdf');
    expect(en).toContain(`Documents issued: Register extract ${code}`);
    const fiPdf = value(await m<{ base64: string }>('privacy.log.pdf', { names: 'initials', language: 'fi' })).base64;
    expect(readPdf(fiPdf, 'log-documents-fi.pdf', { layout: true })).toMatch(new RegExp(`${r.number}\\s+\\S+\\s+Tarkastus\\s+O\\. T\\.\\s+Kirje\\s+englanti\\s+kyllä`));
    const fi = pdfText(fiPdf, 'log-documents-fi.pdf');
    expect(fi).toContain(`Annetut asiakirjat: Rekisteriote ${code}`);
    const csv = Buffer.from(value(await m<{ base64: string }>('privacy.log.csv', { names: 'initials', language: 'en' })).base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('Channel;Language');
    expect(csv).toContain(code);
  });
});

describe('the recovery sheet and the request log are named in their own language', () => {
  it('an English register’s recovery sheet is recovery-code-….pdf; the English log privacy-log-….pdf', async () => {
    const tmp = tempDir();
    const core = createCore({ dataDir: tmp.dir });
    try {
      const setup = value(await client(core, 'setup', 'en')<{ recoveryPdf: { filename: string } }>('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'en' }));
      expect(setup.recoveryPdf.filename).toMatch(/^recovery-code-\d{4}-\d{2}-\d{2}\.pdf$/);
      const m = await loggedIn(core, MANAGER, 'window-1', 'en');
      const log = value(await m<{ filename: string }>('privacy.log.pdf', { language: 'en' }));
      expect(log.filename).toMatch(/^privacy-log-/);
      const fiLog = value(await m<{ filename: string }>('privacy.log.pdf', { language: 'fi' }));
      expect(fiLog.filename).toMatch(/^tietosuojaloki-/);
    } finally {
      core.close();
      tmp.remove();
    }
  });
});
