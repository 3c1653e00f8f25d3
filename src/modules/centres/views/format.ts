import { formatDate, type Locale } from '../../../platform/i18n';
import {
  type CalendarDay,
  type DayHours,
  formatIntervals,
  type MonthRef,
  type OccasionalHours,
  type OpeningState,
  weekdayOf,
} from '../hours';
import { m, weekdayName, weekdayOn, weekdayWhen, weeksList } from '../messages';
import type { CentreRow } from '../store';

/** "ceturtdiena, 05.11.2026" / "Thursday, 5 November 2026". */
export function dayLabel(locale: Locale, day: CalendarDay): string {
  return `${weekdayName(locale, weekdayOf(day))}, ${formatDate(day, locale)}`;
}

/** "Šodien atvērts 08:00–12:00, 12:30–17:00", "Šodien slēgts" or "Šodien slēgts: Otrie Ziemassvētki". */
export function todayText(
  locale: Locale,
  today: DayHours & { holiday?: { lv: string; en: string } },
): string {
  if (today.intervals.length > 0) return m(locale, 'today.open', { hours: formatIntervals(today.intervals) });
  return today.holiday
    ? m(locale, 'today.closedHoliday', { holiday: today.holiday[locale] })
    : m(locale, 'today.closed');
}

/** "17.00" and "8.00" in Latvian running text, "17:00" and "8:00" in English. */
export function clockTime(locale: Locale, time: string): string {
  const [h = '0', min = '00'] = time.split(':');
  return `${Number(h)}${locale === 'lv' ? '.' : ':'}${min}`;
}

/** "Atvērts līdz 17.00" or "Atvērsies pirmdien 8.00" (today, tomorrow, a weekday this week, or a date). */
export function stateText(locale: Locale, state: OpeningState): string {
  if (state.open) return m(locale, 'state.openUntil', { time: clockTime(locale, state.until) });
  if (!state.next) return m(locale, 'state.notSoon');
  const time = clockTime(locale, state.next.opens);
  if (state.next.inDays === 0) return m(locale, 'state.opensToday', { time });
  if (state.next.inDays === 1) return m(locale, 'state.opensTomorrow', { time });
  if (state.next.inDays < 7)
    return m(locale, 'state.opensOn', { weekday: weekdayWhen(locale, weekdayOf(state.next.day)), time });
  return m(locale, 'state.opensDate', { date: formatDate(state.next.day, locale), time });
}

const LOCATIVE_MONTHS = [
  'janvārī',
  'februārī',
  'martā',
  'aprīlī',
  'maijā',
  'jūnijā',
  'jūlijā',
  'augustā',
  'septembrī',
  'oktobrī',
  'novembrī',
  'decembrī',
];

/** "2026. gada decembrī un 2027. gada janvārī" / "December 2026 and January 2027". */
export function monthsPhrase(locale: Locale, months: MonthRef[]): string {
  if (months.length >= 12)
    return locale === 'lv' ? 'visos nākamajos 12 mēnešos' : 'every one of the next 12 months';
  const words = months.map((mo) =>
    locale === 'lv'
      ? `${mo.year}. gada ${LOCATIVE_MONTHS[mo.month - 1]}`
      : new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(Date.UTC(mo.year, mo.month - 1, 1)),
        ),
  );
  const and = locale === 'lv' ? 'un' : 'and';
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
}

export function eveningText(locale: Locale, evening: DayHours | undefined): string {
  if (!evening) return m(locale, 'evening.none');
  return m(locale, 'evening.when', {
    weekday: weekdayName(locale, weekdayOf(evening.day)),
    date: formatDate(evening.day, locale),
    hours: formatIntervals(evening.intervals),
  });
}

/** "1. un 3. pirmdienā līdz 19:00" / "1st and 3rd Monday until 19:00", or with the day's full hours. */
export function occasionalText(locale: Locale, weekday: number, o: OccasionalHours): string {
  const weeks = weeksList(locale, o.weeksOfMonth);
  const day = weekdayOn(locale, weekday);
  if (o.extendsUntil) return m(locale, 'hours.until', { weeks, weekday: day, time: o.extendsUntil });
  if (o.intervals.length === 0) return m(locale, 'hours.closedOnWeeks', { weeks, weekday: day });
  return m(locale, 'hours.onWeeks', { weeks, weekday: day, hours: formatIntervals(o.intervals) });
}

/** The street address with the postal code, as written in Latvia: "Brīvības iela 7, Ilūkste, LV-5447". */
export function fullAddress(c: Pick<CentreRow, 'address' | 'postalCode'>): string {
  return c.postalCode && !c.address.includes(c.postalCode) ? `${c.address}, ${c.postalCode}` : c.address;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
