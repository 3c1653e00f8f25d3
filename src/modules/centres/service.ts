import type { Db } from '../../db/connection';
import type { Locale } from '../../platform/i18n';
import { listServices, type ServiceStandard } from '../catalogue/service';
import {
  addDays,
  checkEveningRule,
  type DayHours,
  type EveningRuleResult,
  holidayClosures,
  type MonthRef,
  nextEveningSession,
  type OpeningState,
  openingState,
  rigaToday,
  type TodayStatus,
  todayStatus,
  type WeekdaySchedule,
  weeklySchedule,
} from './hours';
import * as store from './store';

export { checkEveningRule, type EveningRuleResult, type MonthRef, monthsOfYear } from './hours';
export type { CentreRow, ExceptionRow, HoursRow } from './store';

/** Upcoming exceptions shown on a centre's page. */
export const UPCOMING_DAYS = 60;
/** Exceptions that can matter for the next evening session (nextEveningSession looks a year ahead). */
const LOOKAHEAD_DAYS = 366;

export async function listCentres(db: Db): Promise<store.CentreRow[]> {
  return store.selectCentres(db);
}

export async function getCentre(db: Db, code: string) {
  const c = await store.selectCentre(db, code);
  if (!c) return undefined;
  const [hours, exceptions] = await Promise.all([
    store.selectHours(db, [c.id]),
    store.selectExceptions(db, [c.id]),
  ]);
  return { centre: c, hours, exceptions };
}

export interface CentreOverview {
  centre: store.CentreRow;
  today: TodayStatus;
  /** Open now until…, or when it opens next. */
  state: OpeningState;
  nextEvening: DayHours | undefined;
}

export interface CentreDetails extends CentreOverview {
  hours: store.HoursRow[];
  weekly: WeekdaySchedule[];
  /** Closures and changed hours from today for UPCOMING_DAYS days. */
  upcoming: store.ExceptionRow[];
  /** Public holidays in the same days that close the centre (no exception opens it). */
  holidays: { day: string; name: { lv: string; en: string } }[];
  /** R14 in the current month and the eleven after it, computed from the real hours. */
  eveningRule: EveningRuleResult[];
  /** Published services one can apply for in person at this centre. */
  services: ServiceStandard[];
}

function overview(
  centre: store.CentreRow,
  hours: store.HoursRow[],
  exceptions: store.ExceptionRow[],
  now: Date,
): CentreOverview {
  const today = todayStatus(now, hours, exceptions);
  return {
    centre,
    today,
    state: openingState(now, hours, exceptions),
    nextEvening: nextEveningSession(today.day, hours, exceptions),
  };
}

/** Lower case without diacritics, so that "Dolnaja" finds "Doļnaja". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/**
 * Whether a centre serves the place a resident typed: its name, address, or one of its parishes,
 * villages and towns. A longer word also matches without its last two letters, for Latvian endings
 * ("Pilskalnē", "Šēderes").
 */
export function centreMatches(centre: store.CentreRow, q: string): boolean {
  const haystack = fold([centre.name.lv, centre.name.en, centre.address, ...centre.places].join(' | '));
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word) || (word.length >= 5 && haystack.includes(word.slice(0, -2))));
}

/** Every centre (or those serving the place searched for), the main one first, with today's hours. */
export async function listCentreOverviews(db: Db, now: Date, q?: string): Promise<CentreOverview[]> {
  const centres = (await store.selectCentres(db)).filter((c) => !q || centreMatches(c, q));
  const ids = centres.map((c) => c.id);
  const from = rigaToday(now);
  const [hours, exceptions] = await Promise.all([
    store.selectHours(db, ids),
    store.selectExceptions(db, ids, { from, to: addDays(from, LOOKAHEAD_DAYS) }),
  ]);
  return centres.map((c) =>
    overview(
      c,
      hours.filter((h) => h.centreId === c.id),
      exceptions.filter((e) => e.centreId === c.id),
      now,
    ),
  );
}

export async function getCentreDetails(
  db: Db,
  code: string,
  now: Date,
  locale: Locale,
): Promise<CentreDetails | undefined> {
  const centre = await store.selectCentre(db, code);
  if (!centre) return undefined;
  const from = rigaToday(now);
  const upTo = addDays(from, UPCOMING_DAYS);
  const monthStart = `${from.slice(0, 8)}01`;
  const [hours, all, services] = await Promise.all([
    store.selectHours(db, [centre.id]),
    store.selectExceptions(db, [centre.id], { from: monthStart, to: addDays(from, LOOKAHEAD_DAYS) }),
    listServices(db, { q: undefined, centre: centre.code }, locale),
  ]);
  const exceptions = all.filter((e) => e.day >= from);
  const [year = 0, month = 1] = from.split('-').map(Number);
  const months = Array.from({ length: 12 }, (_, i) => ({
    year: year + Math.floor((month - 1 + i) / 12),
    month: ((month - 1 + i) % 12) + 1,
  }));
  return {
    ...overview(centre, hours, exceptions, now),
    hours,
    weekly: weeklySchedule(hours),
    upcoming: exceptions.filter((e) => e.day <= upTo),
    holidays: holidayClosures(from, upTo, hours, exceptions),
    eveningRule: checkEveningRule(hours, all, months),
    services,
  };
}

/** R14 for every centre over the given months; issue 3 shows the failures on the admin page. */
export async function eveningRuleByCentre(
  db: Db,
  months: MonthRef[],
): Promise<{ centre: store.CentreRow; months: EveningRuleResult[] }[]> {
  const centres = await store.selectCentres(db);
  const ids = centres.map((c) => c.id);
  const [hours, exceptions] = await Promise.all([
    store.selectHours(db, ids),
    store.selectExceptions(db, ids),
  ]);
  return centres.map((c) => ({
    centre: c,
    months: checkEveningRule(
      hours.filter((h) => h.centreId === c.id),
      exceptions.filter((e) => e.centreId === c.id),
      months,
    ),
  }));
}
