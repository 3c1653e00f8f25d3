import { defineMessages, type Locale } from '../../platform/i18n';

export const m = defineMessages({
  'list.mainCentre': { lv: 'Galvenais centrs', en: 'Main centre' },
  'field.address': { lv: 'Adrese', en: 'Address' },
  'field.phone': { lv: 'Tālrunis', en: 'Phone' },
  'field.email': { lv: 'E-pasts', en: 'Email' },
  'field.today': { lv: 'Šodien', en: 'Today' },
  'field.nextEvening': { lv: 'Vakara darba laiks', en: 'Evening opening' },
  'today.open': { lv: 'Šodien atvērts {hours}', en: 'Open today {hours}' },
  'today.closed': { lv: 'Šodien slēgts', en: 'Closed today' },
  'today.closedHoliday': { lv: 'Šodien slēgts: {holiday}', en: 'Closed today: {holiday}' },
  'field.now': { lv: 'Tagad', en: 'Now' },
  'state.openUntil': { lv: 'Atvērts līdz {time}', en: 'Open until {time}' },
  'state.opensToday': { lv: 'Atvērsies šodien {time}', en: 'Opens today at {time}' },
  'state.opensTomorrow': { lv: 'Atvērsies rīt {time}', en: 'Opens tomorrow at {time}' },
  'state.opensOn': { lv: 'Atvērsies {weekday} {time}', en: 'Opens on {weekday} at {time}' },
  'state.opensDate': { lv: 'Atvērsies {date} {time}', en: 'Opens on {date} at {time}' },
  'state.notSoon': {
    lv: 'Tuvāko divu nedēļu laikā centrs nav atvērts',
    en: 'The centre is not open in the next two weeks',
  },
  'search.label': {
    lv: 'Meklēt centru pēc pagasta, ciema vai pilsētas',
    en: 'Find a centre by parish, village or town',
  },
  'search.hint': { lv: 'Piemēram, Doļnaja vai Šēdere', en: 'For example Doļnaja or Šēdere' },
  'search.submit': { lv: 'Meklēt', en: 'Search' },
  'search.none': {
    lv: 'Neviens centrs neatbilst „{q}”. Pārbaudiet rakstību vai skatiet visus centrus.',
    en: 'No centre matches ‘{q}’. Check the spelling or see all centres.',
  },
  'search.found': { lv: 'Centri, kas atbilst „{q}”', en: 'Centres that match ‘{q}’' },
  'search.all': { lv: 'Rādīt visus centrus', en: 'Show all centres' },
  'evening.ruleMet': {
    lv: 'Vismaz divus vakarus mēnesī centrs strādā līdz 19.00.',
    en: 'The centre is open until 19:00 on at least two evenings a month.',
  },
  'evening.ruleNotMet': {
    lv: 'Ne katru mēnesi centrs strādā līdz 19.00 divus vakarus: {months} vakaru ir mazāk.',
    en: 'The centre is not open until 19:00 on two evenings every month: in {months} there are fewer.',
  },
  'holiday.note': { lv: '{holiday} (svētku diena)', en: '{holiday} (public holiday)' },
  'evening.title': { lv: 'Nākamais vakara darba laiks', en: 'Next evening opening' },
  'evening.when': { lv: '{weekday}, {date}: {hours}', en: '{weekday}, {date}: {hours}' },
  'evening.none': {
    lv: 'Tuvākajā laikā vakara darba laiks nav paredzēts.',
    en: 'No evening opening is planned in the near future.',
  },
  'contacts.title': { lv: 'Kontakti', en: 'Contacts' },
  'hours.title': { lv: 'Darba laiks', en: 'Opening hours' },
  'hours.caption': { lv: 'Darba laiks pa nedēļas dienām', en: 'Opening hours by day of the week' },
  'hours.day': { lv: 'Diena', en: 'Day' },
  'hours.hours': { lv: 'Darba laiks', en: 'Hours' },
  'hours.closed': { lv: 'Slēgts', en: 'Closed' },
  'hours.until': { lv: '{weeks} {weekday} līdz {time}', en: '{weeks} {weekday} until {time}' },
  'hours.onWeeks': { lv: '{weeks} {weekday} {hours}', en: '{weeks} {weekday} {hours}' },
  'hours.closedOnWeeks': { lv: '{weeks} {weekday} slēgts', en: '{weeks} {weekday} closed' },
  'exceptions.title': { lv: 'Darba laika izmaiņas', en: 'Changes to the opening hours' },
  'exceptions.caption': {
    lv: 'Darba laika izmaiņas tuvākajās {days} dienās',
    en: 'Changes to the opening hours in the next {days} days',
  },
  'exceptions.none': {
    lv: 'Tuvākajās {days} dienās darba laiks nemainās.',
    en: 'No changes to the opening hours in the next {days} days.',
  },
  'exceptions.date': { lv: 'Datums', en: 'Date' },
  'exceptions.hours': { lv: 'Darba laiks', en: 'Hours' },
  'exceptions.note': { lv: 'Piezīme', en: 'Note' },
  'services.title': { lv: 'Pakalpojumi šajā centrā', en: 'Services at this centre' },
  'services.count.zero': {
    lv: 'Šajā centrā var pieteikt {count} pakalpojumu.',
    en: 'You can apply for {count} services at this centre.',
  },
  'services.count.one': {
    lv: 'Šajā centrā var pieteikt {count} pakalpojumu.',
    en: 'You can apply for {count} service at this centre.',
  },
  'services.count.other': {
    lv: 'Šajā centrā var pieteikt {count} pakalpojumus.',
    en: 'You can apply for {count} services at this centre.',
  },
  'services.filtered': {
    lv: 'Skatīt šī centra pakalpojumus katalogā',
    en: 'See this centre’s services in the catalogue',
  },
});

