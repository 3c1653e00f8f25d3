import { formatDate, type Locale } from '../../../platform/i18n';
import { type CalendarDay, type DayHours, formatIntervals, type OccasionalHours, weekdayOf } from '../hours';
import { m, weekdayName, weekdayOn, weeksList } from '../messages';
import type { CentreRow } from '../store';

/** "ceturtdiena, 05.11.2026" / "Thursday, 5 November 2026". */
export function dayLabel(locale: Locale, day: CalendarDay): string {
  return `${weekdayName(locale, weekdayOf(day))}, ${formatDate(day, locale)}`;
}

/** "Šodien atvērts 08:00–12:00, 12:30–17:00" or "Šodien slēgts". */
export function todayText(locale: Locale, today: DayHours): string {
  return today.intervals.length > 0
    ? m(locale, 'today.open', { hours: formatIntervals(today.intervals) })
    : m(locale, 'today.closed');
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
