// The accounting partner's export: the invoices and credit notes of a period (one row per VAT
// rate, so each can be booked to its own account), the reminder charges, and the payments, as
// CSV files Finnish Excel opens directly (UTF-8 with BOM, semicolons, decimal comma, CRLF).
// Handing them over is a disclosure: it is recorded, with every customer whose data is in them,
// inside the caller's transaction.
import type { AccountingExport, InvoiceKind } from '../../../shared/api/invoices';
import type { Language } from '../../../shared/api/fields';
import { totalsOf } from '../../../shared/api/orders';
import { translator } from '../../../shared/i18n/translate';
import { helsinkiDate } from '../../../shared/format/dates';
import type { Db } from '../store/database';
import { recordDisclosure } from '../disclosures/disclosuresRepo';
import { invoiceLines } from './invoicesRepo';

type Cell = string | number | null;

/** The frozen buyer's name and business ID; empty once purged after the retention period. */
const buyerOf = (json: string | null) => (json ? (JSON.parse(json) as { name: string; businessId: string }) : { name: '', businessId: '' });

/** Cents as '1234,50' (no thousands separator, so spreadsheets read it as a number). */
const euros = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
const percent = (bp: number) => (bp % 100 === 0 ? String(bp / 100) : (bp / 100).toFixed(1).replace('.', ','));

