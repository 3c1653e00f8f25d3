import type { Channel, TimeUnit } from '../../db/schema';
import { defineMessages, type Locale } from '../../platform/i18n';
import type { OneStopLevel } from './service';

/** The public catalogue's own words, in both languages. */
export const msg = defineMessages({
  // catalogue page
  'catalogue.title': { lv: 'Pakalpojumi', en: 'Services' },
  'catalogue.lead': {
    lv: 'Pašvaldības, tās iestāžu un kapitālsabiedrību pakalpojumi. Katra pakalpojuma aprakstā norādīts, kur un kā to var pieteikt: pakalpojumu centrā, pa pastu vai elektroniski.',
    en: 'Services of the municipality, its institutions and companies. Each service says where and how you can apply: at a service centre, by post or electronically.',
  },
  'search.label': { lv: 'Meklēt pakalpojumu', en: 'Search for a service' },
  'search.hint': {
    lv: 'Piemēram: dzīvesvieta, pabalsts, būvatļauja',
    en: 'For example: residence, benefit, building permit',
  },
  'search.button': { lv: 'Meklēt', en: 'Search' },
  'search.resultsFor': { lv: 'Meklēšanas rezultāti vārdiem „{q}”', en: 'Search results for ‘{q}’' },
  'filter.heading': { lv: 'Atlasīt pakalpojumus', en: 'Filter services' },
  'filter.jump': {
    lv: 'Atlasīt pēc jomas, iestādes vai centra',
    en: 'Filter by category, unit or centre',
  },
  'filter.category': { lv: 'Joma', en: 'Category' },
  'filter.category.any': { lv: 'Visas jomas', en: 'All categories' },
  'filter.unit': { lv: 'Atbildīgā iestāde', en: 'Responsible unit' },
  'filter.unit.any': { lv: 'Visas iestādes', en: 'All units' },
  'filter.centre': { lv: 'Pakalpojumu centrs', en: 'Service centre' },
  'filter.centre.any': { lv: 'Visi centri', en: 'All centres' },
  'filter.channel': { lv: 'Pieteikšanās veids', en: 'How to apply' },
  'filter.channel.any': { lv: 'Jebkurš veids', en: 'Any way' },
  'filter.options': { lv: 'Papildu nosacījumi', en: 'Options' },
  'filter.eservice': { lv: 'Pieejams e-pakalpojums', en: 'E-service available' },
  'filter.onTheSpot': { lv: 'Izpilda uz vietas', en: 'Done on the spot' },
  'filter.apply': { lv: 'Atlasīt', en: 'Apply filters' },
  'filter.clear': { lv: 'Notīrīt filtrus', en: 'Clear filters' },
  'unit.municipality': { lv: 'Pašvaldība', en: 'Municipality' },
  'unit.department': { lv: 'Struktūrvienības', en: 'Departments' },
  'unit.institution': { lv: 'Padotības iestādes', en: 'Subordinate institutions' },
  'unit.company': { lv: 'Kapitālsabiedrības', en: 'Municipal companies' },
  'unit.state': { lv: 'Valsts iestādes', en: 'State institutions' },
  // After „Atrasti” the noun stays nominative: „Atrasti 10 pakalpojumi”, never the genitive „pakalpojumu”.
  'results.count.none': { lv: 'Nav atrasts neviens pakalpojums', en: 'No services found' },
  'results.count.zero': { lv: 'Atrasti {n} pakalpojumi', en: '{n} services found' },
  'results.count.one': { lv: 'Atrasts {n} pakalpojums', en: '{n} service found' },
  'results.count.other': { lv: 'Atrasti {n} pakalpojumi', en: '{n} services found' },
  'results.pageOf': { lv: '{page}. lapa no {pages}', en: 'page {page} of {pages}' },
  'results.none.title': { lv: 'Neviens pakalpojums neatbilst izvēlei', en: 'No service matches your choice' },
  'results.none.body': {
    lv: 'Pārbaudiet rakstību, meklējiet ar citiem vārdiem vai noņemiet kādu filtru.',
    en: 'Check the spelling, search with other words or remove a filter.',
  },
  'results.none.all': { lv: 'Skatīt visus pakalpojumus', en: 'See all services' },
  'results.none.help': {
    lv: 'Ja neatrodat vajadzīgo, jautājiet jebkurā pakalpojumu centrā.',
    en: 'If you cannot find what you need, ask at any service centre.',
  },

  // facts shared by the list, the service page and life situations
  'fact.unit': { lv: 'Atbildīgā iestāde', en: 'Responsible unit' },
  'fact.fee': { lv: 'Maksa', en: 'Fee' },
  'fact.time': { lv: 'Izpildes termiņš', en: 'Processing time' },
  'fact.where': { lv: 'Kur pieteikties', en: 'Where to apply' },
  'fee.free': { lv: 'Bez maksas', en: 'Free' },
  'fee.notStated': { lv: 'Maksa nav norādīta', en: 'Fee not stated' },
  'fee.from': { lv: 'no {amount}', en: 'from {amount}' },
  'fee.varies': { lv: 'Atkarīga no gadījuma', en: 'Depends on your case' },
  'fee.variesExample': {
    lv: 'Atkarīga no gadījuma, piemēram, {amount}',
    en: 'Depends on your case, for example {amount}',
  },
  // As a stand-alone value Latvian says "10 darba dienas" (not the genitive "dienu"): zero reads like other.
  'time.working_days.zero': { lv: '{n} darba dienas', en: '{n} working days' },
  'time.working_days.one': { lv: '{n} darba diena', en: '{n} working day' },
  'time.working_days.other': { lv: '{n} darba dienas', en: '{n} working days' },
  'time.calendar_days.zero': { lv: '{n} kalendāra dienas', en: '{n} calendar days' },
  'time.calendar_days.one': { lv: '{n} kalendāra diena', en: '{n} calendar day' },
  'time.calendar_days.other': { lv: '{n} kalendāra dienas', en: '{n} calendar days' },
  'time.months.zero': { lv: '{n} mēneši', en: '{n} months' },
  'time.months.one': { lv: '{n} mēnesis', en: '{n} month' },
  'time.months.other': { lv: '{n} mēneši', en: '{n} months' },
  'time.years.zero': { lv: '{n} gadi', en: '{n} years' },
  'time.years.one': { lv: '{n} gads', en: '{n} year' },
  'time.years.other': { lv: '{n} gadi', en: '{n} years' },
  // After „laikā” (within) Latvian takes the genitive: „1 darba dienas laikā”, „10 darba dienu laikā”.
  'within.working_days.zero': { lv: '{n} darba dienu laikā', en: 'within {n} working days' },
  'within.working_days.one': { lv: '{n} darba dienas laikā', en: 'within {n} working day' },
  'within.working_days.other': { lv: '{n} darba dienu laikā', en: 'within {n} working days' },
  'within.calendar_days.zero': { lv: '{n} kalendāra dienu laikā', en: 'within {n} calendar days' },
  'within.calendar_days.one': { lv: '{n} kalendāra dienas laikā', en: 'within {n} calendar day' },
  'within.calendar_days.other': { lv: '{n} kalendāra dienu laikā', en: 'within {n} calendar days' },
  'within.months.zero': { lv: '{n} mēnešu laikā', en: 'within {n} months' },
  'within.months.one': { lv: '{n} mēneša laikā', en: 'within {n} month' },
  'within.months.other': { lv: '{n} mēnešu laikā', en: 'within {n} months' },
  'within.years.zero': { lv: '{n} gadu laikā', en: 'within {n} years' },
  'within.years.one': { lv: '{n} gada laikā', en: 'within {n} year' },
  'within.years.other': { lv: '{n} gadu laikā', en: 'within {n} years' },
  'where.everyCentre': { lv: 'Jebkurā pakalpojumu centrā', en: 'At any service centre' },
  'where.notAtCentres': {
    lv: 'Pakalpojumu centros nepieņem — tikai citos veidos',
    en: 'Not accepted at the service centres — other ways only',
  },
  'tags.label': { lv: 'Pazīmes', en: 'Features' },
  'tag.eservice': { lv: 'E-pakalpojums', en: 'E-service' },
  'tag.onTheSpot': { lv: 'Izpilda uz vietas', en: 'Done on the spot' },
  'tag.level.information': {
    lv: 'Pakalpojumu centrā tikai konsultē',
    en: 'Advice only at a service centre',
  },
  'tag.level.application': { lv: 'Var pieteikt pakalpojumu centrā', en: 'Apply at a service centre' },
  'tag.level.full': {
    lv: 'Piesaka un saņem pakalpojumu centrā',
    en: 'Apply and collect at a service centre',
  },

  // channels, in the phrase "you can apply …"
  'channel.in_person': { lv: 'klātienē pakalpojumu centrā', en: 'in person at a service centre' },
  'channel.post': { lv: 'pa pastu', en: 'by post' },
  'channel.email': { lv: 'e-pastā', en: 'by email' },
  'channel.e_address': { lv: 'e-adresē', en: 'to the official e-address (e-adrese)' },
  'channel.portal': { lv: 'pašvaldības portālā', en: 'on the municipal portal' },
  'channel.latvija_lv': { lv: 'portālā latvija.lv', en: 'on latvija.lv' },
  'channel.telephone': { lv: 'pa tālruni', en: 'by telephone' },
  'channel.other': { lv: 'citā veidā', en: 'in another way' },

  // service page
  'service.category': { lv: 'Joma', en: 'Category' },
  'service.atAGlance': { lv: 'Īsumā', en: 'At a glance' },
  'service.who': { lv: 'Kas var pieteikties', en: 'Who can apply' },
  'service.documents': { lv: 'Nepieciešamie dokumenti', en: 'Documents you need' },
  'service.documents.none': {
    lv: 'Papildu dokumenti nav vajadzīgi; pietiek ar personu apliecinošu dokumentu.',
    en: 'No other documents are needed; bring a personal identity document.',
  },
  'service.apply': { lv: 'Kā pieteikties', en: 'How to apply' },
  'service.apply.intro': { lv: 'Pieteikties var:', en: 'You can apply:' },
  'fact.how': { lv: 'Kā pieteikties', en: 'How to apply' },
  'service.receive': { lv: 'Kā saņemt rezultātu', en: 'How to receive the result' },
  'service.result': { lv: 'Rezultāts', en: 'Result' },
  'service.feeTimeResult': { lv: 'Maksa, termiņš un rezultāts', en: 'Fee, time and result' },
  'service.feeNote': { lv: 'Piezīme par maksu', en: 'About the fee' },
  'service.timeBasis': { lv: 'Termiņa tiesiskais pamats', en: 'Legal basis of the time limit' },
  'service.onTheSpot': { lv: 'Izpilde uz vietas', en: 'Done on the spot' },
  'service.onTheSpot.yes': {
    lv: 'Jā — pakalpojumu izpilda uzreiz, apmeklējuma laikā.',
    en: 'Yes — the service is done at once, during your visit.',
  },
  'service.onTheSpot.no': {
    lv: 'Nē — pieteikumu izskata atbildīgā iestāde noteiktajā termiņā.',
    en: 'No — the responsible unit handles the application within the time limit.',
  },
  'service.where': { lv: 'Kur pakalpojums pieejams', en: 'Where the service is available' },
  'service.where.everyCentre': {
    lv: 'Pieteikties var jebkurā pašvaldības pakalpojumu centrā.',
    en: 'You can apply at any of the municipality’s service centres.',
  },
  'service.where.listed': {
    lv: 'Klātienē pieteikties var šajos pakalpojumu centros:',
    en: 'You can apply in person at these service centres:',
  },
  'service.where.none': {
    lv: 'Pakalpojumu centros šo pakalpojumu nepieņem; izmantojiet citus pieteikšanās veidus.',
    en: 'The service centres do not accept this service; use one of the other ways to apply.',
  },
  'service.where.allCentres': { lv: 'Visi pakalpojumu centri', en: 'All service centres' },
  'service.level': { lv: 'Ko var izdarīt pakalpojumu centrā', en: 'What you can do at a service centre' },
  'level.information': {
    lv: 'Pakalpojumu centrā jums sniegs informāciju un palīdzēs, bet pieteikums jāiesniedz citā veidā.',
    en: 'A service centre gives you information and help, but you apply another way.',
  },
  'level.application': {
    lv: 'Pieteikumu var iesniegt pakalpojumu centrā, un centrs to nodod atbildīgajai iestādei — citi biroji jums nav jāapmeklē.',
    en: 'You can apply at a service centre, which passes your application to the responsible unit — you need not visit other offices.',
  },
  'level.full': {
    lv: 'Pakalpojumu centrā var gan pieteikties, gan saņemt rezultātu.',
    en: 'You can both apply and collect the result at a service centre.',
  },
  'service.eservice': { lv: 'E-pakalpojums', en: 'E-service' },
  'service.eservice.maturity': { lv: 'Ko var izdarīt tiešsaistē', en: 'What you can do online' },
  'service.eservice.start': { lv: 'Pieteikties tiešsaistē', en: 'Apply online' },
  'service.eservice.where': {
    lv: 'Pieteikšanās notiek citā vietnē: {host}.',
    en: 'You apply on another website: {host}.',
  },
  'maturity.0': {
    lv: 'Tiešsaistē var tikai uzzināt par pakalpojumu; pieteikties var citos veidos.',
    en: 'Online you can only read about the service; apply in one of the other ways.',
  },
  'maturity.1': {
    lv: 'Veidlapu var lejupielādēt, aizpildīt un iesniegt kādā no norādītajiem veidiem.',
    en: 'You can download the form, fill it in and send it in one of the ways listed.',
  },
  'maturity.2': { lv: 'Pieteikumu var iesniegt tiešsaistē.', en: 'You can apply online.' },
  'maturity.3': {
    lv: 'Visu var izdarīt tiešsaistē, arī saņemt lēmumu un samaksāt.',
    en: 'You can do everything online, including getting the decision and paying.',
  },
  'maturity.4': {
    lv: 'Pašvaldība pakalpojumu piedāvā pati, kad jums tas pienākas; pieteikties nav jāpiesakās.',
    en: 'The municipality offers the service itself when you are entitled to it; you need not apply.',
  },
  'service.legal': { lv: 'Tiesiskais pamats', en: 'Legal basis' },
  'service.legalLevel': { lv: 'Regulējuma līmenis', en: 'Level of regulation' },
  'legalLevel.state': {
    lv: 'Valsts regulēts pakalpojums (valsts normatīvie akti)',
    en: 'Regulated by the state (national legislation)',
  },
  'legalLevel.municipal': {
    lv: 'Pašvaldības regulēts pakalpojums (pašvaldības saistošie noteikumi)',
    en: 'Regulated by the municipality (binding regulations of the municipality)',
  },
  'legalRule.state': { lv: 'valsts normatīvais akts', en: 'national legislation' },
  'legalRule.municipal': { lv: 'pašvaldības saistošie noteikumi', en: 'municipal binding regulations' },
  'service.contacts': { lv: 'Atbildīgā iestāde un kontakti', en: 'Responsible unit and contacts' },
  'service.contact': { lv: 'Saziņai', en: 'Contact' },
  'contact.address': { lv: 'Adrese', en: 'Address' },
  'contact.phone': { lv: 'Tālrunis', en: 'Phone' },
  'contact.email': { lv: 'E-pasts', en: 'Email' },
  'contact.website': { lv: 'Tīmekļa vietne', en: 'Website' },
  'service.standard': { lv: 'Par šo pakalpojuma standartu', en: 'About this service standard' },
  'standard.version': { lv: 'Versija', en: 'Version' },
  'standard.validFrom': { lv: 'Spēkā no', en: 'Valid from' },
  'standard.validTo': { lv: 'Spēkā līdz', en: 'Valid until' },
  'standard.reviewDue': { lv: 'Nākamā pārskatīšana', en: 'Next review' },
  'standard.publishedAt': { lv: 'Publicēta', en: 'Published' },
  'standard.status': { lv: 'Statuss', en: 'Status' },
  'standard.history': { lv: 'Versiju vēsture', en: 'Version history' },
  'status.current': { lv: 'Spēkā esošā', en: 'In force' },
  'status.upcoming': { lv: 'Stāsies spēkā', en: 'Coming into force' },
  'status.superseded': { lv: 'Aizstāta', en: 'Superseded' },
  'service.help': { lv: 'Vajadzīga palīdzība?', en: 'Need help?' },
  'service.help.body': {
    lv: 'Pakalpojumu centra darbinieki palīdzēs pieteikties un nodos jūsu pieteikumu atbildīgajai iestādei.',
    en: 'Staff at any service centre will help you apply and pass your application to the responsible unit.',
  },

  // life situations
  'life.title': { lv: 'Dzīves situācijas', en: 'Life situations' },
  'life.lead': {
    lv: 'Ceļveži, kas parāda, kuri pakalpojumi vajadzīgi konkrētā dzīves notikumā un kādā secībā tos kārtot.',
    en: 'Guides that show which services a life event needs, and in which order to arrange them.',
  },
  'life.steps': { lv: 'Soļi', en: 'Steps' },
  'life.step': { lv: '{n}. solis', en: 'Step {n}' },
  'life.stepWithdrawn': {
    lv: 'Kopš {date} pašvaldība šo pakalpojumu vairs nesniedz.',
    en: 'The municipality has not offered this service since {date}.',
  },
  'life.stepReplacement': { lv: 'Tā vietā:', en: 'Instead:' },
  'life.stepAskCentre': {
    lv: 'Ja jums vajadzīga palīdzība šajā solī, jautājiet jebkurā pakalpojumu centrā.',
    en: 'If you need help with this step, ask at any service centre.',
  },

  // a withdrawn service's page (HTTP 410)
  'withdrawn.title': { lv: 'Šis pakalpojums vairs netiek sniegts', en: 'This service is no longer offered' },
  'withdrawn.since': {
    lv: 'Kopš {date} pašvaldība šo pakalpojumu vairs nesniedz.',
    en: 'The municipality has not offered this service since {date}.',
  },
  'withdrawn.reason': { lv: 'Iemesls', en: 'Reason' },
  'withdrawn.replacement': { lv: 'Tā vietā izmantojiet:', en: 'Use this service instead:' },
  'withdrawn.noReplacement': {
    lv: 'Ja jums vajadzīga palīdzība, jautājiet jebkurā pakalpojumu centrā vai meklējiet citu pakalpojumu katalogā.',
    en: 'If you need help, ask at any service centre or search the catalogue for another service.',
  },

  // what a later version changes
  'upcoming.banner': {
    lv: 'No {date} šī pakalpojuma apraksts mainīsies.',
    en: 'The description of this service changes on {date}.',
  },
  'upcoming.link': { lv: 'Kas mainīsies', en: 'What changes' },
  'upcoming.title': { lv: 'Kas mainīsies no {date}', en: 'What changes on {date}' },
  'upcoming.lead': {
    lv: 'Līdz {until} ieskaitot spēkā ir pašreizējais apraksts. No {date} spēkā būs jaunā versija ar šīm izmaiņām:',
    en: 'The current description applies until {until}. From {date} the new version applies, with these changes:',
  },
  'upcoming.none': {
    lv: 'Jaunajā versijā publiski redzamais apraksts nemainās.',
    en: 'The public description does not change in the new version.',
  },
  'upcoming.now': { lv: 'Tagad', en: 'Now' },
  'upcoming.from': { lv: 'No {date}', en: 'From {date}' },
  'changed.name': { lv: 'Nosaukums', en: 'Name' },
  'changed.description': { lv: 'Apraksts', en: 'Description' },
  'changed.whoMayApply': { lv: 'Kas var pieteikties', en: 'Who can apply' },
  'changed.requiredDocuments': { lv: 'Nepieciešamie dokumenti', en: 'Documents you need' },
  'changed.fee': { lv: 'Maksa', en: 'Fee' },
  'changed.processingTime': { lv: 'Izpildes termiņš', en: 'Processing time' },
  'changed.result': { lv: 'Rezultāts', en: 'Result' },
  'changed.applyChannels': { lv: 'Kā pieteikties', en: 'How to apply' },
  'changed.receiveChannels': { lv: 'Kā saņemt rezultātu', en: 'How to receive the result' },
  'changed.centres': { lv: 'Kur pieteikties', en: 'Where to apply' },
  'changed.onTheSpot': { lv: 'Izpilde uz vietas', en: 'Done on the spot' },
  'changed.legalBasis': { lv: 'Tiesiskais pamats', en: 'Legal basis' },
  'changed.contact': { lv: 'Saziņai', en: 'Contact' },
  'changed.none': { lv: 'nav', en: 'none' },
  yes: { lv: 'Jā', en: 'Yes' },
  no: { lv: 'Nē', en: 'No' },

  // how far the centres' promise holds (seed 2.2), computed from the data
  'coverage.all': {
    lv: 'Jebkuru pašvaldības pakalpojumu var pieteikt jebkurā pakalpojumu centrā.',
    en: 'You can apply for any municipal service at any service centre.',
  },
  'coverage.allReceive': {
    lv: 'Jebkuru pašvaldības pakalpojumu var pieteikt un saņemt jebkurā pakalpojumu centrā.',
    en: 'You can apply for and collect any municipal service at any service centre.',
  },
  'coverage.most': {
    lv: '{n} no {total} pašvaldības pakalpojumiem var pieteikt jebkurā pakalpojumu centrā. Izņēmumi:',
    en: '{n} of {total} municipal services can be applied for at any service centre. The exceptions:',
  },
  'coverage.short': {
    lv: '{n} no {total} pašvaldības pakalpojumiem var pieteikt jebkurā pakalpojumu centrā; pārējos — tikai dažos centros vai citā veidā.',
    en: '{n} of {total} municipal services can be applied for at any service centre; the others only at some centres or in other ways.',
  },
  'coverage.exceptionsLink': { lv: 'Kurus pakalpojumus kur pieņem', en: 'Which services are taken where' },
  'coverage.only': { lv: 'tikai: {centres}', en: 'only at: {centres}' },
  'coverage.notAtCentres': {
    lv: 'pakalpojumu centros nepieņem — tikai citos veidos',
    en: 'not at the service centres — other ways only',
  },
  and: { lv: 'un', en: 'and' },
  'life.none': {
    lv: 'Dzīves situāciju ceļveži vēl nav publicēti.',
    en: 'No life situation guides are published yet.',
  },
});

