// The support log and unexpected errors, Finnish (electron/core/support/, renderer/src/support/).
export const supportFi = {
  internal: 'Jotain meni vikaan, eikä toimintoa saatu tehtyä. Mitään ei tallennettu – yritä uudelleen. Jos virhe toistuu, kerro ylläpidolle viite: {{reference}}.',
  calm: 'Jotain meni vikaan. Tallennetut tiedot ovat tallessa. Jos näkymä ei toimi oikein, avaa se uudelleen. Jos virhe toistuu, kerro ylläpidolle viite: {{reference}}.',
  calmNoReference: 'Jotain meni vikaan. Tallennetut tiedot ovat tallessa. Jos näkymä ei toimi oikein, avaa se uudelleen.',
  screenBroken: 'Tätä näkymää ei voitu näyttää. Tallennetut tiedot ovat tallessa.',
  reload: 'Lataa näkymä uudelleen',
  dismiss: 'Sulje ilmoitus',
  mainCrash: 'Asiakasrekisterissä tapahtui odottamaton virhe. Tallennetut tiedot ovat tallessa. Jos ohjelma ei toimi, sulje se ja käynnistä uudelleen. Jos virhe toistuu, kerro ylläpidolle viite: {{reference}}.',
  log: {
    tab: 'Tukiloki',
    title: 'Tukiloki',
    intro: 'Ohjelman omat tapahtumat vianetsintää varten: käynnistykset, virheet viitenumeroineen, hitaat toiminnot sekä varmuuskopioinnit ja palautukset. Lokissa ei ole henkilötietoja, nimiä eikä tiedostojen nimiä. Uusin ensin.',
    save: 'Tallenna kopio tukea varten',
    saving: 'Valmistellaan…',
    refresh: 'Päivitä',
    empty: 'Lokissa ei ole vielä tapahtumia.',
    loading: 'Ladataan…',
    frames_one: 'Pinojälki ({{count}} rivi)',
    frames_other: 'Pinojälki ({{count}} riviä)',
    columns: { at: 'Aika', level: 'Taso', event: 'Tapahtuma', details: 'Tiedot' },
    levels: { INFO: 'Tieto', WARN: 'Varoitus', ERROR: 'Virhe' },
  },
};
