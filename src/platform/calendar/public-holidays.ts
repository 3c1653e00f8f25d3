import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';

const require = createRequire(import.meta.url);
/** date-holidays (about 22 MB in memory) is loaded with the first year asked for, not at start. */
let Holidays: typeof HolidaysType | undefined;

export interface HolidayName {
  lv: string;
  en: string;
}

const isoDay = /^(\d{4})-\d{2}-\d{2}$/;
const byYear = new Map<number, Map<string, HolidayName>>();

/**
 * The Latvian public holiday on `day` (YYYY-MM-DD), with its Latvian and English names, or undefined.
 * Holidays come from `date-holidays` (country LV, type "public" only: observances such as Mother's Day
 * are not days off). Substitute days (4 May or 18 November falling on a weekend moves the day off to
 * Monday) are included. Days off moved by the Cabinet are NOT here: see the moved-days table.
 */
export function publicHolidayOn(day: string): HolidayName | undefined {
  const match = isoDay.exec(day);
  if (!match) return undefined;
  return holidaysOf(Number(match[1])).get(day);
}

function holidaysOf(year: number): Map<string, HolidayName> {
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map();
    Holidays ??= require('date-holidays') as typeof HolidaysType;
    const lv = new Holidays('LV', { types: ['public'] }).getHolidays(year, 'lv');
    const en = new Holidays('LV', { types: ['public'] }).getHolidays(year, 'en');
    for (const [i, holiday] of lv.entries()) {
      if (holiday.type !== 'public') continue;
      // date-holidays gives local dates as "YYYY-MM-DD hh:mm:ss" in the country's time zone (Riga).
      const date = holiday.date.slice(0, 10);
      if (!holidays.has(date)) holidays.set(date, { lv: holiday.name, en: en[i]?.name ?? holiday.name });
    }
    byYear.set(year, holidays);
  }
  return holidays;
}
