import { defineMessages, type Locale } from '../../platform/i18n';

/** Field messages of the standards forms (keys are what the zod schemas and services report). */
const ERRORS = {
  invalid: { lv: 'Pārbaudiet šo lauku', en: 'Check this field' },
  required: { lv: 'Aizpildiet šo lauku', en: 'Fill in this field' },
  changedMeanwhile: {
    lv: 'Kamēr labojāt, kāds cits saglabāja citu šī lauka vērtību: pārbaudiet to un saglabājiet vēlreiz',
    en: 'While you were editing, someone else saved another value here: check it and save again',
  },
  tooLong: { lv: 'Teksts ir par garu', en: 'The text is too long' },
  fee: {
    lv: 'Ievadiet maksu, piemēram, 14,00 (0 – bez maksas)',
    en: 'Enter the fee, for example 14.00 (0 if free)',
  },
  feeKind: {
    lv: 'Izvēlieties, kā lasīt maksas summu',
    en: 'Choose how the amount of the fee is to be read',
  },
  currency: {
    lv: 'Ievadiet valūtas trīsburtu kodu, piemēram, EUR',
    en: 'Enter the three-letter code of the currency, for example EUR',
  },
  feeNegative: { lv: 'Maksa nevar būt negatīva', en: 'The fee cannot be negative' },
  processingTime: {
    lv: 'Ievadiet izpildes termiņu kā veselu skaitli no 1 līdz 3650',
    en: 'Enter the processing time as a whole number from 1 to 3650',
  },
  timeUnit: {
    lv: 'Izvēlieties, vai termiņš ir darba vai kalendāra dienās',
    en: 'Choose working days or calendar days',
  },
  legalBasis: {
    lv: 'Norādiet vismaz vienu tiesisko pamatu (normatīvo aktu)',
    en: 'Enter at least one legal basis (legal act)',
  },
  level: {
    lv: 'Izvēlieties, vai tas ir valsts vai pašvaldības akts',
    en: 'Choose whether it is a state or municipal act',
  },
  legalLevel: {
    lv: 'Izvēlieties, vai pakalpojumu nosaka valsts vai pašvaldības regulējums',
    en: 'Choose whether the service is governed by state or municipal rules',
  },
  url: {
    lv: 'Ievadiet pilnu adresi, kas sākas ar https://',
    en: 'Enter a full address starting with https://',
  },
  applyChannels: {
    lv: 'Izvēlieties vismaz vienu pieteikšanās veidu',
    en: 'Choose at least one way to apply',
  },
  receiveChannels: {
    lv: 'Izvēlieties vismaz vienu rezultāta saņemšanas veidu',
    en: 'Choose at least one way to receive the result',
  },
  channel: { lv: 'Izvēlieties veidu no saraksta', en: 'Choose a channel from the list' },
  centre: { lv: 'Izvēlieties centrus no saraksta', en: 'Choose centres from the list' },
  maturity: {
    lv: 'Izvēlieties e-pakalpojuma līmeni no 0 līdz 4',
    en: 'Choose an e-service level from 0 to 4',
  },
  date: {
    lv: 'Ievadiet pareizu datumu, piemēram, 31 12 2027',
    en: 'Enter a real date, for example 31 12 2027',
  },
  dateRequired: { lv: 'Ievadiet datumu', en: 'Enter a date' },
  validFromPast: {
    lv: 'Spēkā stāšanās datums nevar būt pagātnē',
    en: 'The date it takes effect cannot be in the past',
  },
  validFromBeforePrevious: {
    lv: 'Datums nevar būt agrāks par iepriekšējās apstiprinātās versijas spēkā stāšanās datumu',
    en: 'The date cannot be earlier than the date the previous approved version takes effect',
  },
  code: {
    lv: 'Kodā drīkst būt mazie latīņu burti, cipari un defises (2–61 zīme)',
    en: 'The code may contain lower-case letters, digits and hyphens (2–61 characters)',
  },
  codeTaken: { lv: 'Pakalpojums ar šādu kodu jau ir', en: 'A service with this code already exists' },
  unitRequired: { lv: 'Izvēlieties atbildīgo struktūrvienību', en: 'Choose the responsible unit' },
  categoryRequired: { lv: 'Izvēlieties kategoriju', en: 'Choose a category' },
  reasonRequired: { lv: 'Aizpildiet lauku „Iemesls”', en: 'Fill in ‘Reason’' },
  commentRequired: { lv: 'Aizpildiet lauku „Kas jālabo”', en: 'Fill in ‘What needs changing’' },
  fromPast: {
    lv: 'Datums, no kura pakalpojums vairs netiek sniegts, nevar būt pagātnē',
    en: 'The date from which the service is no longer offered cannot be in the past',
  },
  decisionRequired: {
    lv: 'Izvēlieties, vai apstiprināt vai noraidīt',
    en: 'Choose whether to approve or reject',
  },
} satisfies Record<string, { lv: string; en: string }>;
export type ErrorKey = keyof typeof ERRORS;
export const errorText = defineMessages(ERRORS);

