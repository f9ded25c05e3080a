// products.importPreview / importCommit: a price list from a spreadsheet ("CSV (semicolon)" of
// Excel, UTF-8 or Windows-1252), checked row by row. A row whose code is already in the catalogue
// updates that product (the usual way a shop brings in a new price list); a new code adds one.
// The preview writes nothing; the commit re-reads the file and writes all rows in one transaction —
// or, if any row is wrong, nothing at all.
import type { ProductFields, ProductImportPreview, ProductImportRow } from '../../../shared/api/products';
import { productFields } from '../../../shared/api/products';
import { VAT_EXEMPTION_REASONS } from '../../../shared/finnish/vatRates';
import { fold } from '../../../shared/text/fold';
import { fail } from '../errors';
import type { Db } from '../store/database';
import { decodeText, parseCsv } from '../customers/csv';
import { codeKey, productByBarcode, productByCode } from './productsRepo';

type Column = 'code' | 'barcode' | 'nameFi' | 'nameEn' | 'unit' | 'price' | 'priceIncludesVat' | 'vatCategory' | 'exemptionReason' | 'active';

const HEADERS: Record<string, Column> = {};
const alias = (col: Column, ...names: string[]) => names.forEach((n) => (HEADERS[n] = col));
alias('code', 'koodi', 'tuotekoodi', 'tuotenumero', 'code', 'product code', 'sku');
alias('barcode', 'viivakoodi', 'viivakoodi (ean)', 'ean', 'gtin', 'barcode', 'barcode (ean)');
alias('nameFi', 'nimi', 'tuote', 'nimi suomeksi', 'tuotenimi', 'name', 'name in finnish', 'product');
alias('nameEn', 'nimi englanniksi', 'englanninkielinen nimi', 'name in english', 'english name', 'name en');
alias('unit', 'yksikko', 'unit');
alias('price', 'hinta', 'a-hinta', 'yksikkohinta', 'price', 'unit price');
alias('priceIncludesVat', 'hinta sis. alv', 'sis. alv', 'verollinen', 'price incl. vat', 'includes vat', 'price includes vat');
alias('vatCategory', 'alv-luokka', 'alv', 'alv luokka', 'verokanta', 'vat class', 'vat');
alias('exemptionReason', 'peruste', 'verottomuuden peruste', 'reason', 'reason for no vat', 'exemption reason');
alias('active', 'myynnissa', 'aktiivinen', 'active', 'on sale');

/** What the spreadsheet may say for each VAT class (folded). */
const CLASS_WORDS: Record<string, ProductFields['vatCategory']> = {};
const classWords = (c: ProductFields['vatCategory'], ...words: string[]) => words.forEach((w) => (CLASS_WORDS[w] = c));
classWords('general', 'general', 'yleinen', '25,5', '25.5', '25,5 %', '24', 'standard');
classWords('reducedA', 'reducedA'.toLowerCase(), 'alennettu', 'reduced', '14', '13,5', '13.5', '14 %', '13,5 %', 'ruoka', 'food');
classWords('reducedB', 'reducedb', '10', '10 %', 'lehdet', 'periodicals', 'newspapers');
classWords('zero', 'zero', '0', '0 %', 'veroton', 'exempt', 'nolla');

const YES = new Set(['kylla', 'k', 'yes', 'y', '1', 'true', 'x']);
const NO = new Set(['ei', 'e', 'no', 'n', '0', 'false']);

/** '12,50', '12.50', '12,50 €', '1 234,50' -> cents; NaN when not money. */
export function parsePrice(text: string): number {
  const t = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  const [whole, frac = ''] = t.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return t.startsWith('-') ? -cents : cents;
}

const bool = (v: string, dflt: boolean): boolean | string => (v === '' ? dflt : YES.has(fold(v)) ? true : NO.has(fold(v)) ? false : v);

const reasonOf = (v: string): string | null => {
  if (!v) return null;
  const f = fold(v);
  return VAT_EXEMPTION_REASONS.find((r) => fold(r.id) === f || fold(r.fi) === f || fold(r.en) === f || fold(r.provision) === f)?.id ?? v;
};

export interface ParsedProductRow extends ProductImportRow {
  fields: ProductFields | null;
  existingId: number | null;
}

