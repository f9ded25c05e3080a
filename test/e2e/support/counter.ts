// Arranging the counter's data for the order and invoice specs: a customer as the shop records one,
// dates counted back from the shop's day, money as the screens print it.
import { daysBeforeToday, person } from '../../support/customers';
import { arrangeRegister, MANAGER, type Harness } from './harness';

/** A Helsinki calendar date `n` days before the shop's today. */
export const daysAgo = daysBeforeToday;

/** Money as the screens print it: '1 234,50 €' with no-break spaces. */
export const eur = (text: string) => new RegExp(text.replace(/ /g, '\\s'));

/** customers.create input: a customer of the shop in Rauma, first met at a purchase in the shop. */
export function shopCustomer(firstName: string, lastName: string, phone: string, organizationId: number | null, email = `${firstName.toLowerCase()}@example.fi`) {
  return person({ firstName, lastName, phone, organizationId, email });
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
