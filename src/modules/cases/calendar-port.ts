/** The working calendar of the platform (contracts.md), as the cases module uses it. */
export {
  addDays,
  computeDeadline,
  createWorkingCalendar,
  type DurationUnit,
  extendByPause,
  loadCalendar,
  maximumExtension,
  todayInRiga,
  type WorkingCalendar,
  workingDaysBetween,
} from '../../platform/calendar';

import type { Db } from '../../db/connection';
import { loadCalendar, type WorkingCalendar } from '../../platform/calendar';

const displayCache = new WeakMap<Db, { at: number; calendar: Promise<WorkingCalendar> }>();

/**
 * The calendar for showing due-soon and overdue flags on lists and pages: read at most once a minute per
 * database. Deadlines themselves (intake, pauses, extensions) always use a freshly loaded calendar.
 */
export function loadDisplayCalendar(db: Db): Promise<WorkingCalendar> {
  const hit = displayCache.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.calendar;
  const calendar = loadCalendar(db);
  displayCache.set(db, { at: Date.now(), calendar });
  calendar.catch(() => displayCache.delete(db));
  return calendar;
}
