import { beforeAll, describe, expect, it } from 'vitest';
import type { Customer, HistoryEntry } from '../../shared/api/customers';
import type { PrivacyRequest } from '../../shared/api/privacy';
import type { DocumentCheck, RectificationResult } from '../../shared/api/rectification';
import { MANAGER, value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { person, letterRequest } from '../support/customers';
import { pdfText as readPdf } from '../support/pdf';
const pdfText = (base64: string, name: string) => readPdf(base64, name, { layout: true });



describe('rectification', () => {
  const reg = suiteRegister({ clerk: true });
  const { manager: m, clerk: s } = reg;
  let maija: Customer;
  const logRequest = async (over: Record<string, unknown> = {}) => value(await s<PrivacyRequest>('privacy.requests.create', letterRequest(maija, ['rectification'], 'Sukunimi on kirjoitettu väärin ja osoite on vanha. Perusteena virkatodistus.', over)));
  beforeAll(async () => {
    maija = value(await s<Customer>('customers.create', { ...person(), sources: [{ source: 'address_update_service', date: '2025-05-01', note: '' }] }));
    value(await m('privacy.disclosures.create', { date: '2026-06-01', recipient: 'Perintä Oy', recipientKind: 'collection', purpose: 'Perintä', dataCategories: ['identity', 'contact', 'invoices'], customerIds: [maija.id] }));
  });

  it('partly accepted: the accepted change is applied with the request as reason; the refused part gets a certificate with every element', async () => {
    const r = await logRequest();
    const staffTry = await s('privacy.rectification.decide', { requestId: r.id, changes: [], reasons: ['data_correct'] });
    expect(!staffTry.ok && staffTry.error.code).toBe('FORBIDDEN');
    const pre = value(await m<{ current: Record<string, string>; recipients: { name: string }[] }>('privacy.rectification.preview', { requestId: r.id }));
    expect(pre.current.street).toBe('Kauppakatu 1');
    expect(pre.recipients.map((x) => x.name)).toEqual(['address_update_service', 'Perintä Oy']);

    const result = value(
      await m<RectificationResult>('privacy.rectification.decide', {
        requestId: r.id,
        changes: [
          { field: 'street', requestedValue: 'Savilankatu 5', accept: true },
          { field: 'lastName', requestedValue: 'Mäki-Petäjä-Virtanen', accept: false },
        ],
        reasons: ['data_correct'],
        reasonText: 'Virkatodistuksen mukaan sukunimi on Mäki-Petäjä.',
      }),
    );
    expect(result.applied).toEqual(['street']);
    expect(result.refused).toEqual(['lastName']);
    expect(result.request.status).toBe('partly_completed');
    expect(result.recipients).toHaveLength(2);
    const history = value(await m<HistoryEntry[]>('customers.history', { id: maija.id }));
    expect(history.find((h) => h.field === 'street')).toMatchObject({ oldValue: 'Kauppakatu 1', newValue: 'Savilankatu 5', reason: `request:${r.number}` });

    const text = pdfText(result.refusalLetter!.base64, 'korjauspyynnon-epaaminen-fi.pdf');
    for (const expected of [
      'TODISTUS KORJAUSPYYNNÖN EPÄÄMISESTÄ',
      r.number,
      '20.11.2026',
      'Sukunimi: Mäki-Petäjä-Virtanen',
      'hyväksytään osittain',
      'Katuosoite',
      'Epäämisen syyt',
      'Tieto on rekisterissä oikein',
      'Virkatodistuksen mukaan',
      'tietosuojavaltuutetun',
      'tuomioistuimen',
      'Tietosuojavaltuutetun toimisto',
      'PL 800, 00531 Helsinki',
      'Lintulahdenkuja 4, 00530 Helsinki',
      '029 566 6700',
      'tietosuoja@om.fi',
      MANAGER.fullName,
      'Rekisterin vastuuhenkilö',
      result.refusalLetter!.verificationCode,
      'Savilankatu 5', // the reply goes to the corrected address
    ]) expect(text, expected).toContain(expected);

    const check = value(await s<DocumentCheck>('privacy.documents.verify', { code: result.refusalLetter!.verificationCode.toLowerCase() }));
    expect(check).toMatchObject({ found: true, kind: 'rectification-refusal', requestNumber: r.number, issuedByName: MANAGER.fullName });
    expect(value(await s<DocumentCheck>('privacy.documents.verify', { code: 'AAAAA-BBBBB' })).found).toBe(false);

    // A notification letter for each recipient names what was corrected; it is posted, so a
    // recipient without a postal address gets none until the address is added.
    const letterTo = { requestId: r.id, kind: 'disclosure', id: result.recipients[1]!.id };
    const noAddress = await m('privacy.rectification.notificationLetter', letterTo);
    expect(!noAddress.ok && noAddress.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Perintä Oy') });
    value(await m('privacy.recipients.saveAddress', { recipient: 'perintä  OY', address: { street: 'Perijänkatu 3', postalCode: '00100', city: 'Helsinki' } }));
    const notice = value(await m<{ base64: string }>('privacy.rectification.notificationLetter', letterTo));
    const noticeText = pdfText(notice.base64, 'korjausilmoitus-fi.pdf');
    expect(noticeText).toContain('Perintä Oy');
    expect(noticeText).toContain('Perijänkatu 3');
    expect(noticeText).toContain('00100 HELSINKI');
    expect(noticeText).toContain('Katuosoite: Savilankatu 5');
    expect(noticeText).toContain('19 artiklan');
  });

  it('refused in English: the certificate is in the requester’s language', async () => {
    const r = await logRequest({ language: 'en', requesterName: 'Maija Maki' });
    const result = value(await m<RectificationResult>('privacy.rectification.refuse', { requestId: r.id, asked: [], reasons: ['not_identified', 'identity_unverified'] }));
    expect(result.request.status).toBe('refused');
    const text = pdfText(result.refusalLetter!.base64, 'rectification-refusal-en.pdf');
    for (const expected of [
      'CERTIFICATE OF REFUSAL TO RECTIFY',
      'the request for rectification is refused',
      'did not identify which data',
      'identity could not be verified',
      'Office of the Data Protection Ombudsman',
      'P.O. Box 800, FI-00531 Helsinki',
      '+358 29 566 6700',
      'before a court',
      'Person responsible for the register',
    ]) expect(text, expected).toContain(expected);
  });

  it('an accepted value must still be valid, and a closed request cannot be decided again', async () => {
    const r = await logRequest();
    const bad = await m('privacy.rectification.decide', { requestId: r.id, changes: [{ field: 'postalCode', requestedValue: '261000', accept: true }], reasons: [] });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(!bad.ok && Object.keys(bad.error.details?.fields ?? {})).toEqual(['changes.0.requestedValue']);
    value(await m('privacy.rectification.decide', { requestId: r.id, changes: [{ field: 'city', requestedValue: 'Rauma', accept: true }], reasons: [] }));
    const again = await m('privacy.rectification.decide', { requestId: r.id, changes: [], reasons: ['data_correct'] });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });
});
