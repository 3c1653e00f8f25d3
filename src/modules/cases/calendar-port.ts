/** The working calendar of the platform (contracts.md), as the cases module uses it. */
export {
  addDays,
  computeDeadline,
  type DurationUnit,
  extendByPause,
  loadCalendar,
  maximumExtension,
  todayInRiga,
  type WorkingCalendar,
  workingDaysBetween,
} from '../../platform/calendar';
