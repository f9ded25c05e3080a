// The IndexedDB side of the side-by-side: the tables and the indexes Dexie would need to answer
// the counter's queries without scanning — one multiEntry index per kind of search term (the
// core's customer_terms, kind by kind), and compound [customer+order key] indexes for the card.
import { Dexie, type EntityTable } from 'dexie';
import type { CustomerSummary } from '../../../../shared/api/customers';

/** What the list shows (the core's summary) and the address the card needs, with the search terms. */
export interface DexieCustomer extends CustomerSummary {
  street: string;
  postalCode: string;
  lastWords: string[];
  firstWords: string[];
  emailTerms: string[];
  phoneSuffixes: string[];
  orgWords: string[];
  emailDomains: string[];
}
export interface DexieOrder {
  id: number;
  customerId: number;
  date: string;
  status: string;
  channel: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
  lineCount: number;
}
export interface DexieInvoice {
  id: number;
  customerId: number;
  number: number | null;
  kind: string;
  state: string;
  invoiceDate: string | null;
  dueDate: string | null;
  reference: string | null;
  buyerName: string;
  grossCents: number;
  openCents: number;
}

export type RegisterDexie = Dexie & {
  customers: EntityTable<DexieCustomer, 'id'>;
  orders: EntityTable<DexieOrder, 'id'>;
  invoices: EntityTable<DexieInvoice, 'id'>;
};

export function openRegisterDexie(): RegisterDexie {
  const db = new Dexie('asiakasrekisteri-bench') as RegisterDexie;
  db.version(1).stores({
    customers: 'id, customerNumber, *lastWords, *firstWords, *emailTerms, *phoneSuffixes, *orgWords, *emailDomains',
    orders: 'id, [customerId+date]',
    invoices: 'id, [customerId+number]',
  });
  return db;
}
