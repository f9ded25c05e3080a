// payments.importPreview / payments.importApply: the bank's camt.054 file of incoming payments.
// The preview changes nothing. Apply reads the same file again (its hash must equal the
// preview's), applies only the rows the user confirmed, all in one transaction, and records each
// applied bank transaction by the bank's references so it is never applied twice. The file and
// the payers' names are never stored; the audit log says what was done by ids and counts only.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, readSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { formatDate } from '../../../shared/format/dates';
import type { BankImportPreview, BankImportResult, BankRowStatus } from '../../../shared/api/paymentsImport';
import type { CoreState, HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { BackupFormatError, openRegularFile } from '../backup/backupFile';
import { today } from '../invoices/calendar';
import { recordPayment } from '../invoices/recordPayment';
import { CamtFileError, MAX_CAMT_BYTES, readCamt054, type CamtFile } from './camt054Reader';
import { matchTransactions, suggested, type MatchedRow } from './matching';

const MAX_MB = String(MAX_CAMT_BYTES / 1024 / 1024);

function tooLarge(): never {
  throw fail('VALIDATION', 'paymentsFileTooLarge', { max: MAX_MB }, { fields: { fileBase64: 'paymentsFileTooLargeField' } });
}

/** The file's bytes; the size is checked before anything is decoded or read in full. */
function fileBytes(src: { fileBase64?: string; path?: string }): Buffer {
  if (src.fileBase64 !== undefined) {
    // Four base64 characters carry three bytes: the size is known without decoding.
    if (Math.floor((src.fileBase64.length * 3) / 4) > MAX_CAMT_BYTES + 2) tooLarge();
    return Buffer.from(src.fileBase64, 'base64');
  }
  const path = src.path!;
  if (!isAbsolute(path)) throw fail('VALIDATION', 'paymentsFileUnreadable', {}, { fields: { path: 'paymentsFileUnreadableField' } });
  let fd: number;
  try {
    fd = openRegularFile(path);
  } catch (err) {
    if (err instanceof BackupFormatError || (err as NodeJS.ErrnoException).code) {
      throw fail('VALIDATION', 'paymentsFileUnreadable', {}, { fields: { path: 'paymentsFileUnreadableField' } });
    }
    throw err;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_CAMT_BYTES) tooLarge();
    const buf = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buf, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/**
 * The last file previewed, per core, by its hash: the confirm sends the same bytes again, and
 * parsing thousands of entries twice would double the wait. Only bytes with the same SHA-256 reuse
 * it; it lives in memory only and is dropped once applied.
 */
const lastParsed = new WeakMap<CoreState, { sha256: string; file: CamtFile }>();

function readFile(ctx: HandlerContext, src: { fileBase64?: string; path?: string }) {
  const bytes = fileBytes(src);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const cached = lastParsed.get(ctx.state);
    const file = cached?.sha256 === sha256 ? cached.file : readCamt054(bytes);
    lastParsed.set(ctx.state, { sha256, file });
    return { sha256, file, rows: matchTransactions(ctx.state.register.db(), file.transactions, today(ctx.state)) };
  } catch (err) {
    if (err instanceof CamtFileError) throw fail('VALIDATION', err.problem, { max: MAX_MB });
    throw err;
  }
}

const STATUSES: BankRowStatus[] = ['matched', 'matchedByAmount', 'underpaid', 'overpaid', 'alreadyApplied', 'unmatched', 'ignored'];

/** The row as the screen sees it (without the core's bookkeeping fields). */
function publicRow({ account: _a, cancelledEntryId: _c, ...row }: MatchedRow) {
  return row;
}

export const paymentsImportHandlers: HandlerMap = {
  'payments.importPreview': (src, ctx): BankImportPreview => {
    const { sha256, file, rows } = readFile(ctx, src);
    const counts = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<BankRowStatus, number>;
    const me = sessionOf(ctx);
    recordAudit(ctx.state, { action: 'payments.importPreview', userId: me.userId, username: me.username, details: { sha256, transactions: rows.length } });
    return {
      sha256,
      messageId: file.messageId,
      account: rows[0]?.account ?? '',
      rows: rows.map(publicRow),
      counts,
      applicableCents: rows.filter(suggested).reduce((sum, r) => sum + r.amountCents, 0),
    };
  },

  'payments.importApply': ({ sha256: expected, rows: chosen, ...src }, ctx): BankImportResult => {
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    return db
      .transaction(() => {
        // Read and matched inside the transaction: another window's apply cannot slip in between.
        const { sha256, rows } = readFile(ctx, src);
        if (sha256 !== expected) throw fail('CONFLICT', 'paymentsFileChanged');
        const byKey = new Map(rows.map((r) => [r.key, r]));
        const seen = new Set<string>();
        const paid = new Set<number>();
        let applied = 0;
        let appliedCents = 0;
        let alreadyApplied = 0;
        const insert = db.prepare(
          `INSERT INTO bank_payment_entries (account, entry_ref, tx_ref, booking_date, amount_cents, reference, payment_id, file_sha256, applied_at, applied_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const repoint = db.prepare('UPDATE bank_payment_entries SET payment_id = ?, file_sha256 = ?, applied_at = ?, applied_by = ? WHERE id = ?');
        const invoiceById = db.prepare("SELECT id, number, state, kind, invoice_date FROM invoices WHERE id = ?");
        for (const { key, invoiceId } of chosen) {
          const row = byKey.get(key);
          if (!row || row.status === 'ignored') throw fail('VALIDATION', 'paymentsRowNotApplicable');
          if (seen.has(key)) continue;
          seen.add(key);
          if (row.status === 'alreadyApplied') {
            alreadyApplied++;
            continue;
          }
          const inv = invoiceById.get(invoiceId) as { id: number; number: number | null; state: string; kind: string; invoice_date: string | null } | undefined;
          if (!inv) throw fail('NOT_FOUND', 'invoiceNotFound');
          if (inv.state !== 'issued' || inv.kind !== 'invoice') throw fail('CONFLICT', 'invoiceNotIssued');
          if (row.bookingDate < inv.invoice_date!) {
            throw fail('CONFLICT', 'paymentsBeforeInvoice', { date: formatDate(row.bookingDate), number: inv.number ?? '', invoiceDate: formatDate(inv.invoice_date!) });
          }
          // The note names the bank's archive reference, so the invoice shows where the money came from.
          const note = row.txRef ? `${row.entryRef} ${row.txRef}` : row.entryRef;
          const paymentId = recordPayment(ctx, db, inv, { date: row.bookingDate, amountCents: row.amountCents, method: 'bank_transfer', note: note.slice(0, 200), source: 'camt054' });
          const at = ctx.state.now().toISOString();
          if (row.cancelledEntryId) repoint.run(paymentId, sha256, at, me.userId, row.cancelledEntryId);
          else insert.run(row.account, row.entryRef, row.txRef, row.bookingDate, row.amountCents, row.reference, paymentId, sha256, at, me.userId);
          applied++;
          appliedCents += row.amountCents;
          paid.add(inv.id);
        }
        lastParsed.delete(ctx.state);
        const result: BankImportResult = { sha256, applied, appliedCents, alreadyApplied, notApplied: rows.length - applied - alreadyApplied, paidInvoices: [...paid] };
        recordAudit(ctx.state, {
          action: 'payments.importApply',
          userId: me.userId,
          username: me.username,
          details: { sha256, applied, appliedCents, alreadyApplied, notApplied: result.notApplied, invoiceIds: result.paidInvoices },
        });
        return result;
      })
      .immediate();
  },
};
