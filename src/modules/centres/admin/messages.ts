import { defineMessages, type Locale } from '../../../platform/i18n';
import { commonFieldError } from '../../../platform/web/form-schema';

const ERRORS = {
  time: { lv: 'Ievadiet laiku formā SS:MM, piemēram, 08:30', en: 'Enter a time as HH:MM, for example 08:30' },
  closesBeforeOpens: {
    lv: 'Slēgšanas laikam jābūt vēlākam par atvēršanas laiku',
    en: 'The closing time must be after the opening time',
  },
  weekday: { lv: 'Izvēlieties nedēļas dienu', en: 'Choose a day of the week' },
  overlaps: {
    lv: 'Šis laiks pārklājas ar citu tās pašas dienas rindu. Pārbaudiet dienu un laikus',
    en: 'These hours overlap another row of the same day. Check the day and the times',
  },
  weeks: {
    lv: 'Ievadiet nedēļu numurus no 1 līdz 5, atdalot ar komatu, vai atstājiet tukšu',
    en: 'Enter week numbers from 1 to 5 separated by commas, or leave it empty',
  },
  exceptionKind: {
    lv: 'Izvēlieties, vai centrs ir slēgts vai strādā citā laikā',
    en: 'Choose closed or different hours',
  },
  postalCode: {
    lv: 'Ievadiet pasta indeksu, piemēram, LV-5447',
    en: 'Enter a postcode, for example LV-5447',
  },
  phone: {
    lv: 'Ievadiet tālruņa numuru, piemēram, +371 65462383',
    en: 'Enter a phone number, for example +371 65462383',
  },
  email: {
    lv: 'Ievadiet e-pasta adresi, piemēram, centrs@example.lv',
    en: 'Enter an email address, for example centre@example.lv',
  },
  past: {
    lv: 'Datums nevar būt pagātnē: izmaiņu var pievienot no šodienas',
    en: 'The date cannot be in the past: add a change from today on',
  },
  duplicate: {
    lv: 'Šim datumam izmaiņa jau ir. Lai to mainītu, vispirms dzēsiet esošo izmaiņu',
    en: 'There is already a change on this date. To change it, delete the existing one first',
  },
} satisfies Record<string, { lv: string; en: string }>;

const errorText = defineMessages(ERRORS);

/** Messages that only make sense with the field's name in them ("Aizpildiet lauku „Piezīme (angliski)”"). */
const NAMED = defineMessages({
  required: { lv: 'Aizpildiet lauku „{field}”', en: 'Fill in ‘{field}’' },
  tooLong: { lv: 'Lauka „{field}” teksts ir par garu', en: 'The text in ‘{field}’ is too long' },
  invalid: { lv: 'Pārbaudiet lauku „{field}”', en: 'Check ‘{field}’' },
  rowPrefix: { lv: '{row}: {message}', en: '{row}: {message}' },
});

