// The invoices table, its lines, payments and reminders, and the status every screen shows.
//
// Status is derived, never stored: from the state (draft/issued), the kind, and the running sums
// kept on the row (paid, credited, charges, open) plus the due date in force and today's date:
//   draft → credit note → credited → paid (nothing open) → in collection → reminded → overdue
//   → partially paid → issued            (the first that applies wins)
// The sums are updated in the same transaction as the payment, reminder or credit that changes
// them, so the overdue list is one indexed range scan (invoices_overdue).
import { effectiveVatNumber } from '../organizations/organizationsRepo';
import type {
  BillTo,
  BuyerSnapshot,
  DebtorKind,
  Invoice,
  InvoiceKind,
  InvoiceLine,
  InvoiceStatus,
  InvoiceSummary,
  OverdueRow,
  Payment,
  Reminder,
  ReminderOptions,
  SellerSnapshot,
} from '../../../shared/api/invoices';
import type { PaymentMethod, PricedLine } from '../../../shared/api/orders';
import { totalsOf } from '../../../shared/api/orders';
import { formatReferenceNumber } from '../../../shared/finnish/referenceNumber';
import { formatRfReference } from '../../../shared/finnish/rfReference';
import { VIRTUAL_BARCODE_MAX_CENTS, virtualBarcode } from '../../../shared/finnish/virtualBarcode';
import { normalizeIban } from '../../../shared/finnish/iban';
import type { Db } from '../store/database';
import { getRow as getCustomerRow } from '../customers/customersRepo';
import { lineFromRow, readLineRows } from '../orders/lines';
import { daysBetween } from './calendar';
import { accruedInterestCents, MissingReferenceRate } from './interest';
import { loadInvoicingSettings, referenceRateTable, sellerSnapshot } from './invoicingSettings';
import { maxReminderFeeOn } from '../legal/legalParameters';
import { reminderRules } from './reminderRules';
import { einvoiceRecipient } from '../finvoice/recipient';

export interface InvoiceRow {
  id: number;
  kind: InvoiceKind;
  state: 'draft' | 'issued';
  number: number | null;
  customer_id: number;
  bill_to: BillTo;
  debtor_kind: DebtorKind;
  language: 'fi' | 'en';
  invoice_date: string | null;
  delivery_date: string;
  payment_term_days: number;
  due_date: string | null;
  effective_due_date: string | null;
  reference: string | null;
  rf_reference: string | null;
  penalty_interest_bp: number | null;
  your_reference: string;
  our_reference: string;
  notes: string;
  prices_include_vat: 0 | 1;
  seller: string | null;
  buyer: string | null;
  buyer_name: string;
  credited_invoice_id: number | null;
  credit_reason: string;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  paid_cents: number;
  credited_cents: number;
  charges_cents: number;
  open_cents: number;
  reminder_count: number;
  last_reminder_date: string | null;
  last_fee_reminder_date: string | null;
  compensation_charged: number;
  interest_charged_cents: number;
  collection_date: string | null;
  collection_agency: string | null;
  collection_disclosure_id: number | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
  issued_at: string | null;
  issued_by: number | null;
}

export function getInvoiceRow(db: Db, id: number): InvoiceRow | undefined {
  return db.prepare('SELECT * FROM invoices WHERE id = ?').get(id) as InvoiceRow | undefined;
}

type StatusFacts = Pick<InvoiceRow, 'state' | 'kind' | 'credited_cents' | 'open_cents' | 'collection_date' | 'reminder_count' | 'effective_due_date' | 'paid_cents'>;

export function deriveStatus(r: StatusFacts, today: string): InvoiceStatus {
  if (r.state === 'draft') return 'draft';
  if (r.kind === 'credit_note') return 'creditNote';
  if (r.credited_cents > 0) return 'credited';
  if (r.open_cents <= 0) return 'paid';
  if (r.collection_date) return 'inCollection';
  if (r.reminder_count > 0) return 'reminded';
  if (isOverdue(r, today)) return 'overdue';
  if (r.paid_cents > 0) return 'partiallyPaid';
  return 'issued';
}

