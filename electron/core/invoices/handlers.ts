// invoices.* and invoicing.*: drafts, issuing with consecutive numbers, payments, reminders,
// credit notes, collection and the accounting export. An issued invoice is never edited (the
// handlers refuse with CONFLICT, and triggers in the schema refuse too); it is only credited.
// Audited by ids and numbers, never names or amounts tied to a person.
import { assertExemptionBuyer } from './exemptionBuyer';
import { maxReminderFeeOn, vatRateTable } from '../legal/legalParameters';
import { formatMoney } from '../../../shared/format/money';
import { formatDate } from '../../../shared/format/dates';
import type { BillTo, InvoicingSettings } from '../../../shared/api/invoices';
import type { PricedLine } from '../../../shared/api/orders';
import { referenceNumber } from '../../../shared/finnish/referenceNumber';
import { rfReference } from '../../../shared/finnish/rfReference';
import { translator } from '../../../shared/i18n/translate';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import { recordDisclosure } from '../disclosures/disclosuresRepo';
import { assertMaySell, notInFuture } from '../orders/handlers';
import { priceLines, repriceForDelivery, writeLines } from '../orders/lines';
import { getOrderRow, orderLines } from '../orders/ordersRepo';
import { invoicePdf } from '../documents/invoicePdf';
import { creditNotePdf } from '../documents/creditNotePdf';
import { reminderPdf } from '../documents/reminderPdf';
import { accountingExport } from './accountingExport';
import { invoicingBlockers } from './blockers';
import { addDays, today } from './calendar';
import { MissingReferenceRate, penaltyRateOn } from './interest';
import {
  invoicingSettingsView,
  lastInvoiceNumber,
  listReferenceRates,
  loadInvoicingSettings,
  nextInvoiceNumber,
  referenceRateTable,
  saveInvoicingSettings,
  sellerSnapshot,
} from './invoicingSettings';
import * as repo from './invoicesRepo';
import { recordPayment, refreshOpen } from './recordPayment';
import { reminderRules } from './reminderRules';

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

function mustGet(db: Db, id: number): repo.InvoiceRow {
  const r = repo.getInvoiceRow(db, id);
  if (!r) throw fail('NOT_FOUND', 'invoiceNotFound');
  return r;
}

function mustBeDraft(db: Db, id: number): repo.InvoiceRow {
  const r = mustGet(db, id);
  if (r.state !== 'draft') throw fail('CONFLICT', 'invoiceIssued', { number: r.number ?? '' }, { number: r.number });
  return r;
}

/** An issued invoice (not a credit note) that money can still be asked for. */
function mustBeIssuedInvoice(db: Db, id: number): repo.InvoiceRow {
  const r = mustGet(db, id);
  if (r.state !== 'issued') throw fail('CONFLICT', 'invoiceNotIssued');
  if (r.kind !== 'invoice') throw fail('CONFLICT', 'notCreditable');
  return r;
}

/** Interest that needs a half-year's reference rate the register lacks is refused, never guessed. */
function interestOrRefuse(compute: () => number): number {
  try {
    return compute();
  } catch (err) {
    if (err instanceof MissingReferenceRate) throw fail('CONFLICT', 'referenceRateMissing', { from: formatDate(err.halfYear) }, { referenceRateMissing: err.halfYear });
    throw err;
  }
}

const load = (ctx: HandlerContext, id: number) => repo.loadInvoice(ctx.state.register.db(), id, today(ctx.state))!;

function defaultBillTo(db: Db, customerId: number, billTo: BillTo | undefined): BillTo {
  const c = db.prepare('SELECT organization_id FROM customers WHERE id = ?').get(customerId) as { organization_id: number | null };
  if (billTo === 'organization' && c.organization_id === null) {
    throw fail('VALIDATION', 'organizationNotFound', {}, { fields: { billTo: 'organizationNotFound' } });
  }
  return billTo ?? (c.organization_id !== null ? 'organization' : 'person');
}

