import { defineMessages, type Locale } from '../../platform/i18n';

const ERRORS = {
  dayRequired: { lv: 'Aizpildiet lauku „Datums”', en: 'Enter the date' },
  day: {
    lv: 'Laukā „Datums” ievadiet īstu datumu, piemēram, 17 01 2026',
    en: 'The date must be a real date, for example 17 01 2026',
  },
  kindRequired: {
    lv: 'Laukā „Kā diena pārcelta” izvēlieties darba dienu vai brīvdienu',
    en: 'Choose whether the day is a working day or a day off',
  },
  reasonRequired: { lv: 'Aizpildiet lauku „Pamatojums”', en: 'Enter the reason' },
  reasonTooLong: {
    lv: 'Laukā „Pamatojums” var būt ne vairāk kā 500 rakstzīmes',
    en: 'The reason must be 500 characters or fewer',
  },
  alreadyWorking: {
    lv: 'Šis datums jau ir darba diena: par darba dienu var pārcelt tikai sestdienu, svētdienu vai svētku dienu',
    en: 'This date is already a working day: only a Saturday, Sunday or public holiday can be made a working day',
  },
  alreadyOff: {
    lv: 'Šis datums jau ir brīvdiena: par brīvdienu var pārcelt tikai darba dienu',
    en: 'This date is already a day off: only a working day can be made a day off',
  },
  duplicate: {
    lv: 'Šis datums jau ir pārcelto dienu sarakstā. Lai to mainītu, vispirms dzēsiet esošo ierakstu',
    en: 'This date is already in the list of moved days. To change it, delete the entry first',
  },
  invalid: { lv: 'Pārbaudiet šo lauku', en: 'Check this field' },
} satisfies Record<string, { lv: string; en: string }>;

const errorText = defineMessages(ERRORS);

export function calendarErrorMessage(locale: Locale, key: string): string {
  return errorText(locale, Object.hasOwn(ERRORS, key) ? (key as keyof typeof ERRORS) : 'invalid');
}

export const text = defineMessages({
  title: { lv: 'Darba dienu kalendārs', en: 'Working-day calendar' },
  intro: {
    lv: 'Lietu termiņus skaita darba dienās. Brīvdienas ir sestdienas, svētdienas un likumā noteiktās svētku dienas. Ministru kabinets katru gadu pārceļ atsevišķas darba dienas: tā rīkojums ir saistošs valsts iestādēm un ieteikums pašvaldībām, tāpēc pārceltās dienas šeit ievada pašvaldība pati.',
    en: 'Case deadlines are counted in working days. Days off are Saturdays, Sundays and the public holidays set by law. Every year the Cabinet moves single working days: its order binds state institutions and is a recommendation to municipalities, so the municipality enters its moved days here itself.',
  },
  yearNav: { lv: 'Gads', en: 'Year' },
  previousYear: { lv: 'Iepriekšējais gads ({year})', en: 'Previous year ({year})' },
  nextYear: { lv: 'Nākamais gads ({year})', en: 'Next year ({year})' },
  movedTitle: { lv: 'Pārceltās dienas {year}. gadā', en: 'Moved days in {year}' },
  movedNone: { lv: 'Šajā gadā nav pārceltu dienu.', en: 'No moved days in this year.' },
  date: { lv: 'Datums', en: 'Date' },
  kind: { lv: 'Kā diena pārcelta', en: 'What the day becomes' },
  reason: { lv: 'Pamatojums', en: 'Reason' },
  working: { lv: 'Darba diena', en: 'Working day' },
  off: { lv: 'Brīvdiena', en: 'Day off' },
  workingHint: {
    lv: 'Parasti sestdiena, kurā atstrādā pārcelto darba dienu',
    en: 'Usually a Saturday on which the moved working day is worked',
  },
  offHint: {
    lv: 'Darba diena starp svētku dienu un nedēļas nogali',
    en: 'A working day between a public holiday and the weekend',
  },
  delete: { lv: 'Dzēst', en: 'Delete' },
  deleteDay: { lv: 'Dzēst {date}', en: 'Delete {date}' },
  addTitle: { lv: 'Pievienot pārceltu dienu', en: 'Add a moved day' },
  dateHint: { lv: 'Piemēram, 17 01 2026', en: 'For example, 17 01 2026' },
  reasonHint: {
    lv: 'Piemēram, Ministru kabineta rīkojums „Par darba dienu pārcelšanu 2026. gadā”: 2. janvāra darba diena pārcelta uz 17. janvāri',
    en: 'For example, the Cabinet order on moving working days in 2026: the working day of 2 January moved to 17 January',
  },
  add: { lv: 'Pievienot', en: 'Add' },
  holidaysTitle: { lv: 'Svētku dienas {year}. gadā', en: 'Public holidays in {year}' },
  holidaysHint: {
    lv: 'Svētku dienas nosaka likums „Par svētku, atceres un atzīmējamām dienām”; tās šeit nav jāievada.',
    en: 'Public holidays are set by the Law on Public Holidays, Remembrance Days and Celebration Days; they need not be entered here.',
  },
  holiday: { lv: 'Svētku diena', en: 'Public holiday' },
  'done.added': { lv: 'Pārceltā diena pievienota.', en: 'The moved day was added.' },
  'done.deleted': { lv: 'Pārceltā diena dzēsta.', en: 'The moved day was deleted.' },
});
export type TextKey = Parameters<typeof text>[1];
