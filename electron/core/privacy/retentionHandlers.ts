// privacy.retention.*: the retention review and the one-step purge.
import { helsinkiDate } from '../../../shared/format/dates';
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { writeSetting } from '../settings/settingsRepo';
import { getRow } from '../customers/customersRepo';
import { eraseCustomer, flushErasure } from './erase';
import { inactiveMonths, invoiceBuyersDue, retentionDue } from './retention';
import { fingerprintsOf, writeLedgerFile } from './erasureHandlers';
import { appendToDb } from '../ledger/ledger';

export const retentionHandlers: HandlerMap = {
  'privacy.retention.review': ({ limit }, { state }) => {
    const db = state.register.db();
    const today = helsinkiDate(state.now());
    return { inactiveMonths: inactiveMonths(db), due: retentionDue(db, today, limit), invoiceBuyersDue: invoiceBuyersDue(db, today).length };
  },

  'privacy.retention.purge': ({ customerIds }, ctx) => {
    const db = ctx.state.register.db();
    const today = helsinkiDate(ctx.state.now());
    const due = new Map(retentionDue(db, today, 1_000_000).map((d) => [d.customerId, d]));
    for (const id of customerIds) {
      const d = due.get(id);
      if (!d) throw fail('CONFLICT', 'notDueForPurge', {}, { customerId: id });
      if (d.blockedUntil) throw fail('BLOCKED', 'purgeInsideRetention', { until: d.blockedUntil.split('-').reverse().map(Number).join('.') }, { customerId: id });
      if (d.heldByRequest) throw fail('BLOCKED', 'purgeHeldByRequest', { number: d.heldByRequest }, { customerId: id });
    }
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    const year = today.slice(0, 4);
    const n = (db.prepare(`SELECT count(*) AS n FROM erasures WHERE number LIKE ?`).get(`R-${year}-%`) as { n: number }).n;
    const number = `R-${year}-${String(n + 1).padStart(4, '0')}`;
    let cleared = 0;
    const stored: ReturnType<typeof appendToDb>[] = [];
    db.transaction(() => {
      for (const id of customerIds) {
        const fp = fingerprintsOf(ctx, id);
        const erasureId = Number(
          db.prepare(`INSERT INTO erasures (number, kind, request_id, customer_id, at, user_id, erased, kept) VALUES (?, 'purge', NULL, ?, ?, ?, '[]', '[]')`).run(`${number}/${id}`, id, at, me.userId).lastInsertRowid,
        );
        const outcome = eraseCustomer(db, id, { kind: 'purge', erasureId, at, userId: me.userId, today });
        db.prepare('UPDATE erasures SET erased = ?, kept = ? WHERE id = ?').run(JSON.stringify(outcome.erased), JSON.stringify(outcome.kept), erasureId);
        stored.push(appendToDb(db, { number: `${number}/${id}`, kind: 'purge', at, requestNumber: null, customerId: id, erased: outcome.erased, kept: outcome.kept, fingerprints: fp, certificate: null }));
      }
      for (const { id } of invoiceBuyersDue(db, today)) {
        db.prepare(`UPDATE invoices SET buyer = NULL, buyer_name = '' WHERE id = ?`).run(id);
        cleared++;
      }
      recordAudit(ctx.state, { action: 'privacy.retention.purge', userId: me.userId, username: me.username, details: { purge: number, customers: customerIds.length, invoiceBuyersCleared: cleared } });
    })();
    flushErasure(db);
    for (const s of stored) writeLedgerFile(ctx, s);
    return { purgeNumber: number, purged: customerIds.length, invoiceBuyersCleared: cleared };
  },

  'privacy.retention.endRelationship': ({ customerId, endDate }, ctx) => {
    const db = ctx.state.register.db();
    const row = getRow(db, customerId);
    if (!row || row.erased_at) throw fail('NOT_FOUND', 'customerNotFound');
    const me = sessionOf(ctx);
    db.transaction(() => {
      db.prepare('UPDATE customers SET relationship_end = ?, updated_at = ? WHERE id = ?').run(endDate, ctx.state.now().toISOString(), customerId);
      db.prepare('INSERT INTO field_history (customer_id, field, old_value, new_value, at, user_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        customerId,
        'relationshipEnd',
        row.relationship_end,
        endDate,
        ctx.state.now().toISOString(),
        me.userId,
        'retention',
      );
      recordAudit(ctx.state, { action: 'customer.endRelationship', userId: me.userId, username: me.username, details: { customerId } });
    })();
    return {};
  },

  'privacy.retention.settings': ({ inactiveMonths: months }, ctx) => {
    const db = ctx.state.register.db();
    if (months !== undefined) {
      writeSetting(db, 'retention.inactiveMonths', months);
      const me = sessionOf(ctx);
      recordAudit(ctx.state, { action: 'settings.update', userId: me.userId, username: me.username, details: { keys: ['retention.inactiveMonths'] } });
    }
    return { inactiveMonths: inactiveMonths(db) };
  },
};