/** Lines of open orders of this customer, in the order given, each with its order's delivery date. */
function orderLinesFor(db: Db, customerId: number, orderIds: readonly number[]) {
  const lines: (PricedLine & { orderId: number })[] = [];
  let latest: string | null = null;
  let allWithVat = orderIds.length > 0;
  for (const orderId of new Set(orderIds)) {
    const o = getOrderRow(db, orderId);
    if (!o) throw fail('NOT_FOUND', 'orderNotFound', {}, { orderId });
    if (o.customer_id !== customerId) throw fail('CONFLICT', 'orderOtherCustomer', { id: orderId }, { orderId });
    if (o.status !== 'open') throw fail('CONFLICT', 'orderNotOpen', {}, { orderId, status: o.status });
    for (const l of orderLines(db, orderId)) lines.push({ ...l, orderId });
    if (latest === null || o.delivery_date > latest) latest = o.delivery_date;
    allWithVat &&= o.prices_include_vat === 1;
  }
  return { lines, latestDelivery: latest, allWithVat };
}

function lastIssuedDate(db: Db): string | null {
  return (db.prepare(`SELECT max(invoice_date) AS d FROM invoices WHERE state = 'issued'`).get() as { d: string | null }).d;
}

/** The date of issue: today unless given; never in the future, never before the last issued invoice. */
function issueDate(ctx: HandlerContext, db: Db, wanted: string | null | undefined): string {
  const d = wanted ?? today(ctx.state);
  notInFuture(ctx, d, 'invoiceDate');
  const last = lastIssuedDate(db);
  if (last !== null && d < last) throw fail('CONFLICT', 'invoiceDateBeforeLast', { date: formatDate(last) }, { lastDate: last });
  return d;
}

/**
 * Turns a draft into an issued invoice or credit note: takes the next number, freezes the seller
 * and buyer, and fixes the reference and due date. Must run inside the caller's transaction.
 */
function issueRow(ctx: HandlerContext, db: Db, r: repo.InvoiceRow, invoiceDate: string, settings: InvoicingSettings): number {
  const number = nextInvoiceNumber(db);
  const seller = sellerSnapshot(db);
  // A credit note carries its invoice's frozen buyer; an invoice freezes the customer as they are now.
  const buyer = r.buyer ? (JSON.parse(r.buyer) as ReturnType<typeof repo.buyerFromCustomer>) : repo.buyerFromCustomer(db, r.customer_id, r.bill_to);
  const isInvoice = r.kind === 'invoice';
  // The buyer may have changed since the draft was saved: the exemption reasons are checked again as frozen.
  if (isInvoice) assertExemptionBuyer(repo.invoiceLines(db, r.id), buyer, r.bill_to);
  const reference = isInvoice ? referenceNumber(String(number)) : null;
  const due = isInvoice ? addDays(invoiceDate, r.payment_term_days) : null;
  const margin = r.debtor_kind === 'business' ? settings.penaltyMarginBusinessBp : settings.penaltyMarginConsumerBp;
  const penalty = due ? penaltyRateOn(referenceRateTable(db), addDays(due, 1), margin) : null;
  // An invoice is printed in the customer's language as it is at issue; a credit note keeps its invoice's.
  const language = isInvoice ? (db.prepare('SELECT language FROM customers WHERE id = ?').get(r.customer_id) as { language: 'fi' | 'en' }).language : r.language;
  db.prepare(
    `UPDATE invoices SET state = 'issued', number = ?, invoice_date = ?, due_date = ?, effective_due_date = ?, reference = ?, rf_reference = ?,
       penalty_interest_bp = ?, seller = ?, buyer = ?, buyer_name = ?, language = ?, open_cents = ?, issued_at = ?, issued_by = ?, updated_at = ? WHERE id = ?`,
  ).run(
    number,
    invoiceDate,
    due,
    due,
    reference,
    reference ? rfReference(reference) : null,
    penalty,
    JSON.stringify(seller),
    JSON.stringify(buyer),
    buyer.name,
    language,
    isInvoice ? r.gross_cents : 0,
    ctx.state.now().toISOString(),
    sessionOf(ctx).userId,
    ctx.state.now().toISOString(),
    r.id,
  );
  return number;
}

