// Save / Print / Open beside every document the app makes (issue #19 §1), Finnish.
export const documentActionsFi = {
  save: 'Tallenna',
  print: 'Tulosta',
  open: 'Avaa',
  preparing: 'Valmistellaan…',
  saved: 'Tallennettu: {{name}}',
  printShown: 'Tulostuksen esikatselu avattiin.',
  printShownHarness: 'Asiakirja avattiin uuteen välilehteen tulostettavaksi.',
  blocked: 'Selain esti uuden välilehden. Salli ponnahdusikkunat tälle sivulle tai tallenna asiakirja.',
  refused: 'Asiakirjaa ei voitu näyttää tulostettavaksi. Tallenna se ja tulosta tallennettu tiedosto.',
  openFailed: 'Tiedostoa ei voitu avata. Se on ehkä siirretty tai poistettu; tallenna asiakirja uudelleen.',
  nothingKept: 'Tulostettiin muistista: tästä asiakirjasta ei jäänyt tiedostoa tietokoneelle eikä kopiota rekisteriin.',
  memoryOnlyHint: 'Rekisteri ei säilytä tätä asiakirjaa. Tulosta se tai tallenna se itse turvalliseen paikkaan.',
  actionsLabel: 'Asiakirjan toiminnot: {{name}}',
};
