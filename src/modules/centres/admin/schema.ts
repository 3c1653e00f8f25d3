import { z } from 'zod';
import { rowIdSchema } from '../../../db/row-id';
import { dateParts, datePartsOf, optionalBilingual } from '../../../platform/web/form-schema';
import { type FormValues, one, rowCount } from '../../../platform/web/form-values';

export const MAX_HOURS_ROWS = 40;
export const SPARE_HOURS_ROWS = 1;

const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .transform((s) => s || null);

const time = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, 'time')
  .transform((s) => {
    const [h = '0', m = '0'] = s.split(/[:.]/);
    return `${h.padStart(2, '0')}:${m}`;
  });

export const centreDetailsSchema = z.object({
  name: z.object({ lv: required(200), en: required(200) }),
  address: required(300),
  postalCode: optional(20).refine((s) => s === null || /^LV-?\d{4}$/i.test(s), 'postalCode'),
  phone: optional(40).refine((s) => s === null || /^\+?[\d\s()-]{5,40}$/.test(s), 'phone'),
  email: optional(200).refine((s) => s === null || z.email().safeParse(s).success, 'email'),
});
export type CentreDetailsInput = z.infer<typeof centreDetailsSchema>;

export function centreDetailsCandidate(values: FormValues) {
  return {
    name: { lv: one(values, 'name-lv'), en: one(values, 'name-en') },
    address: one(values, 'address'),
    postalCode: one(values, 'postalCode'),
    phone: one(values, 'phone'),
    email: one(values, 'email'),
  };
}

/** "1, 3" → [1, 3]; empty = every week. */
const weeks = z
  .string()
  .trim()
  .max(100, 'weeks')
  // One separator between weeks: a comma or semicolon with blanks around it, or blanks alone. (Written as
  // \s*[,;\s]\s* it split one run of blanks in many ways, and a wrong value took seconds to refuse.)
  .regex(/^([1-5]((\s*[,;]\s*|\s+)[1-5])*)?$/, 'weeks')
  .transform((s) => (s ? [...new Set(s.split(/[\s,;]+/).map(Number))].sort((a, b) => a - b) : null));

const hoursRow = z
  .object({
    weekday: z.enum(['1', '2', '3', '4', '5', '6', '7'], { error: 'weekday' }).transform(Number),
    opens: time,
    closes: time,
    weeks,
  })
  .refine((r) => r.opens < r.closes, { message: 'closesBeforeOpens', path: ['closes'] });

export interface HoursInput {
  weekday: number;
  opens: string;
  closes: string;
  weeksOfMonth: number[] | null;
}

/** The weekly hours table; wholly empty rows are spare rows (or rows being removed). */
export const hoursFormSchema = z
  .array(z.object({ weekday: z.string(), opens: z.string(), closes: z.string(), weeks: z.string() }))
  .transform((rows, ctx) => {
    const out: (HoursInput & { row: number })[] = [];
    rows.forEach((row, i) => {
      if (!row.weekday.trim() && !row.opens.trim() && !row.closes.trim() && !row.weeks.trim()) return;
      const parsed = hoursRow.safeParse(row);
      if (parsed.success) out.push({ ...parsed.data, weeksOfMonth: parsed.data.weeks, row: i });
      else
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
    });
    // Two rows open at the same time on one day are most likely a typo (a day or a time mistyped): shown
    // merged, the hours would quietly differ from what was meant.
    for (const [a, b] of overlappingRows(out))
      for (const r of [a, b]) ctx.addIssue({ code: 'custom', message: 'overlaps', path: [r.row, 'opens'] });
    return out.map(({ row: _row, ...hours }) => hours);
  });

const ALL_WEEKS = [1, 2, 3, 4, 5];

/** Pairs of rows of one weekday whose times overlap (touching is fine) in a week of the month both apply to. */
function overlappingRows<T extends HoursInput>(rows: T[]): [T, T][] {
  const pairs: [T, T][] = [];
  rows.forEach((a, i) => {
    for (const b of rows.slice(i + 1)) {
      if (a.weekday !== b.weekday || !(a.opens < b.closes && b.opens < a.closes)) continue;
      const weeks = new Set(a.weeksOfMonth ?? ALL_WEEKS);
      if ((b.weeksOfMonth ?? ALL_WEEKS).some((w) => weeks.has(w))) pairs.push([a, b]);
    }
  });
  return pairs;
}

export function hoursRowCount(values: FormValues, fallback: number): number {
  return rowCount(values, 'hRows', fallback, MAX_HOURS_ROWS);
}

export function hoursCandidate(values: FormValues) {
  return Array.from({ length: hoursRowCount(values, SPARE_HOURS_ROWS) }, (_, i) => ({
    weekday: one(values, `h-${i}-weekday`),
    opens: one(values, `h-${i}-opens`),
    closes: one(values, `h-${i}-closes`),
    weeks: one(values, `h-${i}-weeks`),
  }));
}

/** Input ids are h-{row}-{field}; the schema's paths are [row, field]. */
export const hoursFieldId = (path: string) => `h-${path}`;

/** Closed all day, or open at other hours (checked on their own, so every problem shows at once). */
const exceptionHours = z
  .object({
    closed: z.enum(['closed', 'hours'], { error: 'exceptionKind' }),
    opens: z.string().trim(),
    closes: z.string().trim(),
  })
  .transform((e, ctx) => {
    if (e.closed === 'closed') return { closed: true, opens: null, closes: null };
    const opens = time.safeParse(e.opens);
    const closes = time.safeParse(e.closes);
    if (!opens.success) ctx.addIssue({ code: 'custom', message: 'time', path: ['opens'] });
    if (!closes.success) ctx.addIssue({ code: 'custom', message: 'time', path: ['closes'] });
    if (!opens.success || !closes.success) return z.NEVER;
    if (opens.data >= closes.data) {
      ctx.addIssue({ code: 'custom', message: 'closesBeforeOpens', path: ['closes'] });
      return z.NEVER;
    }
    return { closed: false, opens: opens.data, closes: closes.data };
  });

export const exceptionSchema = z
  .object({ day: dateParts, hours: exceptionHours, note: optionalBilingual })
  .transform((e) => ({ day: e.day, ...e.hours, note: e.note }));
export type ExceptionInput = z.output<typeof exceptionSchema>;

export function exceptionCandidate(values: FormValues) {
  return {
    day: datePartsOf(values, 'day'),
    hours: { closed: one(values, 'closed'), opens: one(values, 'opens'), closes: one(values, 'closes') },
    note: { lv: one(values, 'note-lv'), en: one(values, 'note-en') },
  };
}

export const exceptionFieldId = (path: string) => (path === 'day' ? 'day-day' : path.replace(/^hours-/, ''));

export const exceptionIdSchema = rowIdSchema;