export function isOverdue(r: Pick<InvoiceRow, 'state' | 'kind' | 'open_cents' | 'effective_due_date' | 'credited_cents'>, today: string): boolean {
  return r.state === 'issued' && r.kind === 'invoice' && r.credited_cents === 0 && r.open_cents > 0 && r.effective_due_date !== null && r.effective_due_date < today;
}

/** The buyer as issuing now would freeze it: the organisation (with the person as attention) or the person. */
export function buyerFromCustomer(db: Db, customerId: number, billTo: BillTo): BuyerSnapshot {
  const c = getCustomerRow(db, customerId)!;
  const person = `${c.first_name} ${c.last_name}`.trim();
  const own = { street: c.street, postalCode: c.postal_code, city: c.city, country: c.country };
  if (billTo === 'organization' && c.organization_id !== null) {
    const o = db.prepare('SELECT name, business_id, street, postal_code, city, country, vat_number FROM organizations WHERE id = ?').get(c.organization_id) as
      | { name: string; business_id: string | null; street: string; postal_code: string; city: string; country: string; vat_number: string }
      | undefined;
    if (o) {
      const address = o.street !== '' ? { street: o.street, postalCode: o.postal_code, city: o.city, country: o.country } : own;
      return { customerNumber: c.customer_number, name: o.name, attention: person, businessId: o.business_id ?? '', vatNumber: effectiveVatNumber(o.vat_number, o.country, o.business_id ?? ''), ...address };
    }
  }
  return { customerNumber: c.customer_number, name: person, attention: '', businessId: '', ...own };
}

/** An empty buyer: what an issued invoice shows once its buyer data was purged after the retention period. */
export const PURGED_BUYER = (customerNumber: number): BuyerSnapshot => ({ customerNumber, name: '', attention: '', businessId: '', street: '', postalCode: '', city: '', country: '' });

/** The frozen buyer of an issued invoice (empty when purged), or the live one of a draft. */
export function buyerOf(db: Db, r: Pick<InvoiceRow, 'state' | 'buyer' | 'customer_id' | 'bill_to'>): BuyerSnapshot {
  if (r.buyer) return JSON.parse(r.buyer) as BuyerSnapshot;
  if (r.state === 'issued') {
    const c = db.prepare('SELECT customer_number FROM customers WHERE id = ?').get(r.customer_id) as { customer_number: number } | undefined;
    return PURGED_BUYER(c?.customer_number ?? 0);
  }
  return buyerFromCustomer(db, r.customer_id, r.bill_to);
}

export function invoiceLines(db: Db, id: number): InvoiceLine[] {
  return readLineRows(db, 'invoice_lines', id).map((r) => ({ ...lineFromRow(r), orderId: r.order_id ?? null }));
}

export function paymentsOf(db: Db, invoiceId: number): Payment[] {
  const rows = db
    .prepare(
      `SELECT p.*, u.full_name AS by_name, cu.full_name AS cancelled_by_name FROM payments p
       LEFT JOIN users u ON u.id = p.created_by LEFT JOIN users cu ON cu.id = p.cancelled_by
       WHERE p.invoice_id = ? ORDER BY p.date, p.id`,
    )
    .all(invoiceId) as {
    id: number;
    date: string;
    amount_cents: number;
    method: PaymentMethod;
    note: string;
    created_at: string;
    by_name: string | null;
    cancelled_at: string | null;
    cancel_reason: string | null;
    cancelled_by_name: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    amountCents: r.amount_cents,
    method: r.method,
    note: r.note,
    createdAt: r.created_at,
    createdByName: r.by_name,
    cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancel_reason ?? '', byName: r.cancelled_by_name } : null,
  }));
}

export interface ReminderRow {
  id: number;
  invoice_id: number;
  sequence: number;
  date: string;
  principal_cents: number;
  earlier_charges_cents: number;
  fee_cents: number;
  compensation_cents: number;
  interest_cents: number;
  interest_from: string | null;
  interest_rate_bp: number | null;
  total_cents: number;
  due_date: string;
  created_at: string;
  created_by: number | null;
}

