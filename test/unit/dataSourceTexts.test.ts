// A data source (tietolähde) has one text per language, in shared/i18n/dataSources.*.ts: the
// screens, the letters and the register extract all say it the same way. A second table of
// source names anywhere in the texts (as the letters once had: "Ostos liikkeessä" where the
// customer card said "Ostos myymälässä") fails here.
import { describe, expect, it } from 'vitest';
import { DATA_SOURCES } from '../../shared/api/customers';
import { resources } from '../../shared/i18n/resources';

/** Paths of every object among the texts whose keys name data sources. */
function sourceTables(node: unknown, path: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const keys = Object.keys(node);
  // web_shop and reseller are order channels' keys too (orders.channel): the other sources tell.
  const here = keys.some((k) => (DATA_SOURCES as readonly string[]).includes(k) && k !== 'web_shop' && k !== 'reseller') ? [path.join('.')] : [];
  return [...here, ...keys.flatMap((k) => sourceTables((node as Record<string, unknown>)[k], [...path, k]))];
}

describe('data source texts', () => {
  for (const lang of ['fi', 'en'] as const) {
    it(`${lang}: one table of source names, covering every source`, () => {
      const texts = resources[lang].translation;
      expect(sourceTables(texts)).toEqual(['dataSources']);
      expect(Object.keys(texts.dataSources).sort()).toEqual([...DATA_SOURCES].sort());
    });
  }
  it('the shop purchase is "myymälässä", as in the order channel "Myymälä"', () => {
    expect(resources.fi.translation.dataSources.shop_purchase).toBe('Ostos myymälässä');
  });
});
