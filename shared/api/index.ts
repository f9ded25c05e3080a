// The API contract: one map from method name to its input schema, output type and access rule.
// Both the core (dispatcher) and the renderer (typed client) import it; nothing else defines a method.
import type { z } from 'zod';
import { auditContract } from './audit';
import { joinContracts, type MethodDef } from './define';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { setupContract } from './setup';
import { usersContract } from './users';
import { customersContract } from './customers';
import { organizationsContract } from './organizations';
import { preferencesContract } from './preferences';
import { backupContract } from './backup';
import { disclosuresContract } from './disclosures';
import { ordersContract } from './orders';
import { invoicesContract } from './invoices';
import { privacyContract } from './privacy';
import { marketingContract } from './marketing';
import { rectificationContract } from './rectification';
import { erasureContract } from './erasure';
import { retentionContract } from './retention';
import { recipientsContract } from './recipients';
import { legalContract } from './legal';
import { paymentsImportContract } from './paymentsImport';
import { productsContract } from './products';
import { supportContract } from './support';
import { homeContract } from './home';
import { reportsContract } from './reports';

export const contract = joinContracts(
  setupContract,
  sessionContract,
  usersContract,
  settingsContract,
  auditContract,
  preferencesContract,
  customersContract,
  organizationsContract,
  backupContract,
  disclosuresContract,
  ordersContract,
  invoicesContract,
  privacyContract,
  marketingContract,
  rectificationContract,
  erasureContract,
  legalContract,
  retentionContract,
  recipientsContract,
  paymentsImportContract,
  productsContract,
  supportContract,
  homeContract,
  reportsContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Params<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedParams<M extends MethodName> = z.output<Contract[M]['input']>;
export type Result<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './envelope';
export type { Access, MethodDef } from './define';
