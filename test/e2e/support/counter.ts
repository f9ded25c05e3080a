// Arranging the counter's data for the order and invoice specs: a customer as the shop records one,
// dates counted back from the shop's day, money as the screens print it.
import { helsinkiDate } from '../../../shared/format/dates';
import { arrangeRegister, MANAGER, type Harness } from './harness';

/** A Helsinki calendar date `n` days before the shop's today. */
export function daysAgo(n: number): string {
  const d = new Date(`${helsinkiDate()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** Money as the screens print it: '1 234,50 €' with no-break spaces. */
export const eur = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

/** customers.create input: a customer of the shop in Rauma, first met at a purchase in the shop. */
export function shopCustomer(firstName: string, lastName: string, phone: string, organizationId: number | null, email = `${firstName.toLowerCase()}@example.fi`) {
  return {
    customer: {
      firstName,
      lastName,
      email,
      phone,
      street: 'Kauppakatu 1',
      postalCode: '26100',
      city: 'Rauma',
      country: 'FI',
      language: 'fi',
      organizationId,
      relationshipStart: '2024-03-01',
      relationshipEnd: null,
    },
    sources: [{ source: 'shop_purchase', date: '2024-03-01', note: '' }],
  };
}

/** A register ready to invoice (arrangeRegister, then the shop's bank account) with one business
 * customer, Rauman Puu ja Paperi Oy; the manager stays logged in on `h.api` to arrange more. */
export async function arrangeShop(h: Harness): Promise<{ staffPassword: string; organizationId: number }> {
  const { staffPassword } = await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' });
  const org = await h.api<{ id: number }>('organizations.create', { name: 'Rauman Puu ja Paperi Oy', businessId: '0112038-9', street: 'Satamakatu 5', postalCode: '26100', city: 'Rauma' });
  return { staffPassword, organizationId: org.id };
}
