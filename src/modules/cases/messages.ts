import { defineMessages, formatDate, type Locale } from '../../platform/i18n';
import { NAME_MISMATCH } from '../../platform/uploads/service';
import { PERSONAL_CODE_EXAMPLE } from '../parties/identifiers';
import type {
  ActionType,
  CaseChannel,
  CaseStatus,
  Decision,
  DeliveryChannel,
  DueState,
  IssuedHow,
} from './types';

type Text = { lv: string; en: string };

export const STATUS: Record<CaseStatus, Text> = {
  registered: { lv: 'Reģistrēta', en: 'Registered' },
  forwarded: { lv: 'Pārsūtīta', en: 'Forwarded' },
  in_progress: { lv: 'Izskatīšanā', en: 'In progress' },
  awaiting_applicant: { lv: 'Gaida iesniedzēju', en: 'Awaiting the applicant' },
  decided: { lv: 'Izlemta', en: 'Decided' },
  ready_for_issue: { lv: 'Gatava izsniegšanai', en: 'Ready for issue' },
  issued: { lv: 'Izsniegta', en: 'Issued' },
  rejected: { lv: 'Noraidīta', en: 'Rejected' },
  withdrawn: { lv: 'Atsaukta', en: 'Withdrawn' },
};

/** The status as a heading for the resident (not the staff's word for the case, „Gaida iesniedzēju”). */
export const PUBLIC_STATUS_TITLE: Record<CaseStatus, Text> = {
  registered: { lv: 'Iesniegums reģistrēts', en: 'Application registered' },
  forwarded: { lv: 'Iesniegums pārsūtīts', en: 'Application forwarded' },
  in_progress: { lv: 'Iesniegumu izskata', en: 'Being considered' },
  awaiting_applicant: { lv: 'Vajadzīga jūsu informācija', en: 'We need information from you' },
  decided: { lv: 'Lēmums pieņemts', en: 'Decision made' },
  ready_for_issue: { lv: 'Rezultāts gatavs', en: 'Result ready' },
  issued: { lv: 'Rezultāts izsniegts', en: 'Result issued' },
  rejected: { lv: 'Iesniegums noraidīts', en: 'Application rejected' },
  withdrawn: { lv: 'Iesniegums atsaukts', en: 'Application withdrawn' },
};

/** The status in plain words for the resident. */
export const PUBLIC_STATUS: Record<CaseStatus, Text> = {
  registered: {
    lv: 'Jūsu iesniegums ir saņemts un reģistrēts.',
    en: 'Your application has been received and registered.',
  },
  forwarded: {
    lv: 'Jūsu iesniegums ir nosūtīts iestādei, kas to izlemj.',
    en: 'Your application has been sent on to the institution that decides it.',
  },
  in_progress: { lv: 'Jūsu iesniegumu izskata.', en: 'Your application is being considered.' },
  awaiting_applicant: {
    lv: 'Lai turpinātu, mums no jums vajag papildu informāciju.',
    en: 'We need more information from you to continue.',
  },
  decided: {
    lv: 'Lēmums ir pieņemts; to drīz varēs saņemt.',
    en: 'A decision has been made; you can receive it soon.',
  },
  ready_for_issue: { lv: 'Rezultāts ir gatavs saņemšanai.', en: 'The result is ready for you.' },
  issued: { lv: 'Rezultāts ir izsniegts.', en: 'The result has been issued.' },
  rejected: { lv: 'Iesniegums ir noraidīts.', en: 'The application was rejected.' },
  withdrawn: { lv: 'Iesniegums ir atsaukts.', en: 'The application was withdrawn.' },
};

export const CHANNEL: Record<CaseChannel, Text> = {
  in_person: { lv: 'Klātienē', en: 'In person' },
  post: { lv: 'Pa pastu', en: 'By post' },
  email: { lv: 'E-pastā', en: 'By email' },
  e_address: { lv: 'E-adresē', en: 'To the e-address' },
  portal: { lv: 'Portālā', en: 'Portal' },
  latvija_lv: { lv: 'Latvija.lv', en: 'Latvija.lv' },
  api: { lv: 'Saskarnē (API)', en: 'Through the API' },
};

export const DESK_CHANNELS: CaseChannel[] = ['in_person', 'post', 'email', 'e_address'];