export function errorMessage(locale: Locale, key: string): string {
  return errorText(locale, Object.hasOwn(ERRORS, key) ? (key as ErrorKey) : 'invalid');
}

/** Labels of the fields of a standard (form, version page, comparison). */
const FIELD_LABELS = {
  name: { lv: 'Nosaukums', en: 'Name' },
  description: { lv: 'Apraksts', en: 'Description' },
  whoMayApply: { lv: 'Kas var saņemt', en: 'Who may apply' },
  requiredDocuments: { lv: 'Nepieciešamie dokumenti', en: 'Required documents' },
  documentName: { lv: 'Dokuments', en: 'Document' },
  documentNote: { lv: 'Piezīme par dokumentu', en: 'Note on the document' },
  result: { lv: 'Rezultāts', en: 'Result' },
  fee: { lv: 'Maksa', en: 'Fee' },
  feeHint: {
    lv: 'Piemēram, 14,00 (0 – bez maksas). Ja maksa nav norādīta, atstājiet tukšu.',
    en: 'For example, 14.00 (0 if free). Leave empty if the fee is not stated.',
  },
  feeKind: { lv: 'Kā lasīt summu', en: 'How to read the amount' },
  'feeKind.fixed': { lv: 'Tieši šī summa', en: 'Exactly this amount' },
  'feeKind.from': { lv: 'Sākot no šīs summas', en: 'From this amount' },
  'feeKind.varies': {
    lv: 'Atkarīga no gadījuma (summa ir piemērs; piezīmē – no kā atkarīga)',
    en: 'Depends on the case (the amount is an example; the note says on what)',
  },
  'feeKind.not_stated': { lv: 'Maksa nav norādīta', en: 'The fee is not stated' },
  feeCurrency: { lv: 'Valūta', en: 'Currency' },
  feeCurrencyHint: {
    lv: 'Trīsburtu kods, pašvaldības pakalpojumiem EUR',
    en: 'Three-letter code; EUR for the municipality’s services',
  },
  feeNote: { lv: 'Piezīme par maksu', en: 'Note on the fee' },
  processingTime: { lv: 'Izpildes termiņš', en: 'Processing time' },
  processingTimeUnit: { lv: 'Termiņa mērvienība', en: 'Unit of the processing time' },
  processingTimeBasis: { lv: 'Termiņa pamatojums', en: 'Basis of the processing time' },
  legalBasis: { lv: 'Tiesiskais pamats', en: 'Legal basis' },
  lawTitle: { lv: 'Normatīvā akta nosaukums', en: 'Title of the legal act' },
  lawUrl: { lv: 'Saite (piemēram, likumi.lv)', en: 'Link (for example likumi.lv)' },
  lawLevel: { lv: 'Akta līmenis', en: 'Level of the act' },
  legalLevel: { lv: 'Regulējuma līmenis', en: 'Level of regulation' },
  applyChannels: { lv: 'Kā pieteikties', en: 'How to apply' },
  receiveChannels: { lv: 'Kā saņemt rezultātu', en: 'How to receive the result' },
  centres: { lv: 'Centri, kuros var pieteikties klātienē', en: 'Centres where one can apply in person' },
  centresHint: {
    lv: 'Ja neizvēlas nevienu, pakalpojums pieejams visos centros. Centru sarakstu maina tikai ar jaunu standarta versiju.',
    en: 'If none is chosen, the service is available at every centre. The list changes only with a new version of the standard.',
  },
  centreException: { lv: 'Izņēmums centros (kāpēc ne visos)', en: 'Exception at centres (why not at all)' },
  onTheSpot: { lv: 'Uz vietas', en: 'On the spot' },
  onTheSpotLabel: {
    lv: 'Pakalpojumu var sniegt uzreiz, uz vietas centrā',
    en: 'The service can be provided at once, at the centre',
  },
  eserviceMaturity: { lv: 'E-pakalpojuma līmenis', en: 'E-service level' },
  eserviceUrl: { lv: 'E-pakalpojuma adrese', en: 'E-service address' },
  contact: { lv: 'Kontakti', en: 'Contact' },
  internalNotes: { lv: 'Iekšējās piezīmes darbiniekiem', en: 'Internal notes for staff' },
  internalNotesHint: { lv: 'Iedzīvotāji šīs piezīmes neredz.', en: 'Residents do not see these notes.' },
  keywords: { lv: 'Atslēgvārdi meklēšanai', en: 'Search keywords' },
  reviewDue: { lv: 'Pārskatīšanas datums', en: 'Review date' },
  validFrom: { lv: 'Spēkā no', en: 'Valid from' },
  validTo: { lv: 'Spēkā līdz', en: 'Valid to' },
  neverInForce: {
    lv: 'nav stājusies spēkā (aizstāta pirms spēkā stāšanās)',
    en: 'never in force (replaced before its first day)',
  },
  lv: { lv: 'latviski', en: 'in Latvian' },
  en: { lv: 'angliski', en: 'in English' },
  day: { lv: 'Diena', en: 'Day' },
  month: { lv: 'Mēnesis', en: 'Month' },
  year: { lv: 'Gads', en: 'Year' },
  dateHint: { lv: 'Piemēram, 31 12 2027', en: 'For example, 31 12 2027' },
  choose: { lv: 'Izvēlieties', en: 'Choose' },
  yes: { lv: 'Jā', en: 'Yes' },
  no: { lv: 'Nē', en: 'No' },
  none: { lv: 'Nav norādīts', en: 'Not given' },
  allCentres: { lv: 'Visi centri', en: 'Every centre' },
  'unit.working_days': { lv: 'darba dienas', en: 'working days' },
  'unit.calendar_days': { lv: 'kalendāra dienas', en: 'calendar days' },
  'unit.months': { lv: 'mēneši', en: 'months' },
  'unit.years': { lv: 'gadi', en: 'years' },
  'level.state': { lv: 'valsts normatīvais akts', en: 'state legal act' },
  'level.municipal': { lv: 'pašvaldības saistošie noteikumi', en: 'municipal binding regulations' },
  'regulation.state': { lv: 'valsts regulējums', en: 'state rules' },
  'regulation.municipal': { lv: 'pašvaldības regulējums', en: 'municipal rules' },
  'channel.in_person': { lv: 'klātienē pakalpojumu centrā', en: 'in person at a service centre' },
  'channel.post': { lv: 'pa pastu', en: 'by post' },
  'channel.email': { lv: 'e-pastā', en: 'by email' },
  'channel.e_address': { lv: 'e-adresē', en: 'to the official e-address' },
  'channel.portal': { lv: 'pašvaldības portālā', en: 'on the municipal portal' },
  'channel.latvija_lv': { lv: 'latvija.lv', en: 'latvija.lv' },
  'channel.telephone': { lv: 'pa tālruni', en: 'by telephone' },
  'channel.other': {
    lv: 'citā veidā (skatīt importētos kanālus)',
    en: 'another way (see the imported channels)',
  },
  'maturity.0': { lv: '0 — tikai informācija', en: '0 — information only' },
  'maturity.1': { lv: '1 — veidlapu var lejupielādēt', en: '1 — the form can be downloaded' },
  'maturity.2': {
    lv: '2 — veidlapu var iesniegt elektroniski',
    en: '2 — the form can be submitted electronically',
  },
  'maturity.3': { lv: '3 — pilnībā elektroniski', en: '3 — fully electronic' },
  'maturity.4': { lv: '4 — proaktīvs pakalpojums', en: '4 — proactive service' },
} satisfies Record<string, { lv: string; en: string }>;
export const fieldText = defineMessages(FIELD_LABELS);
export type FieldKey = Parameters<typeof fieldText>[1];