export type CatalogueMessage = Parameters<typeof msg>[1];

const pluralRules: Record<Locale, Intl.PluralRules> = {
  lv: new Intl.PluralRules('lv'),
  en: new Intl.PluralRules('en'),
};

/**
 * The plural form of a count. Latvian has three (Intl.PluralRules('lv')): zero for 0, 10–20, 30…
 * (pakalpojumu), one for 1, 21, 31… but not 11 (pakalpojums), other for the rest (pakalpojumi).
 */
export function pluralForm(locale: Locale, n: number): 'zero' | 'one' | 'other' {
  const form = pluralRules[locale].select(n);
  return form === 'zero' || form === 'one' ? form : 'other';
}

export function countText(
  locale: Locale,
  base: 'results.count' | `time.${TimeUnit}` | `within.${TimeUnit}`,
  n: number,
): string {
  if (base === 'results.count' && n === 0) return msg(locale, 'results.count.none');
  return msg(locale, `${base}.${pluralForm(locale, n)}`, { n });
}

export function channelName(locale: Locale, channel: Channel): string {
  return msg(locale, `channel.${channel}`);
}

export function levelTag(locale: Locale, level: OneStopLevel): string {
  return msg(locale, `tag.level.${level}`);
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('lv') + text.slice(1);
}
