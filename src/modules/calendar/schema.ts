import { z } from 'zod';
import { rowIdSchema } from '../../db/row-id';
import { isDay, movedDayProblem } from '../../platform/calendar';
import { type FormValues, one } from '../../platform/web/form-values';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** ?year= of the page: a year it can show, or undefined (then the current year is shown). */
export const yearSchema = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

export const movedDayIdSchema = rowIdSchema;

const dayOfParts = z
  .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
  .transform((p, ctx) => {
    if (!p.day && !p.month && !p.year) {
      ctx.addIssue({ code: 'custom', message: 'dayRequired' });
      return z.NEVER;
    }
    const numeric = [p.day, p.month, p.year].every((part) => /^\d{1,4}$/.test(part));
    const day = `${p.year.padStart(4, '0')}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`;
    if (!numeric || !isDay(day) || Number(p.year) < MIN_YEAR || Number(p.year) > MAX_YEAR) {
      ctx.addIssue({ code: 'custom', message: 'day' });
      return z.NEVER;
    }
    return day;
  });

/** Adding a moved day: the day, which way it moves, and why. */
export const movedDaySchema = z
  .object({
    day: dayOfParts,
    kind: z.enum(['working', 'off'], { error: 'kindRequired' }),
    reason: z.string().trim().min(1, 'reasonRequired').max(500, 'reasonTooLong'),
  })
  .transform((v, ctx) => {
    const working = v.kind === 'working';
    const problem = movedDayProblem(v.day, working);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem, path: ['day'] });
      return z.NEVER;
    }
    return { day: v.day, working, reason: v.reason };
  });

export function movedDayCandidate(values: FormValues) {
  return {
    day: { day: one(values, 'day-day'), month: one(values, 'day-month'), year: one(values, 'day-year') },
    kind: one(values, 'kind'),
    reason: one(values, 'reason'),
  };
}

/** The input an error points to: the day field of the date. */
export const movedDayFieldId = (path: string) => (path === 'day' ? 'day-day' : path);