/** A text cell; one that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function text(v: string): string {
  if (/^-?\d+(,\d+)?$/.test(v)) return v; // an amount like '-29,75' is a number, not a formula
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(header: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => cells.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : text(c))).join(';');
  return `\ufeff${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

const HEADERS = {
  fi: {
    invoices: ['Tyyppi', 'Numero', 'Päiväys', 'Toimituspäivä', 'Eräpäivä', 'Asiakasnumero', 'Ostaja', 'Y-tunnus', 'Viitenumero', 'Hyvitetty lasku', 'ALV %', 'Veroton', 'ALV', 'Verollinen', 'Laskun summa'],
    payments: ['Päiväys', 'Laskun numero', 'Asiakasnumero', 'Ostaja', 'Summa', 'Maksutapa', 'Viitenumero', 'Peruttu'],
    kinds: { invoice: 'Lasku', credit_note: 'Hyvityslasku', reminder: 'Muistutuskulut' },
    reminderParts: { fee: 'Muistutusmaksu', compensation: 'Vakiokorvaus', interest: 'Viivästyskorko' },
    files: { invoices: 'laskut', payments: 'suoritukset' },
  },
  en: {
    invoices: ['Type', 'Number', 'Date', 'Delivery date', 'Due date', 'Customer number', 'Buyer', 'Business ID', 'Reference', 'Credited invoice', 'VAT %', 'Net', 'VAT', 'Gross', 'Invoice total'],
    payments: ['Date', 'Invoice number', 'Customer number', 'Buyer', 'Amount', 'Method', 'Reference', 'Cancelled'],
    kinds: { invoice: 'Invoice', credit_note: 'Credit note', reminder: 'Reminder charges' },
    reminderParts: { fee: 'Reminder fee', compensation: 'Fixed compensation', interest: 'Late payment interest' },
    files: { invoices: 'invoices', payments: 'payments' },
  },
} as const;

export function accountingExport(db: Db, q: { from: string; to: string; recipient: string; lang: Language; by: number; at: string }): AccountingExport {
  const h = HEADERS[q.lang];
  const t = translator(q.lang);
  const customers = new Set<number>();

  const invoices = db
    .prepare(
      `SELECT i.id, i.kind, i.number, i.invoice_date, i.delivery_date, i.due_date, i.customer_id, c.customer_number, i.buyer, i.reference, i.gross_cents,
              ci.number AS credited_number
       FROM invoices i JOIN customers c ON c.id = i.customer_id LEFT JOIN invoices ci ON ci.id = i.credited_invoice_id
       WHERE i.state = 'issued' AND i.invoice_date BETWEEN ? AND ? ORDER BY i.number`,
    )
    .all(q.from, q.to) as {
    id: number;
    kind: InvoiceKind;
    number: number;
    invoice_date: string;
    delivery_date: string;
    due_date: string | null;
    customer_id: number;
    customer_number: number;
    buyer: string | null;
    reference: string | null;
    gross_cents: number;
    credited_number: number | null;
  }[];
  const invoiceRows: Cell[][] = [];
  for (const inv of invoices) {
    customers.add(inv.customer_id);
    const buyer = buyerOf(inv.buyer);
    for (const row of totalsOf(invoiceLines(db, inv.id)).vatRows) {
      invoiceRows.push([
        h.kinds[inv.kind],
        inv.number,
        inv.invoice_date,
        inv.delivery_date,
        inv.due_date,
        inv.customer_number,
        buyer.name,
        buyer.businessId,
        inv.reference,
        inv.credited_number,
        percent(row.rateBp),
        euros(row.netCents),
        euros(row.vatCents),
        euros(row.grossCents),
        euros(inv.gross_cents),
      ]);
    }
  }

  const reminders = db
    .prepare(
      `SELECT r.date, r.fee_cents, r.compensation_cents, r.interest_cents, i.number, i.due_date, i.customer_id, c.customer_number, i.buyer, i.reference
       FROM reminders r JOIN invoices i ON i.id = r.invoice_id JOIN customers c ON c.id = i.customer_id
       WHERE r.date BETWEEN ? AND ? ORDER BY r.date, r.id`,
    )
    .all(q.from, q.to) as {
    date: string;
    fee_cents: number;
    compensation_cents: number;
    interest_cents: number;
    number: number;
    due_date: string;
    customer_id: number;
    customer_number: number;
    buyer: string | null;
    reference: string;
  }[];
  for (const r of reminders) {
    const buyer = buyerOf(r.buyer);
    for (const [part, cents] of [
      ['fee', r.fee_cents],
      ['compensation', r.compensation_cents],
      ['interest', r.interest_cents],
    ] as const) {
      if (cents === 0) continue;
      customers.add(r.customer_id);
      invoiceRows.push([`${h.kinds.reminder}: ${h.reminderParts[part]}`, r.number, r.date, null, r.due_date, r.customer_number, buyer.name, buyer.businessId, r.reference, null, '0', euros(cents), euros(0), euros(cents), null]);
    }
  }

  const payments = db
    .prepare(
      `SELECT p.date, p.amount_cents, p.method, p.cancelled_at, i.number, i.customer_id, c.customer_number, i.buyer, i.reference
       FROM payments p JOIN invoices i ON i.id = p.invoice_id JOIN customers c ON c.id = i.customer_id
       WHERE p.date BETWEEN ? AND ? ORDER BY p.date, p.id`,
    )
    .all(q.from, q.to) as { date: string; amount_cents: number; method: string; cancelled_at: string | null; number: number; customer_id: number; customer_number: number; buyer: string | null; reference: string }[];
  const paymentRows: Cell[][] = payments.map((p) => {
    customers.add(p.customer_id);
    return [p.date, p.number, p.customer_number, buyerOf(p.buyer).name, euros(p.amount_cents), t(`documents.invoicing.paymentMethods.${p.method}`), p.reference, p.cancelled_at ? helsinkiDate(new Date(p.cancelled_at)) : null]; // the shop's day, not UTC's
  });

  const period = `${q.from}_${q.to}`;
  const files = [
    { filename: `${h.files.invoices}-${period}.csv`, base64: Buffer.from(csv([...h.invoices], invoiceRows), 'utf8').toString('base64') },
    { filename: `${h.files.payments}-${period}.csv`, base64: Buffer.from(csv([...h.payments], paymentRows), 'utf8').toString('base64') },
  ];

  let disclosureId: number | null = null;
  if (customers.size > 0) {
    const hasOrganisations = invoices.some((i) => buyerOf(i.buyer).businessId !== '');
    disclosureId = recordDisclosure(
      db,
      {
        date: helsinkiDate(new Date(q.at)),
        recipient: q.recipient,
        recipientKind: 'accounting',
        purpose: t('documents.invoicing.disclosure.accountingPurpose', { from: q.from, to: q.to }),
        dataCategories: hasOrganisations ? ['identity', 'organisation', 'invoices', 'payments'] : ['identity', 'invoices', 'payments'],
        customerIds: [...customers],
        reference: t('documents.invoicing.disclosure.accountingReference', { from: q.from, to: q.to }),
      },
      q.by,
      q.at,
    );
  }
  return { from: q.from, to: q.to, files, invoiceCount: invoices.length, paymentCount: payments.length, reminderCount: reminders.length, disclosureId };
}
