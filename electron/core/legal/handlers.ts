// legal.*: the manager keeps the VAT rates and the maximum reminder fee up to date when the law
// changes, naming the source. Values are only added, one per kind and first day (the history of
// what applied when stays honest), and every addition is audited.
import { formatDate } from '../../../shared/format/dates';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { listReminderFeeLimits, listVatRates } from './legalParameters';

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

export const legalHandlers: HandlerMap = {
  'legal.vatRates.list': (_q, { state }) => listVatRates(state.register.db()),
  'legal.vatRates.add': ({ category, validFrom, rateBp, source }, ctx) => {
    const db = ctx.state.register.db();
    if (db.prepare('SELECT 1 FROM vat_rates WHERE category = ? AND valid_from = ?').get(category, validFrom)) {
      throw fail('CONFLICT', 'legalValueExists', { date: formatDate(validFrom) }, { fields: { validFrom: 'legalValueExists' } });
    }
    // Only the zero category is 0 %, and it never changes: a 0 % general rate is a typing error.
    if ((category === 'zero') !== (rateBp === 0)) throw fail('VALIDATION', 'vatRateZeroOnly', {}, { fields: { rateBp: 'vatRateZeroOnly' } });
    db.transaction(() => {
      db.prepare('INSERT INTO vat_rates (category, valid_from, rate_bp, source, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)').run(category, validFrom, rateBp, source, ctx.state.now().toISOString(), sessionOf(ctx).userId);
      audit(ctx, 'legal.vatRate.add', { category, validFrom, rateBp, source });
    })();
    return listVatRates(db);
  },
  'legal.reminderFeeLimits.list': (_q, { state }) => listReminderFeeLimits(state.register.db()),
  'legal.reminderFeeLimits.add': ({ validFrom, maxCents, source }, ctx) => {
    const db = ctx.state.register.db();
    if (db.prepare('SELECT 1 FROM reminder_fee_limits WHERE valid_from = ?').get(validFrom)) {
      throw fail('CONFLICT', 'legalValueExists', { date: formatDate(validFrom) }, { fields: { validFrom: 'legalValueExists' } });
    }
    db.transaction(() => {
      db.prepare('INSERT INTO reminder_fee_limits (valid_from, max_cents, source, added_at, added_by) VALUES (?, ?, ?, ?, ?)').run(validFrom, maxCents, source, ctx.state.now().toISOString(), sessionOf(ctx).userId);
      audit(ctx, 'legal.reminderFeeLimit.add', { validFrom, maxCents, source });
    })();
    return listReminderFeeLimits(db);
  },
};