export const DELIVERY: Record<DeliveryChannel, Text> = {
  centre: { lv: 'Klātienē izvēlētajā centrā', en: 'In person at a chosen centre' },
  post: { lv: 'Pa pastu', en: 'By post' },
  email: { lv: 'E-pastā', en: 'By email' },
  e_address: { lv: 'E-adresē', en: 'To the e-address' },
  download: { lv: 'Lejupielādēt ar piekļuves kodu', en: 'Download with the access code' },
};

/** How a result was actually issued, for the resident. */
export const ISSUED: Record<IssuedHow, Text> = {
  in_person: { lv: 'Izsniegts klātienē', en: 'Handed over in person' },
  post: { lv: 'Nosūtīts pa pastu', en: 'Sent by post' },
  electronic: {
    lv: 'Elektroniski: lejupielādējiet to zemāk',
    en: 'Electronically: download it below',
  },
};

export const DECISION: Record<Decision, Text> = {
  granted: { lv: 'Piešķirts', en: 'Granted' },
  partly: { lv: 'Daļēji piešķirts', en: 'Partly granted' },
  refused: { lv: 'Atteikts', en: 'Refused' },
};

export const ACTION: Record<ActionType, Text> = {
  assign: { lv: 'Piešķirt izpildītāju', en: 'Assign' },
  reroute: { lv: 'Pārvirzīt citai struktūrvienībai', en: 'Re-route to another unit' },
  forward: { lv: 'Pārsūtīt kompetentajai iestādei', en: 'Forward to the competent institution' },
  request_info: { lv: 'Pieprasīt papildu informāciju', en: 'Request more information' },
  info_received: { lv: 'Informācija saņemta', en: 'Information received' },
  suspend: { lv: 'Apturēt', en: 'Suspend' },
  extend: { lv: 'Pagarināt termiņu', en: 'Extend the deadline' },
  decide: { lv: 'Pieņemt lēmumu', en: 'Decide' },
  ready_for_issue: { lv: 'Gatavs izsniegšanai', en: 'Ready for issue' },
  issue: { lv: 'Izsniegt', en: 'Issue' },
  withdraw: { lv: 'Atsaukt (pēc iesniedzēja lūguma)', en: 'Withdraw (at the applicant’s request)' },
  reject: { lv: 'Noraidīt', en: 'Reject' },
};

/** What happened, for the history: every action, and what the registry itself records. */
export const EVENT: Record<string, Text> = {
  registered: { lv: 'Reģistrēts', en: 'Registered' },
  access_code_reissued: { lv: 'Izsniegts jauns piekļuves kods', en: 'New access code issued' },
  correspondence_registered: {
    lv: 'Reģistrēta saistīta korespondence',
    en: 'Related correspondence registered',
  },
  assign: { lv: 'Piešķirts izpildītājs', en: 'Assigned' },
  reroute: { lv: 'Pārvirzīts citai struktūrvienībai', en: 'Re-routed' },
  forward: { lv: 'Pārsūtīts kompetentajai iestādei', en: 'Forwarded to the competent institution' },
  request_info: { lv: 'Pieprasīta papildu informācija', en: 'More information requested' },
  info_received: { lv: 'Saņemta papildu informācija', en: 'Information received' },
  suspend: { lv: 'Izskatīšana apturēta', en: 'Suspended' },
  extend: { lv: 'Termiņš pagarināts', en: 'Deadline extended' },
  decide: { lv: 'Pieņemts lēmums', en: 'Decided' },
  ready_for_issue: { lv: 'Gatavs izsniegšanai', en: 'Ready for issue' },
  issue: { lv: 'Izsniegts', en: 'Issued' },
  withdraw: { lv: 'Atsaukts', en: 'Withdrawn' },
  reject: { lv: 'Noraidīts', en: 'Rejected' },
};

export const DUE: Record<DueState, Text> = {
  ok: { lv: 'Termiņā', en: 'On time' },
  due_soon: { lv: 'Drīz termiņš', en: 'Due soon' },
  overdue: { lv: 'Nokavēta', en: 'Overdue' },
  paused: { lv: 'Termiņš apturēts', en: 'Clock paused' },
  closed: { lv: 'Pabeigta', en: 'Closed' },
};

export function label(map: Record<string, Text>, key: string, locale: Locale): string {
  return map[key]?.[locale] ?? key;
}