/** Everything else the standards pages say. */
export const text = defineMessages({
  'list.title': { lv: 'Pakalpojumu standarti', en: 'Service standards' },
  'list.intro': {
    lv: 'Standartu versijas, to izskatīšana un apstiprināšana, kā arī pārskatīšanas termiņi.',
    en: 'Versions of the standards, their review and approval, and review dates.',
  },
  'list.filter': { lv: 'Struktūrvienība', en: 'Unit' },
  'list.allUnits': { lv: 'Visas struktūrvienības', en: 'All units' },
  'list.apply': { lv: 'Atlasīt', en: 'Filter' },
  'list.search': { lv: 'Meklēt pēc nosaukuma vai koda', en: 'Search by name or code' },
  'list.searchHint': { lv: 'Piemēram, „pabalsts” vai „gmi”', en: 'For example, ‘benefit’ or ‘gmi’' },
  'list.code': { lv: 'Kods', en: 'Code' },
  'list.name': { lv: 'Pakalpojums', en: 'Service' },
  'list.unit': { lv: 'Struktūrvienība', en: 'Unit' },
  'list.inForce': { lv: 'Spēkā esošā versija', en: 'Version in force' },
  'list.open': { lv: 'Darbā', en: 'In progress' },
  'list.reviewDue': { lv: 'Pārskatīt līdz', en: 'Review by' },
  'list.none': { lv: 'Nav', en: 'None' },
  'list.empty': { lv: 'Nav neviena standarta.', en: 'There are no standards.' },
  'list.new': { lv: 'Jauns pakalpojums', en: 'New service' },
  'list.awaiting': { lv: 'Gaida jūsu apstiprinājumu', en: 'Awaiting your approval' },
  'due.title': { lv: 'Jāpārskata', en: 'Due for review' },
  'due.overdue': { lv: 'Nokavēts pārskatīšanas termiņš', en: 'Review date passed' },
  'due.soon': { lv: 'Jāpārskata 60 dienu laikā', en: 'Due for review within 60 days' },
  'due.nothing': { lv: 'Nav.', en: 'None.' },
  'due.missing': { lv: 'nav norādīts', en: 'not set' },
  'status.draft': { lv: 'Melnraksts', en: 'Draft' },
  'status.review': { lv: 'Izskatīšanā', en: 'In review' },
  'status.scheduled': { lv: 'Apstiprināta, stāsies spēkā', en: 'Approved, not yet in force' },
  'status.inForce': { lv: 'Spēkā', en: 'In force' },
  'status.superseded': { lv: 'Aizstāta', en: 'Superseded' },
  'status.withdrawn': { lv: 'Atsaukta', en: 'Withdrawn' },
  'status.serviceWithdrawn': { lv: 'Atsaukts', en: 'Withdrawn' },
  'status.withdrawalScheduled': { lv: 'Tiks atsaukts', en: 'To be withdrawn' },
  'standard.versions': { lv: 'Versijas', en: 'Versions' },
  'standard.version': { lv: 'Versija', en: 'Version' },
  'standard.versionN': { lv: '{n}. versija', en: 'Version {n}' },
  'standard.status': { lv: 'Statuss', en: 'Status' },
  'standard.owner': { lv: 'Atbildīgā struktūrvienība', en: 'Responsible unit' },
  'standard.start': { lv: 'Sākt jaunu versiju', en: 'Start a new version' },
  'standard.startHint': {
    lv: 'Jaunā versija tiks aizpildīta ar pēdējās apstiprinātās versijas tekstu.',
    en: 'The new version is prefilled with the text of the latest approved version.',
  },
  'standard.public': { lv: 'Publiskā lapa', en: 'Public page' },
  'standard.compare': { lv: 'Salīdzināt versijas', en: 'Compare versions' },
  'standard.compareA': { lv: 'Versija A', en: 'Version A' },
  'standard.compareB': { lv: 'Versija B', en: 'Version B' },
  'standard.compareButton': { lv: 'Salīdzināt', en: 'Compare' },
  'standard.withdraw': { lv: 'Atsaukt pakalpojumu', en: 'Withdraw the service' },
  'standard.withdrawn': {
    lv: 'Pakalpojums atsaukts no {date} Iemesls: {reason}',
    en: 'The service has been withdrawn since {date}. Reason: {reason}',
  },
  'standard.withdrawalScheduled': {
    lv: 'Pakalpojums tiks izņemts no publiskā kataloga {date} Iemesls: {reason}',
    en: 'The service will be taken out of the public catalogue on {date}. Reason: {reason}',
  },
  'standard.restore': { lv: 'Atjaunot pakalpojumu', en: 'Restore the service' },
  'standard.cancelWithdrawal': { lv: 'Atcelt atsaukšanu', en: 'Call off the withdrawal' },
  'standard.requestPending': {
    lv: '{who} {date} lūdza {what}. Lēmumu pieņem struktūrvienības vadītājs.',
    en: '{who} asked on {date} to {what}. The head of the unit decides.',
  },
  'standard.requestWhat.withdraw': {
    lv: 'atsaukt pakalpojumu no {from}',
    en: 'withdraw the service from {from}',
  },
  'standard.requestWhat.restore': { lv: 'atjaunot pakalpojumu', en: 'restore the service' },
  'standard.decide': { lv: 'Izskatīt pieprasījumu', en: 'Decide on the request' },
  'standard.requests': {
    lv: 'Atsaukšanas un atjaunošanas pieprasījumi',
    en: 'Withdrawal and restore requests',
  },
  'request.kind.withdraw': { lv: 'Atsaukt', en: 'Withdraw' },
  'request.kind.restore': { lv: 'Atjaunot', en: 'Restore' },
  'request.status.pending': { lv: 'Gaida lēmumu', en: 'Awaiting decision' },
  'request.status.approved': { lv: 'Apstiprināts', en: 'Approved' },
  'request.status.rejected': { lv: 'Noraidīts', en: 'Rejected' },
  'request.kind': { lv: 'Pieprasījums', en: 'Request' },
  'request.reason': { lv: 'Iemesls', en: 'Reason' },
  'request.from': { lv: 'No', en: 'From' },
  'request.by': { lv: 'Lūdza', en: 'Asked by' },
  'request.status': { lv: 'Lēmums', en: 'Decision' },
  'standard.comments': { lv: 'Izskatīšanas piezīmes', en: 'Review notes' },
  'standard.category': { lv: 'Kategorija', en: 'Category' },
  'standard.changeCategory': { lv: 'Mainīt kategoriju', en: 'Change the category' },
  'category.title': { lv: 'Mainīt kategoriju', en: 'Change the category' },
  'category.lead': {
    lv: 'Kategorija nosaka, kur pakalpojums atrodams publiskajā katalogā. Izmaiņa attiecas uz visām pakalpojuma versijām, ir redzama uzreiz un tiek ierakstīta audita žurnālā.',
    en: 'The category decides where the service is found in the public catalogue. The change applies to every version of the service, shows at once and is recorded in the audit trail.',
  },
  'category.current': { lv: 'Pašreizējā kategorija', en: 'Current category' },
  'category.unsorted': {
    lv: 'Pakalpojums importēts bez kategorijas. Kad izvēlēsieties kategoriju, importētās versijas darāmo darbu sarakstā šis punkts būs izpildīts.',
    en: 'The service was imported without a category. Choosing one settles that item on the imported version’s to-do list.',
  },
  'category.label': { lv: 'Jaunā kategorija', en: 'New category' },
  'category.button': { lv: 'Saglabāt kategoriju', en: 'Save the category' },
  'standard.view': { lv: 'Skatīt', en: 'View' },
  'version.edit': { lv: 'Labot', en: 'Edit' },
  'version.submit': { lv: 'Iesniegt izskatīšanai', en: 'Submit for review' },
  'version.submitHint': {
    lv: 'Pēc iesniegšanas versiju izskata un apstiprina struktūrvienības vadītājs.',
    en: 'Once submitted, the head of the unit reviews and approves the version.',
  },
  'version.approve': { lv: 'Apstiprināt', en: 'Approve' },
  'version.approveTitle': { lv: 'Apstiprināt un publicēt', en: 'Approve and publish' },
  'version.approveHint': {
    lv: 'No šī datuma iedzīvotāji redzēs jauno versiju, un iepriekšējā tiks aizstāta.',
    en: 'From this date residents see the new version, and the previous one is superseded.',
  },
  'version.return': { lv: 'Atgriezt labošanai', en: 'Return for changes' },
  'version.comment': { lv: 'Kas jālabo', en: 'What needs changing' },
  'version.ownDraft': {
    lv: 'Jūs šo versiju sagatavojāt, tāpēc to nevarat apstiprināt: to dara cits struktūrvienības vadītājs (četru acu princips).',
    en: 'You prepared this version, so you cannot approve it: another head of the unit does (the four-eyes rule).',
  },
  'version.ownSubmission': {
    lv: 'Jūs šo versiju iesniedzāt izskatīšanai, tāpēc to nevarat apstiprināt: to dara cits struktūrvienības vadītājs (četru acu princips).',
    en: 'You submitted this version for review, so you cannot approve it: another head of the unit does (the four-eyes rule).',
  },
  'version.returnedComment': {
    lv: 'Vadītājs atgrieza versiju labošanai',
    en: 'The head returned the version for changes',
  },
  'version.changesTitle': { lv: 'Izmaiņas salīdzinājumā ar {n}. versiju', en: 'Changes against version {n}' },
  'version.changesNone': {
    lv: 'Salīdzinājumā ar {n}. versiju nekas nav mainīts. Neizmainītu versiju iesniegt nevar.',
    en: 'Nothing has changed since version {n}. An unchanged version cannot be submitted.',
  },
  'version.changedFields': { lv: 'Mainīti lauki: {list}.', en: 'Changed fields: {list}.' },
  'version.untranslated': {
    lv: 'Latviešu teksts mainīts, bet angļu — nav: {list}. Pārbaudiet tulkojumu.',
    en: 'The Latvian text changed but the English did not: {list}. Check the translation.',
  },
  'version.firstVersion': {
    lv: 'Šī ir pirmā versija: nav ar ko salīdzināt.',
    en: 'This is the first version: there is nothing to compare with.',
  },
  'diff.onlyChanges': { lv: 'Rādīt tikai izmaiņas', en: 'Show only changes' },
  'diff.allFields': { lv: 'Rādīt visus laukus', en: 'Show all fields' },
  'diff.removed': { lv: 'dzēsts', en: 'removed' },
  'diff.added': { lv: 'pievienots', en: 'added' },
  'version.onlyHead': {
    lv: 'Šo versiju apstiprina vai atgriež struktūrvienības vadītājs.',
    en: 'The head of the unit approves or returns this version.',
  },
  'version.back': { lv: 'Atpakaļ uz standartu', en: 'Back to the standard' },
  'edit.title': { lv: 'Labot {n}. versiju', en: 'Edit version {n}' },
  'edit.save': { lv: 'Saglabāt', en: 'Save' },
  'edit.saved': { lv: 'Izmaiņas saglabātas.', en: 'Changes saved.' },
  'edit.addDocument': { lv: 'Pievienot vēl vienu dokumentu', en: 'Add another document' },
  'edit.addLaw': { lv: 'Pievienot vēl vienu aktu', en: 'Add another legal act' },
  'edit.documentN': { lv: '{n}. dokuments', en: 'Document {n}' },
  'edit.lawN': { lv: '{n}. normatīvais akts', en: 'Legal act {n}' },
  'edit.texts': { lv: 'Pamatinformācija', en: 'Main information' },
  'edit.feeAndTime': { lv: 'Maksa un termiņš', en: 'Fee and processing time' },
  'edit.channels': { lv: 'Pieteikšanās un saņemšana', en: 'Applying and receiving' },
  'edit.other': { lv: 'Cits', en: 'Other' },
  'compare.title': { lv: '{a}. un {b}. versijas salīdzinājums', en: 'Version {a} compared with version {b}' },
  'compare.field': { lv: 'Lauks', en: 'Field' },
  'compare.changed': { lv: 'Mainīts', en: 'Changed' },
  'compare.same': { lv: 'Nemainīts', en: 'Unchanged' },
  'compare.changedCount': { lv: 'Mainīti lauki: {n}', en: 'Changed fields: {n}' },
  'withdraw.title': { lv: 'Lūgt atsaukt pakalpojumu', en: 'Ask to withdraw the service' },
  'withdraw.lead': {
    lv: 'No norādītā datuma pakalpojums tiks izņemts no publiskā kataloga. Tā versijas paliek arhīvā. Pieprasījumu apstiprina struktūrvienības vadītājs, un to var atjaunot.',
    en: 'From the date given, the service will be taken out of the public catalogue. Its versions stay on record. The head of the unit approves the request, and the service can be restored.',
  },
  'withdraw.reason': { lv: 'Iemesls', en: 'Reason' },
  'withdraw.hint': {
    lv: 'Iedzīvotāji redzēs šo iemeslu, piemēram, „Pakalpojumu no 2027. gada sniedz valsts”.',
    en: 'Residents see this reason, for example ‘The state provides the service from 2027’.',
  },
  'withdraw.from': {
    lv: 'No kura datuma pakalpojumu vairs nesniedz',
    en: 'First day the service is no longer offered',
  },
  'withdraw.button': { lv: 'Lūgt atsaukt', en: 'Ask to withdraw' },
  'withdraw.lifeSituations': {
    lv: 'Šis pakalpojums ir soļos šajās dzīves situācijās',
    en: 'This service is a step in these life situations',
  },
  'withdraw.lifeSituationsHint': {
    lv: 'Pēc atsaukšanas pārskatiet tās: iedzīvotājiem šis solis vairs nebūs pieejams.',
    en: 'Review them after the withdrawal: residents will no longer be able to take this step.',
  },
  'withdraw.noLifeSituations': {
    lv: 'Neviena dzīves situācija nenorāda uz šo pakalpojumu.',
    en: 'No life situation points to this service.',
  },
  'restore.title': { lv: 'Lūgt atjaunot pakalpojumu', en: 'Ask to restore the service' },
  'restore.lead': {
    lv: 'Pēc vadītāja apstiprinājuma pakalpojums atkal būs publiskajā katalogā ar tā spēkā esošo versiju.',
    en: 'Once the head approves, the service is back in the public catalogue with its version in force.',
  },
  'restore.button': { lv: 'Lūgt atjaunot', en: 'Ask to restore' },
  'decide.title': { lv: 'Izskatīt pieprasījumu', en: 'Decide on the request' },
  'decide.approve': { lv: 'Apstiprināt', en: 'Approve' },
  'decide.reject': { lv: 'Noraidīt', en: 'Reject' },
  'decide.decision': { lv: 'Lēmums', en: 'Decision' },
  'decide.note': { lv: 'Piezīme (nav obligāta)', en: 'Note (optional)' },
  'decide.button': { lv: 'Saglabāt lēmumu', en: 'Save the decision' },
  'decide.ownRequest': {
    lv: 'Šo pieprasījumu iesniedzāt jūs, tāpēc par to lemj cits struktūrvienības vadītājs (četru acu princips).',
    en: 'You made this request, so another head of the unit decides on it (the four-eyes rule).',
  },
  'decide.onlyHead': {
    lv: 'Par pieprasījumu lemj struktūrvienības vadītājs.',
    en: 'The head of the unit decides on the request.',
  },
  'new.title': { lv: 'Jauns pakalpojums', en: 'New service' },
  'new.code': { lv: 'Pakalpojuma kods', en: 'Service code' },
  'new.codeHint': {
    lv: 'Nemainīgs identifikators adresē, piemēram, dzives-vietas-deklaresana',
    en: 'A stable identifier used in addresses, for example dzives-vietas-deklaresana',
  },
  'new.category': { lv: 'Kategorija', en: 'Category' },
  'new.create': { lv: 'Izveidot melnrakstu', en: 'Create the draft' },
  'refused.title': { lv: 'Darbību nevar veikt', en: 'This cannot be done' },
  'refused.openVersionExists': {
    lv: 'Šim pakalpojumam jau ir versija darbā ({n}. versija). Vienlaikus var būt tikai viena.',
    en: 'This service already has a version in progress (version {n}). There can be only one at a time.',
  },
  'refused.notEditable': {
    lv: '{n}. versija vairs nav melnraksts, tāpēc to nevar labot. Publicētas un aizstātas versijas nemaina — sāciet jaunu versiju.',
    en: 'Version {n} is no longer a draft, so it cannot be edited. Published and superseded versions never change — start a new version.',
  },
  'refused.notInDraft': {
    lv: '{n}. versija nav melnraksts, tāpēc to nevar iesniegt.',
    en: 'Version {n} is not a draft, so it cannot be submitted.',
  },
  'refused.notInReview': {
    lv: '{n}. versija nav izskatīšanā, tāpēc to nevar apstiprināt vai atgriezt.',
    en: 'Version {n} is not in review, so it cannot be approved or returned.',
  },
  'refused.incomplete': {
    lv: '{n}. versija nav pilnībā aizpildīta. Atveriet labošanu un izlabojiet norādītos laukus.',
    en: 'Version {n} is not complete. Open it for editing and correct the fields shown.',
  },
  'refused.importTodo': {
    lv: '{n}. versija ir importēta, un tās darāmo darbu saraksts vēl nav izpildīts. Atveriet labošanu, aizpildiet trūkstošo un saglabājiet versiju.',
    en: 'Version {n} was imported and its to-do list is not done yet. Open it for editing, complete what is missing and save it.',
  },
  'import.todoTitle': { lv: 'Importētai versijai jāpapildina', en: 'This imported version still needs' },
  'import.todoHint': {
    lv: 'Versiju var iesniegt apstiprināšanai, kad viss saraksts ir izpildīts: aizpildiet un saglabājiet versiju, un kategoriju izvēlieties pakalpojuma lapā.',
    en: "The version can be submitted for approval once everything on this list is done: complete and save the version, and choose the category on the service's page.",
  },
  'import.chooseCategory': { lv: 'Izvēlēties kategoriju', en: 'Choose the category' },
  'import.title': { lv: 'Importēts no CPSV-AP datnes', en: 'Imported from a CPSV-AP file' },
  'import.source': { lv: 'Avota IRI', en: 'Source IRI' },
  'import.publisher': { lv: 'Publicētājs', en: 'Publisher' },
  'import.costs': { lv: 'Maksas', en: 'Costs' },
  'import.channels': { lv: 'Kanāli', en: 'Channels' },
  'import.contacts': { lv: 'Kontaktpunkti', en: 'Contact points' },
  'import.texts': { lv: 'Teksti citās valodās', en: 'Texts in other languages' },
  'import.other': { lv: 'Cits no datnes', en: 'More from the file' },
  'import.unmapped': { lv: 'Neattēlotie trīskārši ({n})', en: 'Triples not mapped ({n})' },
  'import.notStated': { lv: 'nav norādīta', en: 'not stated' },
  'refused.withdrawn': { lv: 'Pakalpojums ir atsaukts.', en: 'The service has been withdrawn.' },
  'refused.alreadyWithdrawn': {
    lv: 'Pakalpojums jau ir atsaukts.',
    en: 'The service has already been withdrawn.',
  },
  'refused.notWithdrawn': { lv: 'Pakalpojums nav atsaukts.', en: 'The service has not been withdrawn.' },
  'refused.unchanged': {
    lv: '{n}. versija neatšķiras no iepriekšējās apstiprinātās versijas. Izlabojiet to vai neiesniedziet.',
    en: 'Version {n} does not differ from the previous approved version. Change it, or do not submit it.',
  },
  'refused.ownDraft': {
    lv: 'Jūs {n}. versiju sagatavojāt, tāpēc to nevarat apstiprināt: to dara cits struktūrvienības vadītājs (četru acu princips).',
    en: 'You prepared version {n}, so you cannot approve it: another head of the unit does (the four-eyes rule).',
  },
  'refused.ownSubmission': {
    lv: 'Jūs {n}. versiju iesniedzāt izskatīšanai, tāpēc to nevarat apstiprināt: to dara cits struktūrvienības vadītājs (četru acu princips).',
    en: 'You submitted version {n} for review, so you cannot approve it: another head of the unit does (the four-eyes rule).',
  },
  'refused.requestPending': {
    lv: 'Šim pakalpojumam jau ir pieprasījums, kas gaida lēmumu.',
    en: 'This service already has a request awaiting a decision.',
  },
  'refused.requestDecided': {
    lv: 'Par šo pieprasījumu jau ir lemts.',
    en: 'This request has already been decided.',
  },
  'refused.ownRequest': {
    lv: 'Par paša iesniegtu pieprasījumu lemj cits struktūrvienības vadītājs (četru acu princips).',
    en: 'Another head of the unit decides on a request you made (the four-eyes rule).',
  },
  'refused.nothingChanged': { lv: 'Nekas netika mainīts.', en: 'Nothing was changed.' },
  'done.submitted': { lv: 'Versija iesniegta izskatīšanai.', en: 'The version was submitted for review.' },
  'done.approved': {
    lv: 'Versija apstiprināta. Iedzīvotāji to redzēs no norādītā spēkā stāšanās datuma.',
    en: 'The version was approved. Residents see it from the date it takes effect.',
  },
  'done.returned': { lv: 'Versija atgriezta labošanai.', en: 'The version was returned for changes.' },
  'done.withdrawn': { lv: 'Pakalpojums atsaukts.', en: 'The service was withdrawn.' },
  'done.requested': {
    lv: 'Pieprasījums nosūtīts struktūrvienības vadītājam.',
    en: 'The request was sent to the head of the unit.',
  },
  'done.decided': { lv: 'Lēmums saglabāts.', en: 'The decision was saved.' },
  'done.category': { lv: 'Kategorija saglabāta.', en: 'The category was saved.' },
  'done.created': {
    lv: 'Pakalpojums izveidots. Aizpildiet tā standartu.',
    en: 'The service was created. Fill in its standard.',
  },
  'success.title': { lv: 'Izdevās', en: 'Success' },
});
export type TextKey = Parameters<typeof text>[1];