export function reminderRows(db: Db, invoiceId: number): (ReminderRow & { by_name: string | null })[] {
  return db
    .prepare('SELECT r.*, u.full_name AS by_name FROM reminders r LEFT JOIN users u ON u.id = r.created_by WHERE r.invoice_id = ? ORDER BY r.sequence')
    .all(invoiceId) as (ReminderRow & { by_name: string | null })[];
}

const toReminder = (r: ReminderRow & { by_name: string | null }): Reminder => ({
  id: r.id,
  sequence: r.sequence,
  date: r.date,
  principalCents: r.principal_cents,
  feeCents: r.fee_cents,
  compensationCents: r.compensation_cents,
  interestCents: r.interest_cents,
  totalCents: r.total_cents,
  dueDate: r.due_date,
  createdAt: r.created_at,
  createdByName: r.by_name,
});

/** The part of what is open that is invoice principal (payments go to the principal first). */
export function openPrincipal(r: Pick<InvoiceRow, 'gross_cents' | 'credited_cents' | 'paid_cents'>): number {
  return Math.max(0, r.gross_cents - r.credited_cents - r.paid_cents);
}

export function activePayments(db: Db, invoiceId: number): { date: string; amountCents: number }[] {
  return db.prepare('SELECT date, amount_cents AS amountCents FROM payments WHERE invoice_id = ? AND cancelled_at IS NULL').all(invoiceId) as { date: string; amountCents: number }[];
}

/** Interest accrued up to `until` that no reminder has charged yet. */
export function unchargedInterest(db: Db, r: InvoiceRow, until: string): number {
  if (r.state !== 'issued' || r.kind !== 'invoice' || r.due_date === null || r.credited_cents > 0) return 0;
  const s = loadInvoicingSettings(db);
  const accrued = accruedInterestCents({
    principalCents: r.gross_cents,
    dueDate: r.due_date,
    until,
    marginBp: r.debtor_kind === 'business' ? s.penaltyMarginBusinessBp : s.penaltyMarginConsumerBp,
    payments: activePayments(db, r.id),
    rates: referenceRateTable(db),
  });
  return Math.max(0, accrued - r.interest_charged_cents);
}

export function canRemind(r: InvoiceRow, today: string): boolean {
  return isOverdue(r, today) && r.collection_date === null;
}

export function reminderOptionsFor(db: Db, r: InvoiceRow, date: string): ReminderOptions {
  const rules = reminderRules(
    { debtorKind: r.debtor_kind, dueDate: r.due_date!, lastFeeReminderDate: r.last_fee_reminder_date, compensationCharged: r.compensation_charged === 1 },
    date,
    loadInvoicingSettings(db),
    maxReminderFeeOn(db, date),
  );
  // A missing reference rate shows in the reminder dialog; the reminder itself is then refused.
  try {
    return { ...rules, interestCents: unchargedInterest(db, r, date), interestRateMissing: null, principalCents: openPrincipal(r) };
  } catch (err) {
    if (err instanceof MissingReferenceRate) return { ...rules, interestCents: 0, interestRateMissing: err.halfYear, principalCents: openPrincipal(r) };
    throw err;
  }
}

/** The virtual barcode for an amount, or null when it cannot be made (foreign IBAN, amount too large, nothing to pay). */
export function barcodeFor(iban: string, cents: number, reference: string | null, dueDate: string | null): string | null {
  if (!reference || !iban || cents <= 0 || cents > VIRTUAL_BARCODE_MAX_CENTS) return null;
  if (!normalizeIban(iban).startsWith('FI')) return null;
  try {
    return virtualBarcode({ iban, cents, reference, dueDate: dueDate ?? '' });
  } catch {
    return null; // e.g. a due date past 2099: the form is printed without a barcode
  }
}