/** Field error messages: what the schemas and the domain's problem codes say, naming the field. */
const ERRORS = {
  required: { lv: 'Aizpildiet lauku „{field}”', en: 'Enter {field}' },
  invalid: { lv: 'Pārbaudiet lauku „{field}”', en: 'Check {field}' },
  choose: { lv: 'Izvēlieties „{field}”', en: 'Choose {field}' },
  personal_code_invalid: {
    lv: `Personas kods nav derīgs: ievadiet 11 ciparus, piemēram, ${PERSONAL_CODE_EXAMPLE}`,
    en: `The personal code is not valid: enter 11 digits, for example ${PERSONAL_CODE_EXAMPLE}`,
  },
  registration_number_invalid: {
    lv: 'Reģistrācijas numurs nav derīgs: ievadiet 11 ciparus',
    en: 'The registration number is not valid: enter 11 digits',
  },
  birth_date_invalid: {
    lv: 'Ievadiet pareizu dzimšanas datumu, piemēram, 31.12.1980.',
    en: 'Enter a real date of birth, for example 31.12.1980',
  },
  email_invalid: {
    lv: 'Ievadiet e-pasta adresi pareizā formā, piemēram, vards@example.lv',
    en: 'Enter an email address in the correct format, like name@example.com',
  },
  unknown_service: {
    lv: 'Šāds pakalpojums nav atrasts: izvēlieties to no meklēšanas rezultātiem',
    en: 'No such service: choose it from the search results',
  },
  version_not_in_force: {
    lv: 'Pakalpojuma standarta versija vairs nav spēkā: izvēlieties pakalpojumu vēlreiz',
    en: 'The version of the standard is no longer in force: choose the service again',
  },
  channel_not_allowed: {
    lv: 'Šim pakalpojumam nevar pieteikties izvēlētajā veidā',
    en: 'This service cannot be applied for this way',
  },
  delivery_not_allowed: {
    lv: 'Šī pakalpojuma rezultātu nevar saņemt izvēlētajā veidā',
    en: 'The result of this service cannot be received this way',
  },
  centre_unknown: { lv: 'Izvēlieties centru no saraksta', en: 'Choose a centre from the list' },
  file_too_large: {
    lv: 'Fails „{file}” ir par lielu: ne vairāk kā {max} MB',
    en: 'The file ‘{file}’ is too large: at most {max} MB',
  },
  file_type_not_allowed: {
    lv: 'Fails „{file}” nav atļautā formātā (PDF, JPG, PNG, TIFF, DOCX, ODT, EDOC)',
    en: 'The file ‘{file}’ is not an allowed type (PDF, JPG, PNG, TIFF, DOCX, ODT, EDOC)',
  },
  file_empty: { lv: 'Fails „{file}” ir tukšs', en: 'The file ‘{file}’ is empty' },
  file_name_mismatch: NAME_MISMATCH,
  too_many_files: { lv: 'Pievienojiet ne vairāk kā 10 failus', en: 'Attach no more than 10 files' },
  date_invalid: {
    lv: 'Ievadiet pareizu datumu, piemēram, 31.12.2026.',
    en: 'Enter a real date, for example 31.12.2026',
  },
  date_in_future: { lv: 'Datums nevar būt nākotnē', en: 'The date cannot be in the future' },
  date_before_received: {
    lv: 'Rezultātu nevar nosūtīt pirms iesnieguma saņemšanas: pārbaudiet datumu',
    en: 'The result cannot have been posted before the application was received: check the date',
  },
  unit_unknown: { lv: 'Izvēlieties struktūrvienību no saraksta', en: 'Choose a unit from the list' },
  assignee_unknown: { lv: 'Izvēlieties izpildītāju no saraksta', en: 'Choose a person from the list' },
  due_beyond_maximum: {
    lv: 'Jaunais termiņš pārsniedz likumā atļauto maksimālo termiņu',
    en: 'The new deadline is beyond the maximum the law allows',
  },
  due_not_later: {
    lv: 'Jaunajam termiņam jābūt vēlākam par pašreizējo',
    en: 'The new deadline must be later than the current one',
  },
  due_not_working_day: {
    lv: '{day} nav darba diena: termiņš nevar beigties brīvdienā vai svētku dienā. Tuvākā darba diena ir {next}',
    en: '{day} is not a working day: a deadline cannot end on a weekend or public holiday. The next working day is {next}',
  },
  not_on_the_spot: {
    lv: 'Šo pakalpojumu nevar izpildīt uz vietas',
    en: 'This service cannot be done on the spot',
  },
  party_unknown: {
    lv: 'Persona nav atrasta: ievadiet datus vēlreiz',
    en: 'The person was not found: enter the details again',
  },
  foreigner_unknown: {
    lv: 'Ārzemnieks ar šo dokumenta numuru un dzimšanas datumu nav zināms: pārbaudiet abus vai atstājiet laukus tukšus',
    en: 'No foreigner is known by this document number and date of birth: check both, or leave the fields empty',
  },
  party_one_way: {
    lv: 'Ievadiet vai nu personas kodu, vai dokumenta numuru un dzimšanas datumu, ne abus',
    en: 'Enter either the personal code, or the document number and date of birth, not both',
  },
  same_as_applicant: {
    lv: 'Pārstāvis nevar būt pats iesniedzējs: ja iesniedzējs iesniedz pats, atstājiet pārstāvja laukus tukšus',
    en: 'The representative cannot be the applicant: if the applicant applies for themselves, leave the representative’s fields empty',
  },
  stale: {
    lv: 'Kamēr aizpildījāt veidlapu, lietu mainīja kāds cits (tagad: {status}). Pārbaudiet lietas stāvokli un iesniedziet vēlreiz — ievadītais ir saglabāts.',
    en: 'Someone else changed the case while you were filling in the form (now: {status}). Check the case and submit again — what you typed is kept.',
  },
  not_allowed: {
    lv: 'Darbību „{action}” nevar veikt, kad lietas statuss ir „{status}”',
    en: '‘{action}’ cannot be done while the case is ‘{status}’',
  },
  forbidden: {
    lv: 'Jūsu lomai nav atļauts veikt darbību „{action}” šajā lietā',
    en: 'Your role may not do ‘{action}’ on this case',
  },
  tracking: {
    lv: 'Reģistrācijas numurs vai piekļuves kods nav pareizs. Pārbaudiet abus un mēģiniet vēlreiz.',
    en: 'The registration number or the access code is not right. Check both and try again.',
  },
  rateLimited: {
    lv: 'Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc brīža.',
    en: 'Too many attempts. Try again in a while.',
  },
} satisfies Record<string, Text>;