const LABELS = {
  'name-lv': { lv: 'Nosaukums (latviski)', en: 'Name (Latvian)' },
  'name-en': { lv: 'Nosaukums (angliski)', en: 'Name (English)' },
  address: { lv: 'Adrese', en: 'Address' },
  postalCode: { lv: 'Pasta indekss', en: 'Postcode' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  email: { lv: 'E-pasts', en: 'Email' },
  'note-lv': { lv: 'Piezīme (latviski)', en: 'Note (Latvian)' },
  'note-en': { lv: 'Piezīme (angliski)', en: 'Note (English)' },
  'day-day': { lv: 'Datums', en: 'Date' },
  closed: { lv: 'Kas mainās', en: 'What changes' },
  opens: { lv: 'No', en: 'Opens' },
  closes: { lv: 'Līdz', en: 'Closes' },
  weekday: { lv: 'Diena', en: 'Day' },
  weeks: { lv: 'Tikai mēneša nedēļās', en: 'Only in weeks of the month' },
  row: { lv: '{n}. rinda', en: 'Row {n}' },
} satisfies Record<string, { lv: string; en: string }>;
type LabelKey = keyof typeof LABELS;
const label = defineMessages(LABELS);
const HOURS_ROW = /^h-(\d+)-(weekday|opens|closes|weeks)$/;

/** The visible name of a form field, by its input id (weekly rows are "h-{row}-{field}"). */
export function fieldLabel(locale: Locale, field: string): string {
  const row = HOURS_ROW.exec(field);
  if (row) {
    const q = locale === 'lv' ? ['„', '”'] : ['‘', '’'];
    return `${label(locale, 'row', { n: Number(row[1]) + 1 })}, ${q[0]}${label(locale, row[2] as LabelKey)}${q[1]}`;
  }
  return Object.hasOwn(LABELS, field) ? label(locale, field as LabelKey) : field;
}

const GENERIC = new Set(['required', 'tooLong', 'invalid']);

/** A field's message: generic ones name the field; a row of the weekly hours says which row. */
export function centreErrorMessage(locale: Locale, key: string, field = ''): string {
  const known = Object.hasOwn(ERRORS, key) || key === 'date' || key === 'dateRequired';
  if (GENERIC.has(key) || !known) {
    return NAMED(locale, GENERIC.has(key) ? (key as 'required') : 'invalid', {
      field: fieldLabel(locale, field),
    });
  }
  const message = Object.hasOwn(ERRORS, key)
    ? errorText(locale, key as keyof typeof ERRORS)
    : commonFieldError(locale, key);
  const row = HOURS_ROW.exec(field);
  return row
    ? NAMED(locale, 'rowPrefix', { row: label(locale, 'row', { n: Number(row[1]) + 1 }), message })
    : message;
}

export const text = defineMessages({
  'list.title': { lv: 'Pakalpojumu centri', en: 'Service centres' },
  'list.intro': {
    lv: 'Centru kontaktinformācija, darba laiks un izmaiņas. Katram centram jābūt atvērtam līdz 19:00 vismaz divus vakarus mēnesī.',
    en: 'Contact details, opening hours and changes of the centres. Every centre must be open until 19:00 on at least two evenings a month.',
  },
  'list.name': { lv: 'Centrs', en: 'Centre' },
  'list.address': { lv: 'Adrese', en: 'Address' },
  'list.evenings': { lv: 'Vakari līdz 19:00', en: 'Evenings until 19:00' },
  'list.ok': { lv: 'Atbilst', en: 'Met' },
  'list.notOk': { lv: 'Neatbilst', en: 'Not met' },
  'evening.warning': {
    lv: 'Centrs „{centre}” {months} nav atvērts līdz 19:00 vismaz divus vakarus mēnesī.',
    en: 'The centre ‘{centre}’ is not open until 19:00 on at least two evenings a month in {months}.',
  },
  'evening.consequence': {
    lv: 'Pēc šīs izmaiņas centrs „{centre}” nebūs atvērts līdz 19:00 vismaz divus vakarus mēnesī — {months}. Centriem jābūt atvērtiem līdz 19:00 vismaz divus vakarus katru mēnesi.',
    en: 'After this change the centre ‘{centre}’ will not be open until 19:00 on at least two evenings a month in {months}. Centres must be open until 19:00 on at least two evenings every month.',
  },
  'evening.confirmHint': {
    lv: 'Nekas vēl nav saglabāts. Labojiet laukus vai, ja tas ir apzināti, apstipriniet.',
    en: 'Nothing has been saved yet. Correct the fields or, if this is intended, confirm.',
  },
  'evening.saveAnyway': { lv: 'Saglabāt tomēr', en: 'Save anyway' },
  'evening.addAnyway': { lv: 'Pievienot tomēr', en: 'Add anyway' },
  'evening.deleteAnyway': { lv: 'Dzēst tomēr', en: 'Delete anyway' },
  'evening.deleteTitle': { lv: 'Dzēst izmaiņu {date}?', en: 'Delete the change on {date}?' },
  'evening.cancel': { lv: 'Nedzēst', en: 'Keep it' },
  'details.title': { lv: 'Kontaktinformācija', en: 'Contact details' },
  'details.name': { lv: 'Nosaukums', en: 'Name' },
  'details.address': { lv: 'Adrese', en: 'Address' },
  'details.postalCode': { lv: 'Pasta indekss', en: 'Postcode' },
  'details.phone': { lv: 'Tālrunis', en: 'Phone' },
  'details.email': { lv: 'E-pasts', en: 'Email' },
  'details.save': { lv: 'Saglabāt kontaktinformāciju', en: 'Save the contact details' },
  'hours.title': { lv: 'Darba laiks katru nedēļu', en: 'Weekly opening hours' },
  'hours.hint': {
    lv: 'Katra rinda ir viens laika posms. Pusdienu pārtraukumam izmantojiet divas rindas. Lai rindu dzēstu, notīriet tās laukus.',
    en: 'Each row is one period. Use two rows for a lunch break. To remove a row, clear its fields.',
  },
  'hours.row': { lv: '{n}. rinda', en: 'Row {n}' },
  'hours.weekday': { lv: 'Diena', en: 'Day' },
  'hours.opens': { lv: 'No', en: 'Opens' },
  'hours.closes': { lv: 'Līdz', en: 'Closes' },
  'hours.weeks': { lv: 'Tikai mēneša nedēļās', en: 'Only in weeks of the month' },
  'hours.weeksHint': {
    lv: 'Piemēram, 1, 3; tukšs — katru nedēļu',
    en: 'For example 1, 3; empty — every week',
  },
  'hours.add': { lv: 'Pievienot vēl vienu rindu', en: 'Add another row' },
  'hours.save': { lv: 'Saglabāt darba laiku', en: 'Save the opening hours' },
  'weekday.1': { lv: 'pirmdiena', en: 'Monday' },
  'weekday.2': { lv: 'otrdiena', en: 'Tuesday' },
  'weekday.3': { lv: 'trešdiena', en: 'Wednesday' },
  'weekday.4': { lv: 'ceturtdiena', en: 'Thursday' },
  'weekday.5': { lv: 'piektdiena', en: 'Friday' },
  'weekday.6': { lv: 'sestdiena', en: 'Saturday' },
  'weekday.7': { lv: 'svētdiena', en: 'Sunday' },
  'exceptions.title': { lv: 'Izmaiņas noteiktās dienās', en: 'Changes on particular days' },
  'exceptions.intro': {
    lv: 'Slēgtas dienas un citāds darba laiks, piemēram, papildu vakara pieņemšana.',
    en: 'Closed days and different hours, for example an extra evening session.',
  },
  'exceptions.none': { lv: 'Nav izmaiņu.', en: 'No changes.' },
  'exceptions.day': { lv: 'Datums', en: 'Date' },
  'exceptions.hours': { lv: 'Darba laiks', en: 'Hours' },
  'exceptions.note': { lv: 'Piezīme', en: 'Note' },
  'exceptions.closed': { lv: 'Slēgts', en: 'Closed' },
  'exceptions.delete': { lv: 'Dzēst', en: 'Delete' },
  'exceptions.add': { lv: 'Pievienot izmaiņu', en: 'Add a change' },
  'exceptions.kind': { lv: 'Kas mainās', en: 'What changes' },
  'exceptions.kindClosed': { lv: 'Centrs ir slēgts', en: 'The centre is closed' },
  'exceptions.kindHours': { lv: 'Centrs strādā citā laikā', en: 'The centre has different hours' },
  'exceptions.save': { lv: 'Pievienot', en: 'Add' },
  'services.title': {
    lv: 'Pakalpojumi, ko var pieteikt šajā centrā',
    en: 'Services one can apply for at this centre',
  },
  'services.hint': {
    lv: 'Kuros centros pakalpojums pieejams, nosaka tā standarts (lauks „Centri”). Lai to mainītu, sāciet jaunu standarta versiju.',
    en: 'Where a service is available is part of its standard (the ‘Centres’ field). To change it, start a new version of the standard.',
  },
  'services.none': { lv: 'Nav pakalpojumu.', en: 'No services.' },
  'done.details': { lv: 'Kontaktinformācija saglabāta.', en: 'The contact details were saved.' },
  'done.hours': { lv: 'Darba laiks saglabāts.', en: 'The opening hours were saved.' },
  'done.exception': { lv: 'Izmaiņa pievienota.', en: 'The change was added.' },
  'done.deleted': { lv: 'Izmaiņa dzēsta.', en: 'The change was deleted.' },
  readOnly: { lv: 'Centrus labo administrators.', en: 'An administrator edits the centres.' },
});
export type TextKey = Parameters<typeof text>[1];
