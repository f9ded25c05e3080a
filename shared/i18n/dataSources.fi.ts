// Where a person's data came from (tietolähde, the privacy notice's "säännönmukaiset
// tietolähteet"): the one text of each source, for the screens, the letters and the register
// extract alike — a letter must name a source in the words the customer card shows.
import type { DataSource } from '../api/customers';

export const dataSourcesFi = {
  shop_purchase: 'Ostos myymälässä',
  web_shop: 'Verkkokauppa',
  reseller: 'Jälleenmyyjä',
  registration: 'Rekisteröityminen',
  customer_notice: 'Asiakkaan oma ilmoitus',
  address_update_service: 'Osoitepäivityspalvelu',
  subcontractor: 'Alihankkija',
} as const satisfies Record<DataSource, string>;
