// The line editor's product search answers a word most products share from the first products in
// code order, and a rarer one through the term index: either way the same products, in the same
// order, as the Products list finds for that word (the list always takes the index path).
import { describe, expect, it } from 'vitest';
import type { Product } from '../../shared/api/products';
import { productCsv } from '../bench/products';
import { value } from '../support/register';
import { suiteRegister } from '../support/suite';

describe('catalogue search order', () => {
  const reg = suiteRegister();
  const { manager: m } = reg;

  it('a common prefix, a common word, a pair of words and a rare one: the list’s first ten, in code order', async () => {
    value(await m('products.importCommit', { fileBase64: Buffer.from(productCsv(600), 'utf8').toString('base64') }));
    // 'kynä sininen' fills ten among the first 300; 'tee 5' only from product 511 on (the index path)
    for (const query of ['P0', 'p00', 'kahvi', 'tee', 'kynä sininen', 'kynä sin', 'tee 5']) {
      const found = value(await m<Product[]>('products.search', { query, limit: 10 }));
      const listed = value(await m<{ rows: Product[] }>('products.list', { query, includeInactive: false, offset: 0, limit: 10 })).rows;
      expect(found.map((p) => p.code), query).toEqual(listed.map((p) => p.code));
      expect(found.length, query).toBeGreaterThan(0);
    }
    expect(value(await m<Product[]>('products.search', { query: 'P0', limit: 10 })).map((p) => p.code)).toEqual(['P00001', 'P00002', 'P00003', 'P00004', 'P00005', 'P00006', 'P00007', 'P00008', 'P00009', 'P00010']);
  });
});