export type ErrorKey = keyof typeof ERRORS;
export const errorText = defineMessages(ERRORS);

export function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(ERRORS, key);
}

/** Labels of the fields (also used inside field errors). */
export const FIELD = {
  q: { lv: 'Pakalpojums', en: 'Service' },
  serviceVersionId: { lv: 'Pakalpojums', en: 'Service' },
  channel: { lv: 'Kā iesniegums saņemts', en: 'How the application came in' },
  centre: { lv: 'Centrs', en: 'Centre' },
  receivedOn: { lv: 'Saņemšanas datums', en: 'Date received' },
  'applicant-kind': { lv: 'Iesniedzējs ir', en: 'The applicant is' },
  'applicant-code': {
    lv: 'Personas kods vai reģistrācijas numurs',
    en: 'Personal code or registration number',
  },
  'applicant-name': { lv: 'Vārds, uzvārds vai nosaukums', en: 'Name' },
  'applicant-birthDate': { lv: 'Dzimšanas datums', en: 'Date of birth' },
  'applicant-document': {
    lv: 'Personu apliecinoša dokumenta numurs',
    en: 'Identity document number',
  },
  'applicant-email': { lv: 'E-pasts', en: 'Email' },
  'applicant-phone': { lv: 'Tālrunis', en: 'Phone' },
  'applicant-address': { lv: 'Pasta adrese', en: 'Postal address' },
  'applicant-language': { lv: 'Saziņas valoda', en: 'Language for letters and e-mail' },
  'applicant-consent': {
    lv: 'Piekrīt saņemt dokumentus oficiālajā e-adresē',
    en: 'Agrees to receive documents at the official e-address',
  },
  'representative-code': {
    lv: 'Pārstāvja personas kods vai reģistrācijas numurs',
    en: 'Representative’s personal code or registration number',
  },
  'representative-birthDate': { lv: 'Pārstāvja dzimšanas datums', en: 'Representative’s date of birth' },
  'representative-document': {
    lv: 'Pārstāvja personu apliecinoša dokumenta numurs',
    en: 'Representative’s identity document number',
  },
  'representative-name': { lv: 'Pārstāvja vārds, uzvārds vai nosaukums', en: 'Representative’s name' },
  'representative-email': { lv: 'Pārstāvja e-pasts', en: 'Representative’s email' },
  'representative-phone': { lv: 'Pārstāvja tālrunis', en: 'Representative’s phone' },
  'representative-address': { lv: 'Pārstāvja pasta adrese', en: 'Representative’s postal address' },
  'representative-language': {
    lv: 'Pārstāvja saziņas valoda',
    en: 'Representative’s language for letters and e-mail',
  },
  'representative-basis': { lv: 'Pārstāvības pamats', en: 'Basis of representation' },
  summary: { lv: 'Iesnieguma būtība', en: 'What the application asks for' },
  received: { lv: 'Saņemtie dokumenti', en: 'Documents received' },
  documents: { lv: 'Skenētie dokumenti', en: 'Scanned documents' },
  delivery: { lv: 'Kā saņemt rezultātu', en: 'How to receive the result' },
  deliveryCentre: { lv: 'Centrs, kurā saņemt rezultātu', en: 'Centre where the result is collected' },
  correspondent: { lv: 'Sūtītājs vai saņēmējs', en: 'Sender or recipient' },
  direction: { lv: 'Vēstule', en: 'The letter was' },
  subject: { lv: 'Temats', en: 'Subject' },
  caseNumber: { lv: 'Saistītās lietas numurs', en: 'Number of the related case' },
  reason: { lv: 'Pamatojums', en: 'Reason' },
  message: { lv: 'Ziņa iesniedzējam', en: 'Message to the applicant' },
  note: { lv: 'Piezīme', en: 'Note' },
  assigneeId: { lv: 'Izpildītājs', en: 'Assignee' },
  unitCode: { lv: 'Struktūrvienība', en: 'Unit' },
  institution: { lv: 'Iestāde', en: 'Institution' },
  newDueOn: { lv: 'Jaunais termiņš', en: 'New deadline' },
  decision: { lv: 'Lēmums', en: 'Decision' },
  document: { lv: 'Lēmuma dokuments', en: 'Decision document' },
  how: { lv: 'Kā izsniegts', en: 'How it was issued' },
  postedOn: { lv: 'Nosūtīšanas datums', en: 'Date posted' },
  number: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
  code: { lv: 'Piekļuves kods', en: 'Access code' },
  topic: { lv: 'Temats (ja nav pakalpojuma)', en: 'Topic (if not a service)' },
  service: { lv: 'Pakalpojums, par kuru jautāja', en: 'Service asked about' },
  minutes: { lv: 'Ilgums, minūtes', en: 'Duration, minutes' },
  partyCode: { lv: 'Personas kods', en: 'Personal code' },
  partyDocument: { lv: 'Personu apliecinoša dokumenta numurs', en: 'Identity document number' },
  partyBirthDate: { lv: 'Dzimšanas datums', en: 'Date of birth' },
} satisfies Record<string, Text>;

