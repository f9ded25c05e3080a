// Finvoice (e-invoice) texts, Finnish: error messages (spread into errors.fi) and the texts the
// message itself carries (under documents.finvoice.*).
export const finvoiceErrorsFi = {
  einvoiceAddress: 'Verkkolaskuosoite ei kelpaa: anna OVT-tunnus (0037 + Y-tunnuksen numerot ilman väliviivaa + enintään 5 merkkiä, esim. 003712345671) tai IBAN-tilinumero.',
  einvoiceOperator: 'Välittäjätunnus ei kelpaa: anna operaattorin tai pankin tunnus (BIC, esim. NDEAFIHH) tai operaattorin OVT-tunnus (0037…).',
  einvoiceOperatorMissing: 'Anna myös välittäjän (operaattorin) tunnus: ilman sitä verkkolaskua ei voi ohjata perille.',
  einvoiceAddressMissing: 'Anna myös verkkolaskuosoite, tai jätä välittäjätunnus tyhjäksi.',
  finvoiceConsumer: 'Verkkolasku (Finvoice) tehdään vain organisaatiolle laskutetusta laskusta. Tämä lasku on henkilöasiakkaalle: käytä PDF-laskua.',
  finvoiceNoAddress: 'Organisaatiolle ei ole kirjattu verkkolaskuosoitetta ja välittäjätunnusta. Lisää ne organisaation kortille ja yritä uudelleen.',
  finvoiceInvalidAddress: 'Organisaation verkkolaskuosoite ({{address}}) tai välittäjätunnus ({{operator}}) ei kelpaa. Korjaa ne organisaation kortilla; tiedostoa ei tehty.',
  finvoiceDraft: 'Luonnoksesta ei tehdä verkkolaskua. Laskuta lasku ensin.',
  finvoiceBuyerMissing: 'Laskun ostajan tiedot on poistettu säilytysajan jälkeen: verkkolaskua ei voi enää tehdä.',
  finvoiceSellerIncomplete: 'Verkkolaskuun tarvitaan myyjän Y-tunnus (rekisterinpitäjän tiedot) sekä tilin BIC-tunnus (laskutuksen asetukset). Täydennä ne ja yritä uudelleen.',
};

export const finvoiceDocumentsFi = {
  typeText: { invoice: 'LASKU', creditNote: 'HYVITYSLASKU', reminder: 'MAKSUMUISTUTUS' },
  paymentTerms: '{{days}} päivää netto',
  paymentTermsNow: 'Heti',
  creditReason: 'Hyvityksen syy: {{reason}}',
  reminderRows: {
    principal: 'Avoin pääoma, lasku {{number}}',
    earlierCharges: 'Aiemmat maksut ja korot',
    fee: 'Muistutusmaksu',
    compensation: 'Perintäkulujen korvaus (40 €)',
    interest: 'Viivästyskorko {{rate}} % {{from}}–{{to}}',
  },
  disclosurePurpose: 'Verkkolaskun välitys (Finvoice): {{document}}',
  disclosureReference: '{{document}}, verkkolaskuosoite {{address}}',
  documentInvoice: 'lasku {{number}}',
  documentCreditNote: 'hyvityslasku {{number}}',
  documentReminder: 'maksumuistutus {{sequence}} laskusta {{number}}',
};