/** The label of a form field by its input id ("description-lv", "doc-2-name"), if it has one. */
function labelOfField(locale: Locale, field: string): string | undefined {
  const lang = /-(lv|en)$/.exec(field)?.[1] as 'lv' | 'en' | undefined;
  const base = (lang ? field.slice(0, -3) : field).replace(/-day$/, '');
  // A row's field is labelled as its kind: "doc-2-name" → documentName, "law-0-url" → lawUrl.
  const key = base.replace(
    /^(doc|law)-\d+-(\w)(\w*)$/,
    (_, row: string, first: string, rest: string) =>
      `${row === 'doc' ? 'document' : 'law'}${first.toUpperCase()}${rest}`,
  );
  if (!Object.hasOwn(FIELD_LABELS, key)) return undefined;
  const label = fieldText(locale, key as FieldKey);
  return lang ? `${label} (${fieldText(locale, lang)})` : label;
}

const namedErrors = defineMessages({
  required: { lv: 'Aizpildiet lauku „{label}”', en: 'Fill in ‘{label}’' },
  changedMeanwhile: {
    lv: 'Kamēr labojāt, kāds cits saglabāja citu lauka „{label}” vērtību: pārbaudiet to un saglabājiet vēlreiz',
    en: 'While you were editing, someone else saved another value of ‘{label}’: check it and save again',
  },
});

/** A field's error message, naming the field where it can („Aizpildiet lauku „Nosaukums (latviski)””). */
export function fieldErrorMessage(locale: Locale, key: string, field: string): string {
  const label = key === 'required' || key === 'changedMeanwhile' ? labelOfField(locale, field) : undefined;
  return label
    ? namedErrors(locale, key as 'required' | 'changedMeanwhile', { label })
    : errorMessage(locale, key);
}
