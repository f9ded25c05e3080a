import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, SearchHit } from '../../shared/api/customers';
import { value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { person } from '../support/customers';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('importing the old customer list', () => {
  const reg = suiteRegister();
  const { manager: m } = reg;
  beforeAll(async () => {
    value(await m('customers.create', person()));
  });

  const csv = [
    'Etunimi;Sukunimi;Sähköposti;Puhelin;Osoite;Postinumero;Postitoimipaikka;Yritys;Lisätieto',
    'Pekka;Öhman;pekka@ohman.fi;040 111 2222;Kirkkokatu 3;26100;Rauma;Öhmanin Puoti Oy;vanha asiakas',
    'Liisa;Ääritalo;liisa@@example;040 333 4444;Koulukatu 1;261000;Rauma;;',
    'Maija;Mäki-Petäjä;maija.maki@example.fi;;;;;;',
    '"Anna ""Anni""";Kataja;anni@example.fi;044 555 6666;"Rantatie 7, as. 2";26820;Rauma;;',
  ].join('\r\n');

  it('previews row by row: errors name the line and field, duplicates flagged, nothing written', async () => {
    const preview = value(await m<ImportPreview>('customers.importPreview', { fileBase64: b64(csv), source: 'customer_notice', sourceDate: '2026-11-01' }));
    expect(preview.encoding).toBe('utf-8');
    expect(preview.unknownColumns).toEqual(['Lisätieto']);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(preview.rows[1]!.errors.map((e) => e.field).sort()).toEqual(['email', 'postalCode']);
    expect(preview.rows[2]!.duplicates[0]?.matchedOn).toEqual(['email']);
    expect(preview.rows[3]!.values.firstName).toBe('Anna "Anni"');
    expect(preview.rows[3]!.values.street).toBe('Rantatie 7, as. 2');
    expect([preview.validCount, preview.errorCount, preview.duplicateCount]).toEqual([3, 1, 1]);
    expect(value(await m<{ total: number }>('customers.list', {})).total).toBe(1);
  });

  it('refuses to commit a file with a broken row unless told to skip it — and then writes in one go', async () => {
    const refused = await m('customers.importCommit', { fileBase64: b64(csv), source: 'customer_notice', sourceDate: '2026-11-01' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.details?.firstErrorLine).toBe(3);
    }
    expect(value(await m<{ total: number }>('customers.list', {})).total).toBe(1);
    const done = value(await m<{ imported: number; skipped: number }>('customers.importCommit', { fileBase64: b64(csv), source: 'customer_notice', sourceDate: '2026-11-01', skipInvalid: true }));
    expect(done).toEqual({ imported: 2, skipped: 2 });
    const hit = value(await m<SearchHit[]>('customers.search', { query: 'ohman' }))[0]!;
    expect(hit.organizationName).toBe('Öhmanin Puoti Oy');
    expect(hit.phone).toBe('+358401112222');
  });

  it('reads a Windows-1252 file', async () => {
    const latin = Buffer.from('Etunimi;Sukunimi;Postinumero\r\nJörö;Älmälä;20100\r\n', 'latin1');
    const preview = value(await m<ImportPreview>('customers.importPreview', { fileBase64: b64(latin), source: 'registration', sourceDate: '2026-11-01' }));
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rows[0]!.values).toMatchObject({ firstName: 'Jörö', lastName: 'Älmälä' });
  });

  it('says clearly when the file has no name column', async () => {
    const r = await m('customers.importPreview', { fileBase64: b64('a;b\n1;2\n'), source: 'registration', sourceDate: '2026-11-01' });
    expect(!r.ok && r.error.message).toMatch(/nimisarake/);
  });
});
