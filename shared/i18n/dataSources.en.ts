// Where a person's data came from, English: the same keys as dataSources.fi.ts (the type makes sure).
import type { DataSource } from '../api/customers';

export const dataSourcesEn: Record<DataSource, string> = {
  shop_purchase: 'Purchase in the shop',
  web_shop: 'Web shop',
  reseller: 'Reseller',
  registration: 'Registration',
  customer_notice: 'The customer’s own notice',
  address_update_service: 'Address update service',
  subcontractor: 'Subcontractor',
};