/** The organisation's e-invoice address when this issued invoice can go as Finvoice (for the card's button). */
function einvoiceOf(db: Db, r: InvoiceRow, buyer: BuyerSnapshot): Invoice['einvoice'] {
  if (r.state !== 'issued' || buyer.name === '') return null;
  const to = einvoiceRecipient(db, r, buyer.businessId);
  return to && to.address !== '' && to.operator !== '' ? { address: to.address, operator: to.operator } : null;
}

export function loadInvoice(db: Db, id: number, today: string): Invoice | undefined {
  const r = getInvoiceRow(db, id);
  if (!r) return undefined;
  const lines = invoiceLines(db, id);
  const totals = totalsOf(lines);
  const seller: SellerSnapshot = r.seller ? (JSON.parse(r.seller) as SellerSnapshot) : sellerSnapshot(db);
  const buyer: BuyerSnapshot = buyerOf(db, r);
  const name = (uid: number | null) => (uid ? ((db.prepare('SELECT full_name FROM users WHERE id = ?').get(uid) as { full_name: string } | undefined)?.full_name ?? null) : null);
  const creditNotes = (
    db.prepare(`SELECT id, number, invoice_date AS invoiceDate, gross_cents AS grossCents FROM invoices WHERE credited_invoice_id = ? ORDER BY id`).all(id) as Invoice['creditNotes']
  );
  const creditedInvoice = r.credited_invoice_id
    ? (db.prepare('SELECT id, number, invoice_date AS invoiceDate, gross_cents AS grossCents, paid_cents AS paidCents FROM invoices WHERE id = ?').get(r.credited_invoice_id) as Invoice['creditedInvoice'])
    : null;
  const orderIds = (db.prepare('SELECT id FROM orders WHERE invoice_id = ? UNION SELECT DISTINCT order_id FROM invoice_lines WHERE invoice_id = ? AND order_id IS NOT NULL ORDER BY 1').all(id, id) as { id: number }[]).map((o) => o.id);
  const status = deriveStatus(r, today);
  const overdue = isOverdue(r, today);
  const issuedInvoice = r.state === 'issued' && r.kind === 'invoice';
  const open = issuedInvoice && r.open_cents > 0 && r.credited_cents === 0;
  const dates = lines.map((l) => l.deliveryDate).sort();
  const earliest = dates[0] ?? r.delivery_date;
  return {
    id: r.id,
    kind: r.kind,
    status,
    number: r.number,
    customerId: r.customer_id,
    billTo: r.bill_to,
    debtorKind: r.debtor_kind,
    language: r.language,
    invoiceDate: r.invoice_date,
    deliveryDate: r.delivery_date,
    deliveryPeriodStart: earliest < r.delivery_date ? earliest : null,
    paymentTermDays: r.payment_term_days,
    dueDate: r.due_date,
    effectiveDueDate: r.effective_due_date,
    reference: r.reference,
    referenceFormatted: r.reference ? formatReferenceNumber(r.reference) : null,
    rfReference: r.rf_reference,
    rfReferenceFormatted: r.rf_reference ? formatRfReference(r.rf_reference) : null,
    virtualBarcode: issuedInvoice ? barcodeFor(seller.iban, r.gross_cents, r.reference, r.due_date) : null,
    penaltyInterestBp: r.penalty_interest_bp,
    yourReference: r.your_reference,
    ourReference: r.our_reference,
    notes: r.notes,
    pricesIncludeVat: r.prices_include_vat === 1,
    seller,
    buyer,
    lines,
    ...totals,
    paidCents: r.paid_cents,
    creditedCents: r.credited_cents,
    chargesCents: r.charges_cents,
    openCents: r.state === 'issued' ? r.open_cents : totals.grossCents,
    overdue,
    daysOverdue: overdue ? daysBetween(r.effective_due_date!, today) : 0,
    payments: paymentsOf(db, id),
    reminders: reminderRows(db, id).map(toReminder),
    creditNotes,
    creditedInvoice,
    creditReason: r.credit_reason,
    orderIds,
    collection: r.collection_date ? { date: r.collection_date, agency: r.collection_agency ?? '', disclosureId: r.collection_disclosure_id ?? 0 } : null,
    actions: {
      canEdit: r.state === 'draft',
      canDelete: r.state === 'draft',
      canIssue: r.state === 'draft',
      canPay: issuedInvoice && r.open_cents > 0,
      canRemind: canRemind(r, today) && open,
      canCredit: issuedInvoice && r.credited_cents === 0,
      canSendToCollection: overdue && r.collection_date === null,
    },
    reminderOptions: canRemind(r, today) && open ? reminderOptionsFor(db, r, today) : null,
    einvoice: einvoiceOf(db, r, buyer),
    createdAt: r.created_at,
    createdByName: name(r.created_by),
    issuedAt: r.issued_at,
    issuedByName: name(r.issued_by),
  };
}

