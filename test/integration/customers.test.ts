import { beforeAll, describe, expect, it } from 'vitest';
import type { Customer, HistoryEntry, SearchHit } from '../../shared/api/customers';
import { MANAGER, STAFF, value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { person, today } from '../support/customers';

describe('customers', () => {
  const reg = suiteRegister({ clerk: true });
  const { manager: m, clerk: s } = reg;
  let maija: Customer;
  beforeAll(async () => {
    maija = value(await s<Customer>('customers.create', person()));
    value(await s('customers.create', person({ firstName: 'Šárka', lastName: 'Łukasiewicz-Äijälä', email: 'sarka@example.cz', phone: '+420 601 123 456', postalCode: '00100', city: 'Helsinki' })));
    value(await s('customers.create', person({ firstName: 'Ánde', lastName: 'Ŋuolja', email: 'ande@example.no', phone: '040 123 4567', postalCode: '99980', city: 'Utsjoki' })));
    value(await s('customers.create', person({ firstName: 'Makke', lastName: 'Virtanen', email: 'makke@virtanen.fi', phone: '045 777 8888', postalCode: '33100', city: 'Tampere' })));
  });

  it('normalises email and phone and numbers customers consecutively', () => {
    expect(maija.email).toBe('maija.maki@example.fi');
    expect(maija.phone).toBe('+358503661543');
    expect(maija.customerNumber).toBe(1001);
    expect(maija.sources).toHaveLength(1);
  });

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const before = value(await s<{ total: number }>('customers.list', {})).total;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ postalCode: '261000' }, 'customer.postalCode', /viisi numeroa/],
      [{ email: 'maija@' }, 'customer.email', /Sähköpostiosoite/],
      [{ firstName: 'x'.repeat(10_000) }, 'customer.firstName', /liian pitkä/],
      [{ phone: '12' }, 'customer.phone', /Puhelinnumero/],
    ];
    for (const [over, field, message] of cases) {
      const r = await s('customers.create', { ...person(over), confirmNotDuplicate: true });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.details?.fields?.[field]).toMatch(message);
      }
    }
    const org = await s('organizations.create', { name: 'Väärä Oy', businessId: '1234567-8' });
    expect(!org.ok && org.error.details?.fields?.businessId).toMatch(/Y-tunnus/);
    expect(value(await s<{ total: number }>('customers.list', {})).total).toBe(before);
  });

  it('finds people case- and accent-insensitively, ranked', async () => {
    const search = async (query: string) => value(await s<SearchHit[]>('customers.search', { query }));
    expect((await search('maki')).map((h) => h.lastName)).toEqual(['Mäki-Petäjä']);
    expect((await search('MÄKI-pet')).map((h) => h.lastName)).toEqual(['Mäki-Petäjä']);
    expect((await search('aijala'))[0]?.lastName).toBe('Łukasiewicz-Äijälä');
    expect((await search('lukasiewicz'))[0]?.firstName).toBe('Šárka');
    expect((await search('sarka'))[0]?.lastName).toBe('Łukasiewicz-Äijälä');
    expect((await search('nuolja'))[0]?.firstName).toBe('Ánde');
    expect((await search('ande'))[0]?.lastName).toBe('Ŋuolja');
    // Last-name matches rank before first-name matches: "ma" -> Mäki-Petäjä (last) before Makke (first).
    const ma = await search('ma');
    expect(ma.map((h) => h.lastName)).toEqual(['Mäki-Petäjä', 'Virtanen']);
    expect(ma.map((h) => h.matchedOn)).toEqual(['lastName', 'firstName']);
    expect((await search('maija mäki')).map((h) => h.lastName)).toEqual(['Mäki-Petäjä']);
    expect((await search('maija virtanen'))).toEqual([]);
    expect((await search('sarka@example'))[0]?.firstName).toBe('Šárka');
    expect((await search('virtanen.fi'))[0]?.firstName).toBe('Makke');
    expect((await search('1001'))[0]).toMatchObject({ id: maija.id, matchedOn: 'number' });
    expect(await search('   ')).toEqual([]);
  });

  it('finds by a phone fragment in any formatting', async () => {
    for (const q of ['3661543', '366 15', '050-366', '+358 50 366 1543', '00358503661543', '(050) 3661543']) {
      const hits = value(await s<SearchHit[]>('customers.search', { query: q }));
      expect(hits.map((h) => h.id), q).toContain(maija.id);
      expect(hits[0]?.matchedOn, q).toBe('phone');
    }
    const foreign = value(await s<SearchHit[]>('customers.search', { query: '601 123' }));
    expect(foreign[0]?.firstName).toBe('Šárka');
  });

  it('keeps the history of a corrected address; search follows the new value', async () => {
    const updated = value(
      await s<Customer>('customers.update', { id: maija.id, customer: { ...person().customer, street: 'Savilankatu 5', postalCode: '26200' }, reason: 'muutti' }),
    );
    expect(updated.street).toBe('Savilankatu 5');
    const history = value(await s<HistoryEntry[]>('customers.history', { id: maija.id }));
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.reason, h.userName])).toEqual(
      expect.arrayContaining([
        ['street', 'Kauppakatu 1', 'Savilankatu 5', 'muutti', STAFF.fullName],
        ['postalCode', '26100', '26200', 'muutti', STAFF.fullName],
      ]),
    );
    // The audit log names the customer and the fields, never the values.
    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 20 }));
    const entry = audit.find((a) => a.action === 'customer.update')!;
    expect(entry.details).toEqual({ customerId: maija.id, fields: ['street', 'postalCode'] });
    expect(JSON.stringify(audit)).not.toContain('Savilankatu');
  });

  it('records prohibitions; a restricted customer changes only by a manager', async () => {
    const withBan = value(await s<Customer>('customers.setProhibitions', { id: maija.id, prohibitions: { ...maija.prohibitions, directMarketing: true, publication: true }, reason: '' }));
    expect(withBan.prohibitions).toMatchObject({ directMarketing: true, publication: true, disclosure: false });
    const byStaff = await s('customers.setRestriction', { id: maija.id, restricted: true, reason: 'Tietojen oikeellisuus kiistetty' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const restricted = value(await m<Customer>('customers.setRestriction', { id: maija.id, restricted: true, reason: 'Tietojen oikeellisuus kiistetty' }));
    expect(restricted.restriction).toMatchObject({ reason: 'Tietojen oikeellisuus kiistetty', byName: MANAGER.fullName });
    const edit = await s('customers.update', { id: maija.id, customer: { ...person().customer, city: 'Pori' }, reason: '' });
    expect(!edit.ok && edit.error.code).toBe('FORBIDDEN');
    expect(!edit.ok && edit.error.message).toMatch(/rajoitettu/);
    value(await m('customers.update', { id: maija.id, customer: { ...person().customer, street: 'Savilankatu 5', postalCode: '26200', city: 'Rauma' }, reason: 'vastuuhenkilö' }));
    // Lifting needs the notice told to the person beforehand (GDPR Art. 18(3)).
    const unannounced = await m('customers.setRestriction', { id: maija.id, restricted: false, reason: '' });
    expect(!unannounced.ok && unannounced.error.code).toBe('CONFLICT');
    value(await m('customers.setRestriction', { id: maija.id, restricted: false, reason: '', notice: { date: today(), method: 'in_person' } }));
  });

  it('warns of possible duplicates and creates only when confirmed', async () => {
    const dup = await s('customers.create', person({ firstName: 'Maija', lastName: 'Mäki-Petäjä', email: 'toinen@example.fi', phone: '050 366 1543' }));
    expect(dup.ok).toBe(false);
    if (!dup.ok) {
      expect(dup.error.code).toBe('CONFLICT');
      expect((dup.error.details?.duplicates as { id: number; matchedOn: string[] }[])[0]).toMatchObject({ id: maija.id, matchedOn: ['phone'] });
    }
    const created = value(await s<Customer>('customers.create', { ...person({ email: 'toinen@example.fi', street: 'Toinen tie 2' }), confirmNotDuplicate: true }));
    expect(created.customerNumber).toBeGreaterThan(maija.customerNumber);

    // Only a manager merges; the survivor keeps both records' history and sources.
    const staffMerge = await s('customers.merge', { survivorId: maija.id, mergedId: created.id });
    expect(!staffMerge.ok && staffMerge.error.code).toBe('FORBIDDEN');
    const merged = value(await m<Customer>('customers.merge', { survivorId: maija.id, mergedId: created.id }));
    expect(merged.sources).toHaveLength(2);
    const gone = await m('customers.get', { id: created.id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    const hits = value(await s<SearchHit[]>('customers.search', { query: '3661543' }));
    expect(hits.map((h) => h.id)).toEqual([maija.id]);
  });

  it('links organisations and their contact persons', async () => {
    const org = value(await s<{ id: number }>('organizations.create', { name: 'Nano Office Oy', businessId: '1007435-3', street: 'Vanhankirkonkatu 29', postalCode: '26100', city: 'Rauma' }));
    const again = await s('organizations.create', { name: 'Toinen', businessId: '1007435-3' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    value(await s('customers.update', { id: maija.id, customer: { ...person().customer, street: 'Savilankatu 5', postalCode: '26200', organizationId: org.id }, reason: '' }));
    const withContact = value(await s<{ contacts: { active: boolean }[] }>('organizations.addContact', { id: org.id, customerId: maija.id, startDate: '2025-01-01' }));
    expect(withContact.contacts[0]?.active).toBe(true);
    const card = value(await s<Customer>('customers.get', { id: maija.id }));
    expect(card.organization?.name).toBe('Nano Office Oy');
    expect(card.contactRoles[0]).toMatchObject({ organizationName: 'Nano Office Oy', active: true });
    expect(value(await s<SearchHit[]>('customers.search', { query: 'nano' }))[0]).toMatchObject({ id: maija.id, matchedOn: 'organization' });
  });
  it('a phone fragment matching one customer at several places counts that customer once towards the limit', async () => {
    // Phones are indexed by every suffix: 040 111 1111 gives "1111111", "111111", … "111" — all
    // starting with "111", and all sorting before the other customers' "1112222", "1113333".
    for (const [i, phone] of ['040 111 1111', '050 111 2222', '045 111 3333'].entries()) {
      value(await m('customers.create', { ...person({ firstName: `Toisto${i}`, lastName: 'Numerola', email: `toisto${i}@example.fi`, phone }), confirmNotDuplicate: true }));
    }
    const hits = value(await m<SearchHit[]>('customers.search', { query: '111', limit: 2 }));
    expect(hits).toHaveLength(2);
    expect(new Set(hits.map((h) => h.id)).size).toBe(2);
  });
});
