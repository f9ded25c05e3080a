// The products table: rows in and out, the uniqueness checks and the catalogue search.
import type { Product, ProductFields } from '../../../shared/api/products';
import { foldedNameWords } from '../../../shared/text/fold';
import type { VatCategoryId } from '../../../shared/finnish/vatRates';
import { fail } from '../errors';
import type { Db } from '../store/database';

interface Row {
  id: number;
  code: string;
  barcode: string | null;
  name_fi: string;
  name_en: string;
  unit: string;
  price_cents: number;
  price_includes_vat: number;
  vat_category: VatCategoryId;
  exemption_reason: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: Row): Product => ({
  id: r.id,
  code: r.code,
  barcode: r.barcode ?? '',
  nameFi: r.name_fi,
  nameEn: r.name_en,
  unit: r.unit,
  priceCents: r.price_cents,
  priceIncludesVat: r.price_includes_vat === 1,
  vatCategory: r.vat_category,
  exemptionReason: r.exemption_reason,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Case-insensitive identity of a code. */
export const codeKey = (code: string) => code.trim().toLocaleLowerCase('fi');

const wordsOf = (p: ProductFields) => [...foldedNameWords(p.code), ...foldedNameWords(p.nameFi), ...foldedNameWords(p.nameEn)];
/** Folded words of the code and both names, each preceded by a space: ' ab 1 kahvi ...'. */
const searchText = (p: ProductFields) => ` ${wordsOf(p).join(' ')}`;

function replaceTerms(db: Db, id: number, p: ProductFields): void {
  db.prepare('DELETE FROM product_terms WHERE product_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO product_terms (term, product_id) VALUES (?, ?)');
  for (const w of new Set(wordsOf(p))) insert.run(w, id);
}

export function getProduct(db: Db, id: number): Product | null {
  const r = db.prepare('SELECT * FROM products WHERE id = ?').get(id) as Row | undefined;
  return r ? fromRow(r) : null;
}

export function productByCode(db: Db, code: string): Product | null {
  const r = db.prepare('SELECT * FROM products WHERE code_key = ?').get(codeKey(code)) as Row | undefined;
  return r ? fromRow(r) : null;
}

export function productByBarcode(db: Db, barcode: string): Product | null {
  const r = db.prepare('SELECT * FROM products WHERE barcode = ?').get(barcode) as Row | undefined;
  return r ? fromRow(r) : null;
}

/** A code or barcode held by another product is a CONFLICT naming the field (the field's own message
 * has no placeholders: field messages are translated without parameters). */
export function assertUnique(db: Db, p: ProductFields, ownId: number | null): void {
  const sameCode = productByCode(db, p.code);
  if (sameCode && sameCode.id !== ownId) throw fail('CONFLICT', 'productCodeTaken', { code: sameCode.code }, { fields: { code: 'productCodeInUse' } });
  if (p.barcode) {
    const sameBarcode = productByBarcode(db, p.barcode);
    if (sameBarcode && sameBarcode.id !== ownId) throw fail('CONFLICT', 'productBarcodeTaken', { barcode: p.barcode, code: sameBarcode.code }, { fields: { barcode: 'productBarcodeInUse' } });
  }
}

const values = (p: ProductFields) => [
  p.code,
  codeKey(p.code),
  p.barcode || null,
  p.nameFi,
  p.nameEn,
  p.unit,
  p.priceCents,
  p.priceIncludesVat ? 1 : 0,
  p.vatCategory,
  p.vatCategory === 'zero' ? p.exemptionReason : null,
  p.active ? 1 : 0,
  searchText(p),
];

export function insertProduct(db: Db, p: ProductFields, at: string): number {
  const r = db
    .prepare(
      `INSERT INTO products (code, code_key, barcode, name_fi, name_en, unit, price_cents, price_includes_vat, vat_category, exemption_reason, active, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...values(p), at, at);
  const id = Number(r.lastInsertRowid);
  replaceTerms(db, id, p);
  return id;
}

export function updateProduct(db: Db, id: number, p: ProductFields, at: string): void {
  db.prepare(
    `UPDATE products SET code = ?, code_key = ?, barcode = ?, name_fi = ?, name_en = ?, unit = ?, price_cents = ?, price_includes_vat = ?, vat_category = ?, exemption_reason = ?, active = ?, search_text = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...values(p), at, id);
  replaceTerms(db, id, p);
}

/** How many products in code order the line editor's search looks at before using the term index. */
const DENSE_LOOK = 300;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Rows matching every folded word of `query` at a word start (code or either name), in code order. */
function matching(db: Db, query: string, includeInactive: boolean, limit: number, offset: number, count = true): { total: number; rows: Product[] } {
  const words = foldedNameWords(query).slice(0, 6);
  // the longest word narrows by a range scan of product_terms; every word is then checked on search_text
  const longest = words.reduce((a, w) => (w.length > a.length ? w : a), '');
  const where = [
    includeInactive ? '1' : 'active = 1',
    ...(longest ? ['id IN (SELECT product_id FROM product_terms WHERE term >= ? AND term < ?)'] : []),
    ...words.map(() => "search_text LIKE ? ESCAPE '\\'"),
  ].join(' AND ');
  const params = [...(longest ? [longest, `${longest}\uffff`] : []), ...words.map((w) => `% ${escapeLike(w)}%`)];
  // A word most products start with ("p0" of P00001…): the term index hands every one of them to a
  // sort. The first rows in code order answer it at once — enough matches among them are exactly the
  // first matches in code order — and a rarer word falls through to the index after a short look.
  if (!count && offset === 0 && longest) {
    const likes = [includeInactive ? '1' : 'active = 1', ...words.map(() => "search_text LIKE ? ESCAPE '\\'")].join(' AND ');
    const near = db
      .prepare(`SELECT * FROM (SELECT * FROM products ORDER BY code_key LIMIT ${DENSE_LOOK}) WHERE ${likes} ORDER BY code_key LIMIT ?`)
      .all(...words.map((w) => `% ${escapeLike(w)}%`), limit) as Row[];
    if (near.length === limit) return { total: near.length, rows: near.map(fromRow) };
  }
  const rows = db.prepare(`SELECT * FROM products WHERE ${where} ORDER BY code_key LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
  // counting reads every matching row: the list shows it, the line editor's search does not need it
  const total = count ? (db.prepare(`SELECT count(*) AS n FROM products WHERE ${where}`).get(...params) as { n: number }).n : rows.length;
  return { total, rows: rows.map(fromRow) };
}

export const listProducts = (db: Db, q: { query: string; includeInactive: boolean; offset: number; limit: number }) => matching(db, q.query, q.includeInactive, q.limit, q.offset);

/**
 * The line editor's search, products on sale only: an exact barcode, then an exact code, then
 * codes and names with words starting as typed. A scanner's digits find their product first.
 */
export function searchProducts(db: Db, query: string, limit: number): Product[] {
  const q = query.trim();
  if (!q) return [];
  const exact: Product[] = [];
  if (/^\d{8,14}$/.test(q)) {
    const byBarcode = productByBarcode(db, q);
    // a scan: its product alone, at once (no code or name is made of 8–14 digits like it)
    if (byBarcode?.active) return [byBarcode];
  }
  const byCode = productByCode(db, q);
  if (byCode?.active && !exact.some((p) => p.id === byCode.id)) exact.push(byCode);
  const rest = matching(db, q, false, limit, 0, false).rows.filter((p) => !exact.some((e) => e.id === p.id));
  return [...exact, ...rest].slice(0, limit);
}

export function allProducts(db: Db, includeInactive: boolean): Product[] {
  return (db.prepare(`SELECT * FROM products ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY code_key`).all() as Row[]).map(fromRow);
}
