// Test data for customers: the names the privacy notice's people actually have.
export const today = () => new Date().toISOString().slice(0, 10);

export function person(over: Record<string, unknown> = {}) {
  return {
    customer: {
      firstName: 'Maija',
      lastName: 'Mäki-Petäjä',
      email: 'Maija.Maki@Example.fi',
      phone: '050 366 1543',
      street: 'Kauppakatu 1',
      postalCode: '26100',
      city: 'Rauma',
      country: 'FI',
      language: 'fi',
      organizationId: null,
      relationshipStart: '2024-03-01',
      relationshipEnd: null,
      ...over,
    },
    sources: [{ source: 'shop_purchase', date: '2024-03-01', note: '' }],
  };
}