export const invoiceHandlers: HandlerMap = {
  'invoices.customerSummary': ({ customerId }, ctx) => {
    const db = ctx.state.register.db();
    if (!db.prepare('SELECT 1 FROM customers WHERE id = ?').get(customerId)) throw fail('NOT_FOUND', 'customerNotFound');
    return invoicingBlockers(db, customerId);
  },

  'invoices.createDraft': (input, ctx) => {
    const db = ctx.state.register.db();
    const customer = assertMaySell(ctx, db, input.customerId);
    const billTo = defaultBillTo(db, input.customerId, input.billTo);
    const settings = loadInvoicingSettings(db);
    const fromOrders = orderLinesFor(db, input.customerId, input.orderIds);
    const invoiceDate = input.invoiceDate ?? null;
    const delivery = input.deliveryDate ?? fromOrders.latestDelivery ?? invoiceDate ?? today(ctx.state);
    const pricesIncludeVat = input.pricesIncludeVat ?? fromOrders.allWithVat;
    const direct = priceLines(input.lines, delivery, pricesIncludeVat, vatRateTable(db)).map((l) => ({ ...l, orderId: null }));
    const lines = [...fromOrders.lines, ...direct];
    // Typed lines are refused on their own field (an order's lines are checked again at issue).
    assertExemptionBuyer(direct, repo.buyerFromCustomer(db, input.customerId, billTo), billTo);
    const at = ctx.state.now().toISOString();
    const me = sessionOf(ctx).userId;
    const id = db.transaction(() => {
      const info = db
        .prepare(
          `INSERT INTO invoices (kind, state, customer_id, bill_to, debtor_kind, language, invoice_date, delivery_date, payment_term_days,
             your_reference, our_reference, notes, prices_include_vat, buyer_name, created_at, created_by, updated_at)
           VALUES ('invoice', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.customerId,
          billTo,
          billTo === 'organization' ? 'business' : 'consumer',
          customer.language,
          invoiceDate,
          delivery,
          input.paymentTermDays ?? settings.paymentTermDays,
          input.yourReference ?? '',
          input.ourReference ?? '',
          input.notes ?? '',
          pricesIncludeVat ? 1 : 0,
          repo.buyerFromCustomer(db, input.customerId, billTo).name,
          at,
          me,
          at,
        );
      const newId = Number(info.lastInsertRowid);
      writeLines(db, 'invoice_lines', newId, lines);
      repo.storeDraftTotals(db, newId, lines);
      const link = db.prepare(`UPDATE orders SET status = 'invoiced', invoice_id = ?, updated_at = ? WHERE id = ?`);
      for (const orderId of new Set(input.orderIds)) link.run(newId, at, orderId);
      audit(ctx, 'invoice.createDraft', { invoiceId: newId, customerId: input.customerId, orderIds: [...new Set(input.orderIds)] });
      return newId;
    })();
    return load(ctx, id);
  },

  'invoices.updateDraft': (input, ctx) => {
    const db = ctx.state.register.db();
    const r = mustBeDraft(db, input.id);
    assertMaySell(ctx, db, r.customer_id);
    const billTo = input.billTo !== undefined ? defaultBillTo(db, r.customer_id, input.billTo) : r.bill_to;
    const delivery = input.deliveryDate ?? r.delivery_date;
    const pricesIncludeVat = input.pricesIncludeVat ?? r.prices_include_vat === 1;
    let lines: (PricedLine & { orderId: number | null })[];
    if (input.lines !== undefined) {
      lines = priceLines(input.lines, delivery, pricesIncludeVat, vatRateTable(db)).map((l) => ({ ...l, orderId: null }));
      assertExemptionBuyer(lines, repo.buyerFromCustomer(db, r.customer_id, billTo), billTo);
    } else {
      // Typed lines follow a new delivery date; lines from orders keep their own.
      lines = repo.invoiceLines(db, r.id).map((l) => (l.orderId === null && delivery !== r.delivery_date ? { ...repriceForDelivery(l, delivery, vatRateTable(db)), orderId: null } : l));
    }
    const changed = Object.keys(input).filter((k) => k !== 'id' && input[k as keyof typeof input] !== undefined);
    db.transaction(() => {
      db.prepare(
        `UPDATE invoices SET bill_to = ?, debtor_kind = ?, invoice_date = ?, delivery_date = ?, payment_term_days = ?, your_reference = ?, our_reference = ?, notes = ?,
           prices_include_vat = ?, buyer_name = ?, updated_at = ? WHERE id = ?`,
      ).run(
        billTo,
        billTo === 'organization' ? 'business' : 'consumer',
        input.invoiceDate !== undefined ? input.invoiceDate : r.invoice_date,
        delivery,
        input.paymentTermDays ?? r.payment_term_days,
        input.yourReference ?? r.your_reference,
        input.ourReference ?? r.our_reference,
        input.notes ?? r.notes,
        pricesIncludeVat ? 1 : 0,
        repo.buyerFromCustomer(db, r.customer_id, billTo).name,
        ctx.state.now().toISOString(),
        r.id,
      );
      writeLines(db, 'invoice_lines', r.id, lines);
      repo.storeDraftTotals(db, r.id, lines);
      audit(ctx, 'invoice.updateDraft', { invoiceId: r.id, fields: changed });
    })();
    return load(ctx, r.id);
  },

  'invoices.deleteDraft': ({ id }, ctx) => {
    const db = ctx.state.register.db();
    mustBeDraft(db, id);
    db.transaction(() => {
      db.prepare(`UPDATE orders SET status = 'open', invoice_id = NULL, updated_at = ? WHERE invoice_id = ?`).run(ctx.state.now().toISOString(), id);
      db.prepare('DELETE FROM invoices WHERE id = ?').run(id);
      audit(ctx, 'invoice.deleteDraft', { invoiceId: id });
    })();
    return { deleted: true as const };
  },

  'invoices.issue': ({ id, invoiceDate }, ctx) => {
    const db = ctx.state.register.db();
    const settings = loadInvoicingSettings(db);
    // Checked and allocated in one IMMEDIATE transaction: the number, the status and the frozen
    // details commit together or not at all, so a failure leaves no gap and two issuers never
    // see the same "last number".
    db.transaction(() => {
      const r = mustBeDraft(db, id);
      if (settings.iban === '') throw fail('CONFLICT', 'invoicingNotConfigured');
      assertMaySell(ctx, db, r.customer_id);
      const date = issueDate(ctx, db, invoiceDate ?? r.invoice_date);
      const number = issueRow(ctx, db, r, date, settings);
      audit(ctx, 'invoice.issue', { invoiceId: id, number });
    }).immediate();
    return load(ctx, id);
  },

  'invoices.get': ({ id }, ctx) => {
    const db = ctx.state.register.db();
    const r = mustGet(db, id);
    audit(ctx, 'invoice.view', { invoiceId: id, number: r.number });
    return load(ctx, id);
  },

  'invoices.list': (q, ctx) => repo.listInvoices(ctx.state.register.db(), q, today(ctx.state)),

  'invoices.listOverdue': ({ asOf, offset, limit }, ctx) => repo.listOverdue(ctx.state.register.db(), asOf ?? today(ctx.state), offset, limit),

  'invoices.addPayment': ({ invoiceId, date, amountCents, method, note, allowOverpayment }, ctx) => {
    const db = ctx.state.register.db();
    const r = mustBeIssuedInvoice(db, invoiceId);
    notInFuture(ctx, date, 'date');
    if (date < r.invoice_date!) throw fail('VALIDATION', 'dateBeforeInvoice', { date: formatDate(r.invoice_date!) }, { fields: { date: 'dateBeforeInvoiceField' } });
    if (amountCents > r.open_cents && !allowOverpayment) {
      throw fail('CONFLICT', 'paymentExceedsOpen', { amount: formatMoney(amountCents), open: formatMoney(Math.max(0, r.open_cents)) }, { openCents: r.open_cents });
    }
    db.transaction(() => {
      recordPayment(ctx, db, r, { date, amountCents, method, note });
    })();
    return load(ctx, invoiceId);
  },

  'invoices.cancelPayment': ({ paymentId, reason }, ctx) => {
    const db = ctx.state.register.db();
    const p = db.prepare('SELECT * FROM payments WHERE id = ?').get(paymentId) as { invoice_id: number; amount_cents: number; cancelled_at: string | null } | undefined;
    if (!p) throw fail('NOT_FOUND', 'paymentNotFound');
    if (p.cancelled_at) throw fail('CONFLICT', 'paymentCancelled');
    const at = ctx.state.now().toISOString();
    db.transaction(() => {
      db.prepare('UPDATE payments SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?').run(at, sessionOf(ctx).userId, reason, paymentId);
      db.prepare('UPDATE invoices SET paid_cents = paid_cents - ?, updated_at = ? WHERE id = ?').run(p.amount_cents, at, p.invoice_id);
      refreshOpen(db, p.invoice_id);
      audit(ctx, 'invoice.cancelPayment', { invoiceId: p.invoice_id, paymentId });
    })();
    return load(ctx, p.invoice_id);
  },

  'invoices.remind': (input, ctx) => {
    const db = ctx.state.register.db();
    const r = mustBeIssuedInvoice(db, input.invoiceId);
    // A reminder is new processing of the person's data: under a restriction only the manager decides.
    const restricted = db.prepare('SELECT 1 FROM customers WHERE id = ? AND restriction_date IS NOT NULL').get(r.customer_id);
    if (restricted && sessionOf(ctx).role !== 'manager') throw fail('FORBIDDEN', 'restrictedManagerOnly');
    const settings = loadInvoicingSettings(db);
    if (r.credited_cents > 0) throw fail('CONFLICT', 'alreadyCredited');
    if (r.collection_date) throw fail('CONFLICT', 'inCollection', { date: formatDate(r.collection_date) });
    if (r.open_cents <= 0) throw fail('CONFLICT', 'nothingOpen');
    const date = input.date ?? today(ctx.state);
    notInFuture(ctx, date, 'date');
    if (date <= r.effective_due_date!) throw fail('CONFLICT', 'notOverdue', { date: formatDate(r.effective_due_date!) }, { dueDate: r.effective_due_date });
    if (r.last_reminder_date && date < r.last_reminder_date) throw fail('CONFLICT', 'reminderBeforeLast', { date: formatDate(r.last_reminder_date) });
    const rules = reminderRules(
      { debtorKind: r.debtor_kind, dueDate: r.due_date!, lastFeeReminderDate: r.last_fee_reminder_date, compensationCharged: r.compensation_charged === 1 },
      date,
      settings,
      maxReminderFeeOn(db, date),
    );
    let compensation = 0;
    if (input.businessCompensation) {
      if (r.debtor_kind !== 'business') throw fail('CONFLICT', 'compensationConsumer', {}, { fields: { businessCompensation: 'compensationConsumer' } });
      if (r.compensation_charged) throw fail('CONFLICT', 'compensationAlready', {}, { fields: { businessCompensation: 'compensationAlready' } });
      compensation = rules.compensationCents;
    }
    let fee = 0;
    if (input.chargeFee && rules.feeCents > 0 && compensation === 0) {
      if (rules.feeRefusal === 'tooEarly') throw fail('CONFLICT', 'reminderFeeTooEarly', { date: formatDate(rules.feeAllowedFrom!) }, { feeAllowedFrom: rules.feeAllowedFrom });
      if (rules.feeRefusal === 'interval') throw fail('CONFLICT', 'reminderFeeInterval', { date: formatDate(rules.feeAllowedFrom!) }, { feeAllowedFrom: rules.feeAllowedFrom });
      if (rules.feeRefusal === 'compensationCharged') throw fail('CONFLICT', 'reminderFeeAfterCompensation', {}, { fields: { chargeFee: 'reminderFeeAfterCompensation' } });
      fee = rules.feeCents;
    }
    const dueDate = input.dueDate ?? rules.defaultDueDate;
    if (dueDate < rules.minDueDate) throw fail('VALIDATION', 'reminderDueTooSoon', { date: formatDate(rules.minDueDate) }, { fields: { dueDate: 'reminderTerm' }, minDueDate: rules.minDueDate });
    const interest = interestOrRefuse(() => repo.unchargedInterest(db, r, date));
    const principal = repo.openPrincipal(r);
    const earlier = r.open_cents - principal;
    const total = r.open_cents + fee + compensation + interest;
    const margin = r.debtor_kind === 'business' ? settings.penaltyMarginBusinessBp : settings.penaltyMarginConsumerBp;
    const interestFrom = addDays(r.last_reminder_date && r.last_reminder_date > r.due_date! ? r.last_reminder_date : r.due_date!, 1);
    const at = ctx.state.now().toISOString();
    db.transaction(() => {
      const sequence = r.reminder_count + 1;
      const info = db
        .prepare(
          `INSERT INTO reminders (invoice_id, sequence, date, principal_cents, earlier_charges_cents, fee_cents, compensation_cents, interest_cents, interest_from,
             interest_rate_bp, total_cents, due_date, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(r.id, sequence, date, principal, earlier, fee, compensation, interest, interestFrom, penaltyRateOn(referenceRateTable(db), date, margin), total, dueDate, at, sessionOf(ctx).userId);
      db.prepare(
        `UPDATE invoices SET charges_cents = charges_cents + ?, interest_charged_cents = interest_charged_cents + ?, reminder_count = ?, last_reminder_date = ?,
           last_fee_reminder_date = CASE WHEN ? > 0 THEN ? ELSE last_fee_reminder_date END, compensation_charged = max(compensation_charged, ?),
           effective_due_date = ?, updated_at = ? WHERE id = ?`,
      ).run(fee + compensation + interest, interest, sequence, date, fee, date, compensation > 0 ? 1 : 0, dueDate, at, r.id);
      refreshOpen(db, r.id);
      audit(ctx, 'invoice.remind', { invoiceId: r.id, number: r.number, reminderId: Number(info.lastInsertRowid), sequence, fee: fee > 0, compensation: compensation > 0 });
    })();
    return load(ctx, r.id);
  },

  'invoices.creditNote': ({ invoiceId, reason, date, waiveCharges }, ctx) => {
    const db = ctx.state.register.db();
    const settings = loadInvoicingSettings(db);
    const r = mustBeIssuedInvoice(db, invoiceId);
    if (r.credited_cents > 0) throw fail('CONFLICT', 'alreadyCredited');
    const at = ctx.state.now().toISOString();
    const me = sessionOf(ctx).userId;
    const creditId = db.transaction(() => {
      const d = issueDate(ctx, db, date);
      // The mirror of the original: every line with the opposite quantity, so each VAT row and the
      // total are the exact negatives (vatForNet rounds half away from zero).
      const lines = repo.invoiceLines(db, r.id).map((l) => ({ ...l, quantity: -l.quantity, quantityMilli: -l.quantityMilli, netCents: -l.netCents }));
      const info = db
        .prepare(
          `INSERT INTO invoices (kind, state, customer_id, bill_to, debtor_kind, language, delivery_date, payment_term_days, your_reference, our_reference, notes,
             buyer, buyer_name, credited_invoice_id, credit_reason, created_at, created_by, updated_at)
           VALUES ('credit_note', 'draft', ?, ?, ?, ?, ?, 0, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(r.customer_id, r.bill_to, r.debtor_kind, r.language, r.delivery_date, r.your_reference, r.our_reference, r.buyer, r.buyer_name, r.id, reason, at, me, at);
      const id = Number(info.lastInsertRowid);
      writeLines(db, 'invoice_lines', id, lines);
      repo.storeDraftTotals(db, id, lines);
      const number = issueRow(ctx, db, repo.getInvoiceRow(db, id)!, d, settings);
      const credit = repo.getInvoiceRow(db, id)!;
      db.prepare(`UPDATE invoices SET credited_cents = ?, charges_cents = CASE WHEN ? THEN 0 ELSE charges_cents END, updated_at = ? WHERE id = ?`).run(
        -credit.gross_cents,
        waiveCharges ? 1 : 0,
        at,
        r.id,
      );
      refreshOpen(db, r.id);
      // The orders behind a credited invoice are free to be invoiced again (or cancelled).
      db.prepare(`UPDATE orders SET status = 'open', invoice_id = NULL, updated_at = ? WHERE invoice_id = ?`).run(at, r.id);
      audit(ctx, 'invoice.creditNote', { invoiceId: r.id, number: r.number, creditNoteId: id, creditNoteNumber: number });
      return id;
    }).immediate();
    return load(ctx, creditId);
  },

  'invoices.sendToCollection': ({ invoiceId, agency, date, note, withoutReminderReason }, ctx) => {
    const db = ctx.state.register.db();
    const r = mustBeIssuedInvoice(db, invoiceId);
    if (r.credited_cents > 0) throw fail('CONFLICT', 'alreadyCredited');
    if (r.collection_date) throw fail('CONFLICT', 'inCollection', { date: formatDate(r.collection_date) });
    if (r.open_cents <= 0) throw fail('CONFLICT', 'nothingOpen');
    const d = date ?? today(ctx.state);
    notInFuture(ctx, d, 'date');
    if (d <= r.effective_due_date!) throw fail('CONFLICT', 'notOverdue', { date: formatDate(r.effective_due_date!) });
    // A consumer is reminded before the claim goes to a collection agency: good collection practice
    // (Collection Act 513/1999, 4 §) as the Consumer Ombudsman's guideline reads it. Only a manager
    // may hand it over without one, and only with a reason, which the audit log keeps.
    const unreminded = r.debtor_kind === 'consumer' && r.reminder_count === 0;
    if (unreminded && !withoutReminderReason) throw fail('CONFLICT', 'collectionNeedsReminder', {}, { needsReminder: true });
    if (unreminded && sessionOf(ctx).role !== 'manager') throw fail('FORBIDDEN', 'collectionWithoutReminderManager');
    const t = translator(ctx.lang);
    const at = ctx.state.now().toISOString();
    db.transaction(() => {
      const disclosureId = recordDisclosure(
        db,
        {
          date: d,
          recipient: agency,
          recipientKind: 'collection',
          purpose: t('documents.invoicing.disclosure.collectionPurpose', { number: r.number }) + (note ? ` — ${note}` : ''),
          dataCategories: r.bill_to === 'organization' ? ['identity', 'contact', 'organisation', 'invoices', 'payments'] : ['identity', 'contact', 'invoices', 'payments'],
          customerIds: [r.customer_id],
          reference: t('documents.invoicing.disclosure.invoiceReference', { number: r.number }),
        },
        sessionOf(ctx).userId,
        at,
      );
      db.prepare('UPDATE invoices SET collection_date = ?, collection_agency = ?, collection_disclosure_id = ?, updated_at = ? WHERE id = ?').run(d, agency, disclosureId, at, r.id);
      audit(ctx, 'invoice.collection', { invoiceId: r.id, number: r.number, disclosureId, customerId: r.customer_id, ...(unreminded ? { withoutReminderReason } : {}) });
    })();
    return load(ctx, r.id);
  },

  'invoices.pdf': ({ id }, ctx) => {
    const db = ctx.state.register.db();
    const r = mustGet(db, id);
    const invoice = load(ctx, id);
    const pdf = r.kind === 'credit_note' ? creditNotePdf(invoice) : invoicePdf(invoice, loadInvoicingSettings(db));
    audit(ctx, 'invoice.pdf', { invoiceId: id, number: r.number });
    return { filename: pdf.filename, base64: pdf.base64 };
  },

  'invoices.reminderPdf': ({ reminderId }, ctx) => {
    const db = ctx.state.register.db();
    const rem = db.prepare('SELECT * FROM reminders WHERE id = ?').get(reminderId) as repo.ReminderRow | undefined;
    if (!rem) throw fail('NOT_FOUND', 'reminderNotFound');
    const invoice = load(ctx, rem.invoice_id);
    const pdf = reminderPdf(invoice, rem, loadInvoicingSettings(db));
    audit(ctx, 'invoice.reminderPdf', { invoiceId: rem.invoice_id, reminderId });
    return { filename: pdf.filename, base64: pdf.base64 };
  },

  'invoices.accountingExport': ({ from, to, recipient }, ctx) => {
    const db = ctx.state.register.db();
    const to_ = recipient || loadInvoicingSettings(db).accountingPartner;
    if (!to_) throw fail('VALIDATION', 'required', {}, { fields: { recipient: 'required' } });
    return db.transaction(() => {
      const result = accountingExport(db, { from, to, recipient: to_, lang: ctx.lang, by: sessionOf(ctx).userId, at: ctx.state.now().toISOString() });
      audit(ctx, 'invoice.accountingExport', { from, to, invoices: result.invoiceCount, payments: result.paymentCount, disclosureId: result.disclosureId });
      return result;
    })();
  },

  'invoicing.settings.get': (_p, { state }) => invoicingSettingsView(state.register.db(), today(state)),

  'invoicing.settings.update': (patch, ctx) => {
    const db = ctx.state.register.db();
    const current = loadInvoicingSettings(db);
    const changed = (Object.keys(patch) as (keyof InvoicingSettings)[]).filter((k) => patch[k] !== undefined && patch[k] !== current[k]);
    if (changed.includes('invoiceNumberStart') && lastInvoiceNumber(db) !== null) {
      throw fail('CONFLICT', 'invoiceNumberFixed', {}, { fields: { invoiceNumberStart: 'invoiceNumberFixed' } });
    }
    const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as InvoicingSettings;
    // The shop's fee may not exceed what the law allows today (kept as data: legal.reminderFeeLimits).
    const maxFee = maxReminderFeeOn(db, today(ctx.state));
    if (changed.includes('reminderFeeCents') && next.reminderFeeCents > maxFee) {
      throw fail('VALIDATION', 'reminderFeeMax', { max: formatMoney(maxFee) }, { fields: { reminderFeeCents: 'reminderFeeMax' } });
    }
    db.transaction(() => {
      saveInvoicingSettings(db, next);
      audit(ctx, 'invoicing.settings.update', { keys: changed });
    })();
    return invoicingSettingsView(db, today(ctx.state));
  },

  'invoicing.referenceRates.list': (_p, { state }) => listReferenceRates(state.register.db()),

  'invoicing.referenceRates.add': ({ validFrom, rateBp, source }, ctx) => {
    const db = ctx.state.register.db();
    if (db.prepare('SELECT 1 FROM reference_rates WHERE valid_from = ?').get(validFrom)) {
      throw fail('CONFLICT', 'referenceRateExists', { date: formatDate(validFrom) });
    }
    db.transaction(() => {
      db.prepare('INSERT INTO reference_rates (valid_from, rate_bp, source, added_at, added_by) VALUES (?, ?, ?, ?, ?)').run(validFrom, rateBp, source, ctx.state.now().toISOString(), sessionOf(ctx).userId);
      audit(ctx, 'invoicing.referenceRate.add', { validFrom, rateBp, source });
    })();
    return listReferenceRates(db);
  },
};
