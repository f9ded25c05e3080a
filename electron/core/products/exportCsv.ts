// products.exportCsv: the catalogue as the same semicolon CSV the import reads (so a price list can
// be edited in a spreadsheet and brought back), with a BOM for Excel. Every text cell goes through
// the accounting export's defusing, so a product named "=HYPERLINK(…)" cannot run as a formula.
import type { Product } from '../../../shared/api/products';
import type { Language } from '../../../shared/api/fields';
import { text } from '../invoices/accountingExport';

const HEADER: Record<Language, string[]> = {
  fi: ['Koodi', 'Viivakoodi', 'Nimi', 'Nimi englanniksi', 'Yksikkö', 'Hinta', 'Hinta sis. ALV', 'ALV-luokka', 'Peruste', 'Myynnissä'],
  en: ['Code', 'Barcode', 'Name', 'Name in English', 'Unit', 'Price', 'Price incl. VAT', 'VAT class', 'Reason', 'On sale'],
};
const CLASS: Record<Language, Record<Product['vatCategory'], string>> = {
  fi: { general: 'yleinen', reducedA: 'alennettu', reducedB: '10', zero: 'veroton' },
  en: { general: 'general', reducedA: 'reduced', reducedB: '10', zero: 'exempt' },
};
const YES_NO: Record<Language, [string, string]> = { fi: ['kyllä', 'ei'], en: ['yes', 'no'] };

const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

export function productsCsv(products: readonly Product[], lang: Language): string {
  const yn = (b: boolean) => YES_NO[lang][b ? 0 : 1];
  const rows = products.map((p) =>
    [p.code, p.barcode, p.nameFi, p.nameEn, p.unit, euros(p.priceCents), yn(p.priceIncludesVat), CLASS[lang][p.vatCategory], p.exemptionReason ?? '', yn(p.active)].map(text).join(';'),
  );
  return `\ufeff${[HEADER[lang].join(';'), ...rows].join('\r\n')}\r\n`;
}
