// products.*: the catalogue. Everyone at the counter finds products; the manager keeps the
// catalogue (create, edit, import). Every change is audited with the product's id and code and the
// fields that changed — a catalogue holds no personal data.
import type { Product, ProductFields } from '../../../shared/api/products';
import { translator } from '../../../shared/i18n/translate';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { today } from '../invoices/calendar';
import type { Db } from '../store/database';
import { productsCsv } from './exportCsv';
import { readProductImport } from './importCsv';
import * as repo from './productsRepo';

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

function mustGet(db: Db, id: number): Product {
  const p = repo.getProduct(db, id);
  if (!p) throw fail('NOT_FOUND', 'productNotFound');
  return p;
}

/** The names of the fields whose value a save changes. */
function changedFields(before: Product, after: ProductFields): string[] {
  return (Object.keys(after) as (keyof ProductFields)[]).filter((k) => before[k] !== after[k]);
}

export const productHandlers: HandlerMap = {
  'products.list': (q, { state }) => repo.listProducts(state.register.db(), q),

  'products.search': ({ query, limit }, { state }) => repo.searchProducts(state.register.db(), query, limit),

  'products.get': ({ id }, ctx) => mustGet(ctx.state.register.db(), id),

  'products.create': (fields, ctx) => {
    const db = ctx.state.register.db();
    const id = db.transaction(() => {
      repo.assertUnique(db, fields, null);
      const newId = repo.insertProduct(db, fields, ctx.state.now().toISOString());
      audit(ctx, 'product.create', { productId: newId, code: fields.code });
      return newId;
    }).immediate();
    return mustGet(db, id);
  },

  'products.update': ({ id, ...fields }, ctx) => {
    const db = ctx.state.register.db();
    db.transaction(() => {
      const before = mustGet(db, id);
      repo.assertUnique(db, fields, id);
      const changed = changedFields(before, fields);
      if (changed.length === 0) return;
      repo.updateProduct(db, id, fields, ctx.state.now().toISOString());
      audit(ctx, 'product.update', { productId: id, code: fields.code, changed, ...(changed.includes('priceCents') ? { priceFrom: before.priceCents, priceTo: fields.priceCents } : {}) });
    }).immediate();
    return mustGet(db, id);
  },

  'products.importPreview': ({ fileBase64 }, ctx) => readProductImport(ctx.state.register.db(), Buffer.from(fileBase64, 'base64'), translator(ctx.lang)).preview,

  'products.importCommit': ({ fileBase64 }, ctx) => {
    const db = ctx.state.register.db();
    const at = ctx.state.now().toISOString();
    return db.transaction(() => {
      // read inside the write transaction: the checks see exactly what the writes will meet
      const { rows, preview } = readProductImport(db, Buffer.from(fileBase64, 'base64'), translator(ctx.lang));
      if (preview.errorCount > 0) {
        const first = preview.rows.find((r) => r.errors.length > 0)!;
        throw fail('VALIDATION', 'csvProductRowsInvalid', { count: preview.errorCount, line: first.line }, { firstErrorLine: first.line, errors: first.errors });
      }
      let added = 0;
      let updated = 0;
      for (const row of rows) {
        if (row.existingId) {
          repo.updateProduct(db, row.existingId, row.fields!, at);
          updated++;
        } else {
          repo.insertProduct(db, row.fields!, at);
          added++;
        }
      }
      audit(ctx, 'product.import', { added, updated, encoding: preview.encoding });
      return { imported: added + updated, added, updated };
    }).immediate();
  },

  'products.exportCsv': ({ includeInactive }, ctx) => {
    const products = repo.allProducts(ctx.state.register.db(), includeInactive);
    audit(ctx, 'product.export', { count: products.length });
    const csv = productsCsv(products, ctx.lang);
    const filename = ctx.lang === 'en' ? `products-${today(ctx.state)}.csv` : `tuotteet-${today(ctx.state)}.csv`;
    return { filename, base64: Buffer.from(csv, 'utf8').toString('base64'), count: products.length };
  },
};
