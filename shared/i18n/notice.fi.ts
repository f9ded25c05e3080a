// The privacy notice generated from the settings (PRODUCT.md §1–4), Finnish. The controller and
// the authority come from settings; everything else states what this register actually does.
export const noticeFi = {
  title: 'Asiakas- ja laskutusrekisterin tietosuojaseloste',
  subtitle: 'EU:n yleinen tietosuoja-asetus (2016/679), artiklat 13 ja 14',
  updated: 'Päivitetty {{date}}',
  sections: [
    ['controller', 'Rekisterinpitäjä'],
    ['contact', 'Yhteyshenkilö rekisteriä koskevissa asioissa'],
    ['name', 'Rekisterin nimi'],
    ['purpose', 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste'],
    // GDPR Art. 13(2)(e): the shop's own notice asks this in its heading; the generated notice answers it.
    ['requirement', 'Onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus'],
    ['content', 'Rekisterin tietosisältö'],
    ['sources', 'Säännönmukaiset tietolähteet'],
    ['recipients', 'Tietojen säännönmukaiset luovutukset ja vastaanottajat'],
    ['transfers', 'Tietojen siirto EU:n tai ETA:n ulkopuolelle'],
    ['retention', 'Henkilötietojen säilyttämisaika'],
    // GDPR Art. 13(2)(f).
    ['automated', 'Automaattinen päätöksenteko ja profilointi'],
    ['security', 'Rekisterin suojauksen periaatteet'],
    ['rights', 'Rekisteröidyn oikeudet'],
    ['complaint', 'Oikeus tehdä valitus valvontaviranomaiselle'],
  ],
  text: {
    name: 'Asiakas- ja laskutusrekisteri',
    purpose:
      'Tietoja käsitellään asiakasrekisterin ylläpitämiseksi, asiakkaiden tilausten hallinnoimiseksi, laskutukseen, arkistointiin ja asiakassuhteen hoitamiseen, toiminnan kehittämiseen ja tilastointiin sekä mainonnan kohdentamiseen yrityksen omissa rekistereissä luovuttamatta tietoja ulkopuolisille. Käsittely perustuu sopimukseen (asiakassuhde) ja rekisterinpitäjän oikeutettuun etuun; laskujen säilyttäminen perustuu kirjanpitolakiin. Yrityksellä on oikeus tulostaa asiakasluetteloita, kuten postitustarroja suoramainontaan, ellei asiakas ole sitä kieltänyt.',
    requirement:
      'Tietojen antaminen ei ole lakisääteinen vaatimus, eikä asiakkaan tarvitse antaa tietojaan ostaakseen myymälästä käteisellä tai kortilla. Nimi ja yhteystiedot ovat sopimukseen perustuva vaatimus silloin, kun tilaus toimitetaan tai myydään laskulla: ilman niitä emme voi toimittaa tilausta emmekä laskuttaa. Laskulle merkitään ostajan nimi ja osoite, koska arvonlisäverolaki (209 e §) sitä edellyttää.',
    content: 'Henkilön etu- ja sukunimi; edustamansa yhteisö; sähköpostiosoite; postiosoite; puhelinnumero; tiedot aikaisemmista tilauksista ja laskuista; tietolähteet; annetut kiellot ja rajoitukset.',
    sources:
      'Asiakkaan tekemät ostokset myymälässä, verkkokaupassa tai jälleenmyyjillä; rekisteröitymiset; asiakkaan omat ilmoitukset asiakassuhteen aikana; nimi- ja osoitetietojen päivityspalvelut; palvelun tuottamiseen liittyvät alihankkijat. Kunkin asiakkaan tietolähde kirjataan rekisteriin.',
    recipients:
      'Tietoja ei luovuteta yrityksen ulkopuolelle muutoin kuin luottopäätöksen tekemiseen, perintään tai laskutukseen ja kirjanpitoon (ulkoistettu taloushallinto) liittyvissä asioissa sekä lainsäädännön velvoittaessa. Jokainen luovutus kirjataan (vastaanottaja, aika, tarkoitus), jotta tietojen korjaamisesta voidaan ilmoittaa vastaanottajille.',
    transfers: 'Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle. Rekisteri on yrityksen omalla tietokoneella eikä ohjelma ota verkkoyhteyksiä.',
    retention:
      'Henkilötietoja säilytetään 10 vuotta asiakkuuden päättymisestä. Laskut ja muut tositteet säilytetään kirjanpitolain edellyttämän ajan (6 vuotta tilikauden päättymisvuoden lopusta) silloinkin, kun asiakas pyytää tietojensa poistamista.',
    automated: 'Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin, jolla olisi teitä koskevia oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia (tietosuoja-asetuksen 22 artikla).',
    security:
      'Rekisteriä käyttävät vain nimetyt työntekijät, joilla kullakin on henkilökohtainen käyttäjätunnus ja salasana ja jotka ovat allekirjoittaneet salassapitositoumuksen. Rekisteritiedosto ja sen varmuuskopiot on salattu. Manuaaliset asiakirjat säilytetään lukitussa ja paloturvallisessa tilassa.',
    rights:
      'Teillä on oikeus tarkastaa tietonne, vaatia virheellisen tiedon korjaamista (yksilöikää pyynnössä korjattava tieto ja peruste), pyytää tietojenne poistamista, ellei lainsäädäntö, avoimet laskut tai perintä sitä estä, pyytää käsittelyn rajoittamista, vastustaa käsittelyä ja kieltää tietojenne käyttö suoramainontaan, etämyyntiin, suoramarkkinointiin sekä markkina- ja mielipidetutkimuksiin, kieltää tietojen julkaiseminen luetteloissa ja luovuttaminen sekä saada tietonne koneluettavassa muodossa. Pyynnöt vastaanottaa asiakaspalvelu tai rekisterin yhteyshenkilö suomeksi tai englanniksi. Toivomme tarkastus- ja korjauspyynnön kirjallisena ja allekirjoitettuna, jotta voimme varmistaa henkilöllisyytenne; henkilöllisyyden voi vahvistaa myös näyttämällä henkilöllisyystodistuksen asiakaspalvelussa. Käsittelemme pyynnön sen muodosta riippumatta, ja vastaamme kuukauden kuluessa pyynnön saapumisesta. Jos pyyntö evätään, saatte kirjallisen perustelun. Henkilöä, joka toimii yhteisön yhteyshenkilönä, ei voida poistaa rekisteristä tänä aikana.',
    complaint:
      'Jos katsotte, että henkilötietojenne käsittelyssä on rikottu tietosuoja-asetusta, teillä on oikeus tehdä valitus valvontaviranomaiselle (myös asuin- tai työskentelyjäsenvaltiossanne) ja saattaa asia tuomioistuimen käsiteltäväksi.',
  },
};
