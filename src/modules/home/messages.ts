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
    lv: 'Pakalpojumu var pieteikt pakalpojumu centrā, pa pastu, e-pastā, oficiālajā e-adresē vai tiešsaistē (kādos veidos — norādīts katra pakalpojuma aprakstā). Pašvaldība pati nodos pieteikumu atbildīgajai iestādei.',
    en: 'You can apply at a service centre, by post, by email, to the official e-address or online (each service says which of these ways it takes). The municipality passes your application to the responsible unit.',
  },
  'howToApply.post': { lv: 'Pasta adrese: {address}', en: 'Postal address: {address}' },
  'lifeSituations.lead': {
    lv: 'Ceļveži, kas soli pa solim parāda vajadzīgos pakalpojumus.',
    en: 'Step-by-step guides to the services a life event needs.',
  },
  'lifeSituations.all': { lv: 'Visas dzīves situācijas', en: 'All life situations' },
  'categories.heading': { lv: 'Pakalpojumu jomas', en: 'Service categories' },
  'centres.lead': {
    lv: 'Pakalpojumu centri ir pilsētās un pagastos.',
    en: 'There are service centres in the towns and parishes.',
  },
  'centres.main': { lv: 'galvenais centrs', en: 'main centre' },
});
