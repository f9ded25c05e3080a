// The invoicing settings (seller's bank details, terms, reminder fee, number start) and the
// Interest Act's reference rates. Stored in the settings table under 'invoicing', defaults merged.
import { DEFAULT_INVOICING_SETTINGS, type InvoicingSettings, type InvoicingSettingsView, type ReferenceRate, type SellerSnapshot } from '../../../shared/api/invoices';
import { loadSettings, writeSetting } from '../settings/settingsRepo';
import type { Db } from '../store/database';
import { halfYearStart } from './calendar';

export function loadInvoicingSettings(db: Db): InvoicingSettings {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'invoicing'`).get() as { value: string } | undefined;
  return { ...DEFAULT_INVOICING_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<InvoicingSettings>) : {}) };
}

export function saveInvoicingSettings(db: Db, s: InvoicingSettings): void {
  writeSetting(db, 'invoicing', s);
}

export function lastInvoiceNumber(db: Db): number | null {
  return (db.prepare('SELECT max(number) AS n FROM invoices').get() as { n: number | null }).n;
}

/**
 * The next invoice number: one more than the last one issued, or the configured start. Called
 * only inside the transaction that issues, so the number and the status change commit together.
 */
export function nextInvoiceNumber(db: Db): number {
  const last = lastInvoiceNumber(db);
  return last === null ? loadInvoicingSettings(db).invoiceNumberStart : last + 1;
}

export function invoicingSettingsView(db: Db, today: string): InvoicingSettingsView {
  const s = loadInvoicingSettings(db);
  const last = lastInvoiceNumber(db);
  const current = halfYearStart(today);
  const rateMissing = !referenceRateTable(db).some((r) => r.validFrom === current);
  return { ...s, lastInvoiceNumber: last, nextInvoiceNumber: last === null ? s.invoiceNumberStart : last + 1, ready: s.iban !== '', referenceRateMissing: rateMissing ? current : null };
}

/** The seller as an invoice printed now would show it. */
export function sellerSnapshot(db: Db): SellerSnapshot {
  const { controller } = loadSettings(db);
  const s = loadInvoicingSettings(db);
  return {
    name: controller.name,
    businessId: controller.businessId,
    vatNumber: s.vatRegistered ? `FI${controller.businessId.replace('-', '')}` : '',
    street: controller.street,
    postalCode: controller.postalCode,
    city: controller.city,
    phone: s.phone || controller.contactPhone,
    email: s.email || controller.contactEmail,
    web: s.web,
    iban: s.iban,
    bic: s.bic,
    bankName: s.bankName,
  };
}

interface RateRow {
  valid_from: string;
  rate_bp: number;
  source: string;
  added_at: string;
  added_by_name: string | null;
}

export function listReferenceRates(db: Db): ReferenceRate[] {
  return (
    db
      .prepare('SELECT r.valid_from, r.rate_bp, r.source, r.added_at, u.full_name AS added_by_name FROM reference_rates r LEFT JOIN users u ON u.id = r.added_by ORDER BY r.valid_from DESC')
      .all() as RateRow[]
  ).map((r) => ({ validFrom: r.valid_from, rateBp: r.rate_bp, source: r.source, addedAt: r.added_at, addedByName: r.added_by_name }));
}

/** validFrom -> rate, ascending, for the interest calculation. */
export function referenceRateTable(db: Db): { validFrom: string; rateBp: number }[] {
  return (db.prepare('SELECT valid_from AS validFrom, rate_bp AS rateBp FROM reference_rates ORDER BY valid_from').all() as { validFrom: string; rateBp: number }[]);
}
