// Reading the legal parameters kept as data (migration 0017): the VAT rate table the line pricing
// uses, and the maximum consumer reminder fee on a day. A value applies from its first day until
// the next value of the same kind takes over, so a rate change is one added row.
import type { ReminderFeeLimit, VatRateEntry } from '../../../shared/api/legal';
import { vatTableFrom, type VatCategoryId, type VatRateRow } from '../../../shared/finnish/vatRates';
import type { Db } from '../store/database';

/** The VAT rates as the pricing reads them: per category, each row valid until the next begins. */
export function vatRateTable(db: Db): VatRateRow[] {
  return vatTableFrom(db.prepare('SELECT category, valid_from AS validFrom, rate_bp AS basisPoints FROM vat_rates').all() as { category: VatCategoryId; validFrom: string; basisPoints: number }[]);
}

export function listVatRates(db: Db): VatRateEntry[] {
  return (
    db
      .prepare(
        `SELECT v.category, v.valid_from, v.rate_bp, v.source, v.added_at, u.full_name AS added_by_name
         FROM vat_rates v LEFT JOIN users u ON u.id = v.added_by ORDER BY v.valid_from DESC, v.category`,
      )
      .all() as { category: VatCategoryId; valid_from: string; rate_bp: number; source: string; added_at: string; added_by_name: string | null }[]
  ).map((r) => ({ category: r.category, validFrom: r.valid_from, rateBp: r.rate_bp, source: r.source, addedAt: r.added_at, addedByName: r.added_by_name }));
}

export function listReminderFeeLimits(db: Db): ReminderFeeLimit[] {
  return (
    db
      .prepare('SELECT l.valid_from, l.max_cents, l.source, l.added_at, u.full_name AS added_by_name FROM reminder_fee_limits l LEFT JOIN users u ON u.id = l.added_by ORDER BY l.valid_from DESC')
      .all() as { valid_from: string; max_cents: number; source: string; added_at: string; added_by_name: string | null }[]
  ).map((r) => ({ validFrom: r.valid_from, maxCents: r.max_cents, source: r.source, addedAt: r.added_at, addedByName: r.added_by_name }));
}

/** The largest reminder fee the law allows on a consumer debt on `date` (0 before any known limit). */
export function maxReminderFeeOn(db: Db, date: string): number {
  const row = db.prepare('SELECT max_cents AS c FROM reminder_fee_limits WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1').get(date) as { c: number } | undefined;
  return row?.c ?? 0;
}