const SUMMARY_COLS = `i.id, i.kind, i.state, i.number, i.customer_id, c.customer_number, i.buyer_name, i.invoice_date, i.due_date, i.effective_due_date,
  i.gross_cents, i.paid_cents, i.open_cents, i.credited_cents, i.reminder_count, i.last_reminder_date, i.collection_date, i.debtor_kind,
  i.last_fee_reminder_date, i.compensation_charged`;

type SummaryRow = Pick<
  InvoiceRow,
  | 'id'
  | 'kind'
  | 'state'
  | 'number'
  | 'customer_id'
  | 'buyer_name'
  | 'invoice_date'
  | 'due_date'
  | 'effective_due_date'
  | 'gross_cents'
  | 'paid_cents'
  | 'open_cents'
  | 'credited_cents'
  | 'reminder_count'
  | 'last_reminder_date'
  | 'collection_date'
  | 'debtor_kind'
  | 'last_fee_reminder_date'
  | 'compensation_charged'
> & { customer_number: number };

function toSummary(r: SummaryRow, today: string): InvoiceSummary {
  const overdue = isOverdue(r, today);
  return {
    id: r.id,
    kind: r.kind,
    status: deriveStatus(r, today),
    number: r.number,
    customerId: r.customer_id,
    customerNumber: r.customer_number,
    buyerName: r.buyer_name,
    invoiceDate: r.invoice_date,
    dueDate: r.due_date,
    effectiveDueDate: r.effective_due_date,
    grossCents: r.gross_cents,
    paidCents: r.paid_cents,
    openCents: r.state === 'issued' ? r.open_cents : r.gross_cents,
    overdue,
    daysOverdue: overdue ? daysBetween(r.effective_due_date!, today) : 0,
    reminderCount: r.reminder_count,
    lastReminderDate: r.last_reminder_date,
    collectionDate: r.collection_date,
  };
}

const OPEN = `i.state = 'issued' AND i.open_cents > 0 AND i.kind = 'invoice' AND i.credited_cents = 0`;
const FILTER_SQL: Record<string, string> = {
  all: '1',
  drafts: `i.state = 'draft'`,
  open: OPEN,
  overdue: `${OPEN} AND i.effective_due_date < @today AND i.collection_date IS NULL`,
  inCollection: `${OPEN} AND i.collection_date IS NOT NULL`,
  paid: `i.state = 'issued' AND i.kind = 'invoice' AND i.credited_cents = 0 AND i.open_cents <= 0`,
  credited: `i.kind = 'invoice' AND i.credited_cents > 0`,
  creditNotes: `i.kind = 'credit_note'`,
};

