// The register's controller and its two users, as the tests set them up (shared by the integration
// tests and the e2e harness, which gives the contact person another phone and email).
export const CONTROLLER = {
  name: 'Nano Office Oy / Konttorimix',
  businessId: '1007435-3',
  street: 'Vanhankirkonkatu 29',
  postalCode: '26100',
  city: 'Rauma',
  contactName: 'Pasi Liukas',
  contactTitle: 'Toimitusjohtaja',
  contactStreet: 'Vanhankirkonkatu 29',
  contactPostalCode: '26100',
  contactCity: 'Rauma',
  contactPhone: '050-3661543',
  contactEmail: 'pasi.rekisteri@konttorimix.fi',
};

export const MANAGER = { fullName: 'Šárka Łukasiewicz-Äijälä', username: 'sarka', password: 'Kassakaappi-2026', commitmentDate: '2026-11-02' };
export const STAFF = { fullName: 'Ánde Ŋuolja', username: 'ande', password: 'Tiskinvaihto-77', commitmentDate: '2026-11-03' };