const WEEKDAYS = {
  lv: ['pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/** "pirmdien" (adverb: on Monday) for "Atvērsies pirmdien 8.00". */
const WEEKDAYS_WHEN = {
  lv: ['pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'],
  en: WEEKDAYS.en,
} as const;

export function weekdayWhen(locale: Locale, weekday: number): string {
  return WEEKDAYS_WHEN[locale][weekday - 1] ?? '';
}

/** "On Monday": Latvian uses the locative case, English the plain name. */
const WEEKDAYS_ON = {
  lv: ['pirmdienā', 'otrdienā', 'trešdienā', 'ceturtdienā', 'piektdienā', 'sestdienā', 'svētdienā'],
  en: WEEKDAYS.en,
} as const;

/** weekday: 1 = Monday … 7 = Sunday. */
export function weekdayName(locale: Locale, weekday: number): string {
  return WEEKDAYS[locale][weekday - 1] ?? '';
}

export function weekdayOn(locale: Locale, weekday: number): string {
  return WEEKDAYS_ON[locale][weekday - 1] ?? '';
}

const plural: Record<Locale, Intl.PluralRules> = {
  lv: new Intl.PluralRules('lv'),
  en: new Intl.PluralRules('en'),
};

/** "N services" with Latvian zero/one/other forms (0 and 10–20 take the genitive, 1, 21, 31… the singular). */
export function serviceCount(locale: Locale, count: number): string {
  const form = plural[locale].select(count);
  const key =
    form === 'zero' ? 'services.count.zero' : form === 'one' ? 'services.count.one' : 'services.count.other';
  return m(locale, key, { count });
}

function ordinal(locale: Locale, n: number): string {
  if (locale === 'lv') return `${n}.`;
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

/** [1, 3] → "1. un 3." / "1st and 3rd"; [1, 3, 5] → "1., 3. un 5." / "1st, 3rd and 5th". */
export function weeksList(locale: Locale, weeks: number[]): string {
  const words = weeks.map((w) => ordinal(locale, w));
  const and = locale === 'lv' ? 'un' : 'and';
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}