export function listInvoices(
  db: Db,
  q: { customerId?: number | undefined; filter: string; from?: string | undefined; to?: string | undefined; number?: number | undefined; query?: string; offset: number; limit: number },
  today: string,
) {
  const where = [FILTER_SQL[q.filter] ?? '1'];
  const params: Record<string, unknown> = { today };
  if (q.customerId !== undefined) (where.push('i.customer_id = @customerId'), (params.customerId = q.customerId));
  if (q.number !== undefined) (where.push('i.number = @number'), (params.number = q.number));
  if (q.query) {
    // A number finds that invoice; words find buyers (case-insensitively, as SQLite folds ASCII).
    if (/^\d+$/.test(q.query)) (where.push('(i.number = @qn OR i.buyer_name LIKE @q)'), (params.qn = Number(q.query)));
    else where.push(`i.buyer_name LIKE @q ESCAPE '\\'`);
    params.q = `%${q.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  // Drafts have no invoice date yet: their creation day stands in.
  if (q.from !== undefined) (where.push(`coalesce(i.invoice_date, substr(i.created_at, 1, 10)) >= @from`), (params.from = q.from));
  if (q.to !== undefined) (where.push(`coalesce(i.invoice_date, substr(i.created_at, 1, 10)) <= @to`), (params.to = q.to));
  const w = `WHERE ${where.join(' AND ')}`;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLS} FROM invoices i JOIN customers c ON c.id = i.customer_id ${w} ORDER BY i.state = 'draft' DESC, i.number DESC, i.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as SummaryRow[];
  const agg = db
    .prepare(`SELECT count(*) AS n, coalesce(sum(i.gross_cents), 0) AS gross, coalesce(sum(CASE WHEN i.state = 'issued' THEN i.open_cents ELSE 0 END), 0) AS open FROM invoices i ${w}`)
    .get(params) as { n: number; gross: number; open: number };
  return { total: agg.n, rows: rows.map((r) => toSummary(r, today)), sums: { grossCents: agg.gross, openCents: agg.open } };
}

/** Open invoices past their due date (in force), not yet with a collection agency; oldest due first.
 * The reminder run leaves out customers whose processing is restricted (GDPR Art. 18): the manager
 * handles their invoices from the customer's card; `restrictedExcluded` says how many were left out. */
export function listOverdue(db: Db, asOf: string, offset: number, limit: number): { total: number; rows: OverdueRow[]; restrictedExcluded: number } {
  const overdue = `i.state = 'issued' AND i.open_cents > 0 AND i.effective_due_date < @asOf AND i.kind = 'invoice' AND i.credited_cents = 0 AND i.collection_date IS NULL`;
  // Both counts read only the indexes invoices_overdue and customers_restricted (migration 0009).
  const restricted = `(SELECT id FROM customers WHERE restriction_date IS NOT NULL)`;
  const w = `WHERE ${overdue} AND i.customer_id NOT IN ${restricted}`;
  const restrictedExcluded = (db.prepare(`SELECT count(*) AS n FROM invoices i WHERE ${overdue} AND i.customer_id IN ${restricted}`).get({ asOf }) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLS} FROM invoices i JOIN customers c ON c.id = i.customer_id ${w} ORDER BY i.effective_due_date, i.number LIMIT @limit OFFSET @offset`)
    .all({ asOf, limit, offset }) as SummaryRow[];
  const total = (db.prepare(`SELECT count(*) AS n FROM invoices i ${w}`).get({ asOf }) as { n: number }).n;
  const settings = loadInvoicingSettings(db);
  const maxFee = maxReminderFeeOn(db, asOf);
  return {
    total,
    restrictedExcluded,
    rows: rows.map((r) => ({
      ...toSummary(r, asOf),
      debtorKind: r.debtor_kind,
      nextFeeReminderFrom: reminderRules(
        { debtorKind: r.debtor_kind, dueDate: r.due_date!, lastFeeReminderDate: r.last_fee_reminder_date, compensationCharged: r.compensation_charged === 1 },
        asOf,
        settings,
        maxFee,
      ).feeAllowedFrom,
    })),
  };
}

/** Recomputes and stores a draft's totals from its lines. */
export function storeDraftTotals(db: Db, id: number, lines: readonly PricedLine[]): void {
  const t = totalsOf(lines);
  db.prepare('UPDATE invoices SET net_cents = ?, vat_cents = ?, gross_cents = ?, open_cents = 0 WHERE id = ?').run(t.netCents, t.vatCents, t.grossCents, id);
}