export type FieldKey = keyof typeof FIELD;

export function fieldLabel(locale: Locale, field: string): string {
  if (Object.hasOwn(FIELD, field)) return FIELD[field as FieldKey][locale];
  // A case-page action form names its inputs {action}-{field}.
  const plain = field.replace(/^[a-z_]+-/, '');
  return Object.hasOwn(FIELD, plain) ? FIELD[plain as FieldKey][locale] : field;
}

/** One message for a field problem: the domain's code or a schema's key, naming the field. */
export function problemMessage(
  locale: Locale,
  field: string,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const k: ErrorKey = isErrorKey(key) ? key : 'invalid';
  const name = fieldLabel(locale, field);
  const shown = Object.fromEntries(
    Object.entries(params).map(([p, v]) => [
      p,
      typeof v === 'string' && DAY.test(v) ? dayText(locale, v) : v,
    ]),
  );
  return errorText(locale, k, { field: locale === 'en' ? name.toLocaleLowerCase('en') : name, ...shown });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAY: Record<Locale, Intl.DateTimeFormat> = {
  lv: new Intl.DateTimeFormat('lv-LV', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
};

/** A day with its weekday, as a message names it: 05.12.2026. (sestdiena), 5 December 2026 (Saturday). */
export function dayText(locale: Locale, day: string): string {
  const weekday = WEEKDAY[locale].format(new Date(`${day}T12:00:00Z`));
  return `${formatDate(day, locale)} (${locale === 'lv' ? weekday.toLocaleLowerCase('lv') : weekday})`;
}