export function readProductImport(db: Db, bytes: Buffer, t: (key: string, opts?: Record<string, unknown>) => string): { preview: ProductImportPreview; rows: ParsedProductRow[] } {
  const { text, encoding } = decodeText(bytes);
  const [header, ...body] = parseCsv(text);
  const headerCells = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = headerCells.map((h) => HEADERS[fold(h).replace(/\s+/g, ' ')] ?? null);
  if (!mapping.includes('code') || !mapping.includes('nameFi') || !mapping.includes('price')) {
    throw fail('VALIDATION', 'csvNoProductColumns', {}, { fields: { fileBase64: 'csvNoProductColumns' } });
  }
  const seenCodes = new Map<string, number>();
  const seenBarcodes = new Map<string, number>();

  const rows: ParsedProductRow[] = body.map(({ line, cells }) => {
    const get = (col: Column) => {
      const i = mapping.indexOf(col);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    const values: Record<string, string> = {};
    for (const col of new Set(mapping.filter((m): m is Column => m !== null))) values[col] = get(col);
    const errors: ProductImportRow['errors'] = [];
    if (cells.length > headerCells.length && cells.slice(headerCells.length).some((c) => c.trim() !== '')) {
      errors.push({ field: '_', message: t('errors.csvExtraCells', { count: cells.length, expected: headerCells.length }) });
    }
    // A column the file does not have keeps what a known product already has (a price list of
    // code; name; price changes only those); for a new product it takes the form's default.
    const known = get('code') ? productByCode(db, get('code')) : null;
    const has = (col: Column) => mapping.includes(col);
    const vatText = get('vatCategory');
    const parsed = productFields.safeParse({
      code: get('code'),
      barcode: has('barcode') ? get('barcode').replace(/\s/g, '') : (known?.barcode ?? ''),
      nameFi: get('nameFi'),
      nameEn: has('nameEn') ? get('nameEn') : (known?.nameEn ?? ''),
      unit: get('unit') || known?.unit || 'kpl',
      priceCents: parsePrice(get('price')),
      priceIncludesVat: bool(get('priceIncludesVat'), known?.priceIncludesVat ?? true),
      vatCategory: vatText === '' ? (known?.vatCategory ?? 'general') : (CLASS_WORDS[fold(vatText)] ?? vatText),
      exemptionReason: has('exemptionReason') || vatText !== '' ? reasonOf(get('exemptionReason')) : (known?.exemptionReason ?? null),
      active: bool(get('active'), known?.active ?? true),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || '_';
        if (!errors.some((e) => e.field === field)) errors.push({ field, message: t(issue.message.startsWith('errors.') ? issue.message : 'errors.invalid') });
      }
    }
    const fields = parsed.success ? parsed.data : null;
    let existingId: number | null = null;
    if (fields) {
      const key = codeKey(fields.code);
      const earlier = seenCodes.get(key);
      if (earlier) errors.push({ field: 'code', message: t('errors.csvSameCodeAsLine', { line: earlier }) });
      else seenCodes.set(key, line);
      existingId = known?.id ?? null;
      if (fields.barcode) {
        const earlierBarcode = seenBarcodes.get(fields.barcode);
        if (earlierBarcode) errors.push({ field: 'barcode', message: t('errors.csvSameBarcodeAsLine', { line: earlierBarcode }) });
        else seenBarcodes.set(fields.barcode, line);
        const holder = productByBarcode(db, fields.barcode);
        // a barcode may stay with its own product, not move silently from another one
        if (holder && holder.id !== existingId) errors.push({ field: 'barcode', message: t('errors.productBarcodeTaken', { barcode: fields.barcode, code: holder.code }) });
      }
    }
    return { line, values, errors, fields, existingId };
  });

  const preview: ProductImportPreview = {
    encoding,
    columns: headerCells,
    unknownColumns: headerCells.filter((_, i) => mapping[i] === null),
    rows: rows.map(({ line, values, errors }) => ({ line, values, errors })),
    validCount: rows.filter((r) => r.errors.length === 0).length,
    errorCount: rows.filter((r) => r.errors.length > 0).length,
  };
  return { preview, rows };
}
