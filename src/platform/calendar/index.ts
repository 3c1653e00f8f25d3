/** The working-day calendar and statutory deadlines (ADR 0005). */
export { addDays, addMonths, type Day, daysBetween, isDay, isWeekend, todayInRiga, weekday } from './days';
export {
  computeDeadline,
  DURATION_UNITS,
  type Duration,
  type DurationUnit,
  extendByPause,
  isAllowedExtension,
  LEGAL_BASES,
  type LegalBasis,
  legalDeadline,
  legalTimeLimit,
  MAXIMUM_EXTENSION,
  maximumExtension,
  SUBMISSIONS_LAW_AMENDED_ON,
  workingDaysBetween,
} from './deadlines';
export { type HolidayName, publicHolidayOn } from './public-holidays';
export {
  type AddMovedDayResult,
  addMovedDay,
  assertMayEditCalendar,
  calendarOfYear,
  loadCalendar,
  type MovedDayInput,
  type MovedDayRow,
  movedDayProblem,
  removeMovedDay,
  type YearCalendar,
} from './service';
export { createWorkingCalendar, type MovedDay, type WorkingCalendar } from './working-calendar';
