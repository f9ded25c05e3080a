import { finvoiceDocumentsFi } from './finvoice.fi';
import { invoicingDocumentsFi, letterFi } from './invoicing.fi';
// Texts of printed documents, Finnish.
export const documentsFi = {
  letter: letterFi,
  invoicing: invoicingDocumentsFi,
  finvoice: finvoiceDocumentsFi,
  labels: { title: 'Postitustarrat' },
  // File names offered when a document is saved, in the document's language (no spaces or accents).
  files: { labels: 'postitustarrat', recoverySheet: 'palautuskoodi', privacyLog: 'tietosuojaloki', portability: 'tiedot' },
  recoverySheet: {
    title: 'Rekisterin palautuskoodi',
    intro: 'Tällä koodilla rekisterin voi avata, jos kaikkien käyttäjien salasanat katoavat. Koodi näytetään vain kerran.',
    register: 'Rekisteri',
    controller: 'Rekisterinpitäjä',
    createdAt: 'Luotu',
    code: 'Palautuskoodi',
    keep: 'Säilytä tämä paperi lukitussa ja paloturvallisessa kassakaapissa. Älä tallenna koodia tietokoneelle, sähköpostiin tai puhelimeen.',
    who: 'Koodia saa käyttää vain rekisterin vastuuhenkilö. Jokainen käyttökerta kirjataan lokiin.',
    storedBy: 'Paperin säilöi (nimi, päiväys, allekirjoitus)',
  },
};
