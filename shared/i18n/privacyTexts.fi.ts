// Names of privacy request types, channels, statuses and identity checks, Finnish — for screens,
// printed logs and letters alike.
export const privacyTextsFi = {
  type: {
    access: 'Tarkastus',
    rectification: 'Oikaisu',
    erasure: 'Poisto',
    restriction: 'Rajoittaminen',
    objection: 'Vastustus / kielto',
    portability: 'Siirto',
    disclosure_ban: 'Luovutuskielto',
  },
  channel: { letter: 'Kirje', counter: 'Jätetty asiakaspalvelussa', email_signed: 'Allekirjoitettu sähköposti', other: 'Muu' },
  status: { received: 'Vastaanotettu', in_progress: 'Käsittelyssä', completed: 'Valmis', partly_completed: 'Osittain valmis', refused: 'Evätty' },
  /** The outcome of one right a request asked for (shared/privacy/outcomes.ts). */
  outcome: { pending: 'ratkaisematta', answered: 'vastattu', partly_refused: 'osittain evätty', refused: 'evätty' },
  /** Shown for the requester of a request whose person was erased (stored: shared/privacy/redacted.ts). */
  erasedRequester: '[tiedot poistettu]',
  identity: { id_document: 'Henkilöllisyystodistus nähty', signature_compared: 'Allekirjoitus verrattu', other: 'Muu' },
  log: {
    title: 'Tietosuojapyyntöjen loki',
    period: 'Ajanjakso',
    printed: 'Tulostettu',
    chainHead: 'Lokiketjun tarkiste (viimeisin)',
    page: 'Sivu {{page}} / {{pages}}',
    columns: {
      number: 'Nro',
      received: 'Saapunut',
      types: 'Pyyntö',
      requester: 'Pyytäjä',
      signed: 'Allek.',
      identity: 'Henkilöllisyys',
      due: 'Määräaika',
      status: 'Tila',
      closed: 'Ratkaistu',
    },
    yes: 'kyllä',
    no: 'ei',
    empty: 'Ei pyyntöjä valitulla ajanjaksolla.',
    chainOk: 'Lokiketju on eheä ({{count}} tapahtumaa).',
    chainBroken: 'LOKIKETJU ON RIKKI tapahtumassa {{id}}.',
  },
};
