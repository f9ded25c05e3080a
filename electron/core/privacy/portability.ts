// The portability export: the person's data as JSON (one documented structure) and as CSV files
// (one per kind of record, semicolon-separated, UTF-8 with BOM for Excel), in one ZIP.
import { strToU8, zipSync } from 'fflate';
import type { PersonData } from './personData';

const README = `Asiakasrekisteri – henkilötietojen siirto / data portability export

person.json       everything below in one structure:
  customer        identity, contact data, language, organisation, relationship dates,
                  sources [{source, date, note}], prohibitions {…: true|false}, restriction
  history         [{field, oldValue, newValue, at, reason}] changes to the data
  orders          [{date, channel, status, grossCents, receiptNumber, items}]
  invoices        [{number, kind, state, creditsInvoice, invoiceDate, dueDate, grossCents, paidCents,
                    creditedCents, openCents, reminders, collectionDate, collectionAgency,
                    lines[{description, quantity, unit, unitPriceCents, discountBp, vatRateBp,
                           vatExemption, netCents, deliveryDate}],
                    payments[{date, amountCents, method}]}]
                  kind: invoice | credit_note; state: open | partlyPaid | paid | credited |
                  partlyCredited | creditNote; unit prices and line sums without VAT;
                  discountBp and vatRateBp in hundredths of a per cent (2550 = 25,5 %)
  disclosures     [{date, recipient, kind, purpose, dataCategories[]}]
  requests        [{number, types[], receivedDate, status}]
Money is in euro cents (integers); dates are YYYY-MM-DD; instants ISO-8601 UTC.
The CSV files hold the same records, one file per kind (invoice-lines.csv: the lines of every
invoice and credit note, with its number).
`;

function csv(rows: Record<string, unknown>[]): Uint8Array {
  if (rows.length === 0) return strToU8('\ufeff');
  const cols = Object.keys(rows[0]!);
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[";\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return strToU8(`\ufeff${[cols.join(';'), ...rows.map((r) => cols.map((c) => cell(r[c])).join(';'))].join('\r\n')}\r\n`);
}

export function portabilityZip(data: PersonData, number: string, fileBase: string): { filename: string; base64: string } {
  const { customer } = data;
  const zip = zipSync({
    'README.txt': strToU8(README),
    'person.json': strToU8(JSON.stringify(data, null, 2)),
    'customer.csv': csv([
      {
        customerNumber: customer.customerNumber,
        firstName: customer.firstName,
        lastName: customer.lastName,
        email: customer.email,
        phone: customer.phone,
        street: customer.street,
        postalCode: customer.postalCode,
        city: customer.city,
        country: customer.country,
        language: customer.language,
        organization: customer.organization?.name ?? '',
        relationshipStart: customer.relationshipStart,
        relationshipEnd: customer.relationshipEnd ?? '',
        ...customer.prohibitions,
      },
    ]),
    'sources.csv': csv(customer.sources.map(({ source, date, note }) => ({ source, date, note }))),
    'history.csv': csv(data.history),
    'orders.csv': csv(data.orders.map(({ id: _id, ...o }) => o)),
    'invoices.csv': csv(data.invoices.map(({ id: _id, payments: _p, lines: _l, ...i }) => i)),
    'invoice-lines.csv': csv(data.invoices.flatMap((i) => i.lines.map((l) => ({ invoiceNumber: i.number, ...l })))),
    'payments.csv': csv(data.invoices.flatMap((i) => i.payments.map((p) => ({ invoiceNumber: i.number, ...p })))),
    'disclosures.csv': csv(data.disclosures),
    'requests.csv': csv(data.requests),
  });
  return { filename: `${fileBase}-${number}.zip`, base64: Buffer.from(zip).toString('base64') };
}
