import type { Db } from '../../db/connection';
import type { Locale } from '../../platform/i18n';
import { listServices, type ServiceStandard } from '../catalogue/service';
import {
  addDays,
  checkEveningRule,
  type DayHours,
  type EveningRuleResult,
  type MonthRef,
  nextEveningSession,
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
  nextEvening: DayHours | undefined;
}

export interface CentreDetails extends CentreOverview {
  hours: store.HoursRow[];
  weekly: WeekdaySchedule[];
  /** Closures and changed hours from today for UPCOMING_DAYS days. */
  upcoming: store.ExceptionRow[];
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
  return { centre, today, nextEvening: nextEveningSession(today.day, hours, exceptions) };
}

/** Every centre, the main one first, with today's hours and the next evening session. */
export async function listCentreOverviews(db: Db, now: Date): Promise<CentreOverview[]> {
  const centres = await store.selectCentres(db);
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
  const [hours, exceptions, services] = await Promise.all([
    store.selectHours(db, [centre.id]),
    store.selectExceptions(db, [centre.id], { from, to: addDays(from, LOOKAHEAD_DAYS) }),
    listServices(db, { q: undefined, centre: centre.code }, locale),
  ]);
  return {
    ...overview(centre, hours, exceptions, now),
    hours,
    weekly: weeklySchedule(hours),
    upcoming: exceptions.filter((e) => e.day <= upTo),
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
