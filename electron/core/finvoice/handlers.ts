// invoices.finvoice and invoices.reminderFinvoice: an issued invoice, credit note or reminder of
// an organisation with an e-invoice address, as a Finvoice 3.0 file the user saves and uploads to
// the bank's or operator's service (the app itself stays offline). The file names the buyer and
// its contact person, so each export is recorded as a disclosure to the operator and in the
// audit log, in one transaction. Refused with a message saying what to fix: a private
// customer's invoice, an organisation without a (valid) address, a seller without Y-tunnus or BIC.
import { einvoiceAddressKind, isValidOperatorId, ovtFromBusinessId } from '../../../shared/finnish/einvoiceAddress';
import { translator } from '../../../shared/i18n/translate';
import type { Invoice } from '../../../shared/api/invoices';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { recordDisclosure } from '../disclosures/disclosuresRepo';
import { today } from '../invoices/calendar';
import { loadInvoicingSettings } from '../invoices/invoicingSettings';
import * as repo from '../invoices/invoicesRepo';
import { invoiceMessage, reminderMessage, type FinvoiceFile, type MessageFrame } from './message';
import { einvoiceRecipient } from './recipient';
import type { Routing } from './parties';

interface Prepared {
  row: repo.InvoiceRow;
  invoice: Invoice;
  routing: Routing;
  organizationId: number;
}

/** Everything checked before a single byte is written. */
function prepare(ctx: HandlerContext, id: number): Prepared {
  const db = ctx.state.register.db();
  const row = repo.getInvoiceRow(db, id);
  if (!row) throw fail('NOT_FOUND', 'invoiceNotFound');
  if (row.state !== 'issued') throw fail('CONFLICT', 'finvoiceDraft');
  if (row.bill_to !== 'organization') throw fail('CONFLICT', 'finvoiceConsumer');
  // Sending the contact person's name to an operator is new processing: under a restriction
  // (GDPR Art. 18) only the manager decides, as for a reminder.
  const restricted = db.prepare('SELECT 1 FROM customers WHERE id = ? AND restriction_date IS NOT NULL').get(row.customer_id);
  if (restricted && sessionOf(ctx).role !== 'manager') throw fail('FORBIDDEN', 'restrictedManagerOnly');
  const invoice = repo.loadInvoice(db, id, today(ctx.state))!;
  if (invoice.buyer.name === '') throw fail('CONFLICT', 'finvoiceBuyerMissing');
  const to = einvoiceRecipient(db, row, invoice.buyer.businessId);
  if (!to || to.address === '' || to.operator === '') throw fail('CONFLICT', 'finvoiceNoAddress', {}, to ? { organizationId: to.organizationId } : {});
  // Stored before validation existed, or edited outside the app: checked again, never sent wrong.
  if (einvoiceAddressKind(to.address) === null || !isValidOperatorId(to.operator)) {
    throw fail('CONFLICT', 'finvoiceInvalidAddress', { address: to.address, operator: to.operator }, { organizationId: to.organizationId });
  }
  const seller = invoice.seller;
  const fromAddress = ovtFromBusinessId(seller.businessId);
  const intermediator = loadInvoicingSettings(db).einvoiceIntermediator || seller.bic;
  if (fromAddress === '' || seller.bic === '' || seller.iban === '' || intermediator === '') throw fail('CONFLICT', 'finvoiceSellerIncomplete');
  return { row, invoice, organizationId: to.organizationId, routing: { from: { address: fromAddress, intermediator }, to: { address: to.address, operator: to.operator } } };
}

function frame(ctx: HandlerContext, p: Prepared, suffix: string): MessageFrame {
  const now = ctx.state.now();
  // Unique per export: the invoice number, what is sent and the instant to the millisecond.
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 17);
  return { routing: p.routing, messageId: `${p.row.number}${suffix}-${stamp}`, timestamp: now.toISOString() };
}

/** Records the disclosure and the audit entry, then hands the file back. */
function deliver(ctx: HandlerContext, p: Prepared, file: FinvoiceFile, document: string, extra: Record<string, unknown>) {
  const db = ctx.state.register.db();
  const t = translator(ctx.lang);
  const s = sessionOf(ctx);
  const at = ctx.state.now().toISOString();
  db.transaction(() => {
    const disclosureId = recordDisclosure(
      db,
      {
        date: today(ctx.state),
        recipient: p.routing.to.operator,
        recipientKind: 'other',
        purpose: t('documents.finvoice.disclosurePurpose', { document }),
        dataCategories: ['identity', 'contact', 'organisation', 'invoices', ...('reminderId' in extra ? (['payments'] as const) : [])],
        customerIds: [p.row.customer_id],
        reference: t('documents.finvoice.disclosureReference', { document, address: p.routing.to.address }),
      },
      s.userId,
      at,
    );
    recordAudit(ctx.state, {
      action: 'invoice.finvoice',
      userId: s.userId,
      username: s.username,
      details: { invoiceId: p.row.id, number: p.row.number, kind: p.row.kind, organizationId: p.organizationId, disclosureId, ...extra },
    });
  })();
  return { filename: file.filename, base64: Buffer.from(file.xml, 'utf8').toString('base64') };
}

export const finvoiceHandlers: HandlerMap = {
  'invoices.finvoice': ({ id }, ctx) => {
    const p = prepare(ctx, id);
    const t = translator(ctx.lang);
    const credit = p.row.kind === 'credit_note';
    const file = invoiceMessage(p.invoice, frame(ctx, p, credit ? 'H' : 'L'));
    return deliver(ctx, p, file, t(credit ? 'documents.finvoice.documentCreditNote' : 'documents.finvoice.documentInvoice', { number: p.row.number }), {});
  },

  'invoices.reminderFinvoice': ({ reminderId }, ctx) => {
    const db = ctx.state.register.db();
    const rem = db.prepare('SELECT * FROM reminders WHERE id = ?').get(reminderId) as repo.ReminderRow | undefined;
    if (!rem) throw fail('NOT_FOUND', 'reminderNotFound');
    const p = prepare(ctx, rem.invoice_id);
    const t = translator(ctx.lang);
    const file = reminderMessage(p.invoice, rem, frame(ctx, p, `M${rem.sequence}`));
    return deliver(ctx, p, file, t('documents.finvoice.documentReminder', { number: p.row.number, sequence: rem.sequence }), { reminderId });
  },
};
