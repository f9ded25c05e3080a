// Issue #16 §3: the erasure certificate tells the person what GDPR Art. 19 and 12(5) promise —
// that the recipients of their data are informed, that the list is theirs on request (and the
// list itself when they asked for it), that the answer is free — and its signature is never
// alone on a page: the closing (right to complain, signature, code) stays together.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Customer } from '../../shared/api/customers';
import type { ErasureResult } from '../../shared/api/erasure';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { helsinkiDate } from '../../shared/format/dates';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';
import { person } from '../support/customers';
import { keepLetter } from '../support/pdf';

/** The text of each page of a PDF, read back with pdftotext. */
function pages(base64: string, name: string): string[] {
  const file = keepLetter(base64, name);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']).toString().replace(/\s+/g, ' '));
}

describe('erasure certificate', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let n = 0;
  const erase = async (o: { disclosures: string[]; listRecipients?: boolean; language?: 'fi' | 'en' }) => {
    n++;
    const c = value(await m<Customer>('customers.create', { ...person({ firstName: `Poistuva${n}`, lastName: `Asiakas${n}`, email: `poistuva${n}@example.fi`, phone: `040 66${n} 1234` }), confirmNotDuplicate: true }));
    for (const recipient of o.disclosures) {
      value(await m('privacy.disclosures.create', { date: helsinkiDate(), recipient, recipientKind: 'collection', purpose: 'Perintä', dataCategories: ['identity', 'contact'], customerIds: [c.id], recipientAddress: { street: 'Perijänkatu 2', postalCode: '33100', city: 'Tampere' } }));
    }
    const r = value(await m<PrivacyRequest>('privacy.requests.create', { types: ['erasure'], customerId: c.id, requesterName: `${c.firstName} ${c.lastName}`, receivedDate: helsinkiDate(), channel: 'counter', language: o.language ?? 'fi', signed: true, identityMethod: 'id_document' }));
    const done = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: r.id, mode: 'full', ...(o.listRecipients !== undefined ? { listRecipients: o.listRecipients } : {}) }));
    return pages(done.certificate.base64, `poistotodistus-${n}.pdf`);
  };
  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER);
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('lists the recipients when the person asked, says they are informed (Art. 19) and that the answer is free (Art. 12(5))', async () => {
    const text = (await erase({ disclosures: ['Perintä Oy', 'Luottotieto Oy'], listRecipients: true })).join(' ');
    expect(text).toContain('Tietojanne on luovutettu 2 vastaanottajalle. Ilmoitamme poistosta jokaiselle niistä');
    expect(text).toContain('19 artikla');
    expect(text).toContain('Pyysitte tietoa vastaanottajista');
    expect(text).toContain('Perintä Oy, luovutettu');
    expect(text).toContain('Luottotieto Oy, luovutettu');
    expect(text).toContain('maksuttomia (tietosuoja-asetuksen 12 artiklan 5 kohta)');
  });

  it('otherwise names no recipient but says the list is available on request', async () => {
    const text = (await erase({ disclosures: ['Perintä Oy'] })).join(' ');
    expect(text).toContain('Tietojanne on luovutettu yhdelle vastaanottajalle');
    expect(text).toContain('Kerromme pyynnöstänne, keitä vastaanottajat ovat.');
    expect(text).not.toContain('Perintä Oy');
  });

  it('in English, and with no disclosures it says there is no one to inform', async () => {
    const text = (await erase({ disclosures: [], language: 'en' })).join(' ');
    expect(text).toContain('has not been disclosed from our register to anyone');
    expect(text).toContain('free of charge to you (GDPR Article 12(5))');
  });

  it('the signature is on the same page as the closing text, never alone', async () => {
    for (const listRecipients of [true, false]) {
      const all = await erase({ disclosures: ['Perintä Oy', 'Luottotieto Oy', 'Kirjanpito Oy', 'Verohallinto'], listRecipients });
      const signed = all.find((p) => p.includes(MANAGER.fullName) && p.includes('Rekisterin vastuuhenkilö'))!;
      expect(signed).toBeDefined();
      // The right to complain and the authority's address share the signature's page.
      expect(signed).toContain('Oikeus valittaa');
      expect(signed).toContain('Tietosuojavaltuutetun toimisto');
      expect(signed).toContain('Tarkistuskoodi');
    }
  });
});
