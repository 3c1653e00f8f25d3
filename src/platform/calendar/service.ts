import type { Db } from '../../db/connection';
import { recordAudit } from '../audit/service';
import { type Actor, hasRole } from '../auth/actor';
import { ForbiddenError } from '../errors';
import { type Day, isWeekend } from './days';
import { type HolidayName, publicHolidayOn } from './public-holidays';
import * as store from './store';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar';

export type { MovedDayRow } from './store';

/** The working calendar of this municipality: public holidays and its table of moved days. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  const moved = await store.selectAllMovedDays(db);
  return createWorkingCalendar(moved.map((m) => ({ day: m.day, working: m.working })));
}

export function assertMayEditCalendar(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw new ForbiddenError();
}

export interface MovedDayInput {
  day: Day;
  working: boolean;
  reason: string;
}

/**
 * Why a moved day makes no sense on `day`, or undefined: a moved working day must fall on a day that
 * is otherwise off (a weekend or a public holiday), a moved day off on one that is otherwise worked.
 */
export function movedDayProblem(day: Day, working: boolean): 'alreadyWorking' | 'alreadyOff' | undefined {
  const usuallyOff = isWeekend(day) || publicHolidayOn(day) !== undefined;
  if (working && !usuallyOff) return 'alreadyWorking';
  if (!working && usuallyOff) return 'alreadyOff';
  return undefined;
}

export interface YearCalendar {
  year: number;
  moved: store.MovedDayRow[];
  holidays: { day: Day; name: HolidayName }[];
}

/** A year's moved days and public holidays, for the administrator's page. */
export async function calendarOfYear(db: Db, actor: Actor, year: number): Promise<YearCalendar> {
  assertMayEditCalendar(actor);
  const moved = await store.selectMovedDaysBetween(db, `${year}-01-01`, `${year}-12-31`);
  const holidays: YearCalendar['holidays'] = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const day = d.toISOString().slice(0, 10);
    const name = publicHolidayOn(day);
    if (name) holidays.push({ day, name });
  }
  return { year, moved, holidays };
}

export type AddMovedDayResult =
  | { ok: true; row: store.MovedDayRow }
  | { ok: false; problem: 'duplicate' | 'alreadyWorking' | 'alreadyOff' };

/** Adds a moved day, audited in the same transaction; a day already in the table is refused. */
export async function addMovedDay(db: Db, actor: Actor, input: MovedDayInput): Promise<AddMovedDayResult> {
  assertMayEditCalendar(actor);
  const problem = movedDayProblem(input.day, input.working);
  if (problem) return { ok: false, problem };
  return db.transaction(async (tx) => {
    const row = await store.insertMovedDay(tx, input);
    if (!row) return { ok: false as const, problem: 'duplicate' as const };
    await recordAudit(tx, {
      actor,
      action: 'calendar.moved_day.add',
      entity: 'calendar_moved_day',
      entityId: row.id,
      before: null,
      after: { day: row.day, working: row.working, reason: row.reason },
    });
    return { ok: true as const, row };
  });
}

/** Removes a moved day, audited in the same transaction; undefined when there is no such row. */
export async function removeMovedDay(
  db: Db,
  actor: Actor,
  id: number,
): Promise<store.MovedDayRow | undefined> {
  assertMayEditCalendar(actor);
  return db.transaction(async (tx) => {
    const row = await store.deleteMovedDay(tx, id);
    if (!row) return undefined;
    await recordAudit(tx, {
      actor,
      action: 'calendar.moved_day.delete',
      entity: 'calendar_moved_day',
      entityId: row.id,
      before: { day: row.day, working: row.working, reason: row.reason },
      after: null,
    });
    return row;
  });
}
