import { defineMessages } from '../../platform/i18n';

export const msg = defineMessages({
  'home.title': { lv: 'Pakalpojumi vienuviet', en: 'Services in one place' },
  'home.lead': {
    lv: 'Atrodiet vajadzīgo pašvaldības pakalpojumu, uzziniet, kas jāņem līdzi, cik tas maksā un cik ilgi jāgaida.',
    en: 'Find the municipal service you need, and learn what to bring, what it costs and how long it takes.',
  },
  'search.label': { lv: 'Meklēt pakalpojumu', en: 'Search for a service' },
  'search.hint': {
    lv: 'Piemēram: dzīvesvieta, pabalsts, būvatļauja',
    en: 'For example: residence, benefit, building permit',
  },
  'search.button': { lv: 'Meklēt', en: 'Search' },
  'search.all': { lv: 'Skatīt visus pakalpojumus', en: 'See all services' },
  'howToApply.heading': { lv: 'Kā pieteikties', en: 'How to apply' },
  'howToApply.body': {
    lv: 'Pakalpojumu var pieteikt jebkurā pakalpojumu centrā, pa pastu, e-pastā, oficiālajā e-adresē vai tiešsaistē — pašvaldība pati nodos pieteikumu atbildīgajai iestādei.',
    en: 'You can apply at any service centre, by post, by e-mail, to the official e-address or online — the municipality passes your application to the responsible unit.',
  },
  'howToApply.post': { lv: 'Pasta adrese: {address}', en: 'Postal address: {address}' },
  'lifeSituations.lead': {
    lv: 'Ceļveži, kas soli pa solim parāda vajadzīgos pakalpojumus.',
    en: 'Step-by-step guides to the services a life event needs.',
  },
  'lifeSituations.all': { lv: 'Visas dzīves situācijas', en: 'All life situations' },
  'categories.heading': { lv: 'Pakalpojumu jomas', en: 'Service categories' },
  'centres.lead': {
    lv: 'Pakalpojumu centri pilsētās un pagastos pieņem jebkura pakalpojuma pieteikumus.',
    en: 'Service centres in the towns and parishes accept applications for any service.',
  },
  'centres.main': { lv: 'galvenais centrs', en: 'main centre' },
});
