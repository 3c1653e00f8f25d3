import { z } from 'zod';
import type { Bilingual } from '../../db/schema';
import { dayFromParts } from '../calendar/days';
import { type FormValues, one } from './form-values';

// Zod pieces that every form shares. Their messages are keys: `required`, `tooLong`, `date`,
// `dateRequired` (see fieldErrorText), which each module maps to a sentence naming the field.

/** Both languages or neither: a text given only in Latvian would leave English readers without it. */
export const optionalBilingual = z
  .object({ lv: z.string().trim().max(5000, 'tooLong'), en: z.string().trim().max(5000, 'tooLong') })
  .superRefine((v, ctx) => {
    if (v.lv && !v.en) ctx.addIssue({ code: 'custom', path: ['en'], message: 'required' });
    if (v.en && !v.lv) ctx.addIssue({ code: 'custom', path: ['lv'], message: 'required' });
  })
  .transform((v): Bilingual | null => (v.lv || v.en ? v : null));

/** GOV.UK date input: day, month and year fields. */
export const dateParts = z
  .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
  .transform((p, ctx) => {
    const numeric = [p.day, p.month, p.year].every((part) => /^\d{1,4}$/.test(part));
    const day = numeric ? dayFromParts(Number(p.year), Number(p.month), Number(p.day)) : undefined;
    if (!day) {
      ctx.addIssue({ code: 'custom', message: p.day || p.month || p.year ? 'date' : 'dateRequired' });
      return z.NEVER;
    }
    return day;
  });

export const datePartsOf = (values: FormValues, name: string) => ({
  day: one(values, `${name}-day`),
  month: one(values, `${name}-month`),
  year: one(values, `${name}-year`),
});

const COMMON_FIELD_ERRORS = {
  invalid: { lv: 'Pārbaudiet šo lauku', en: 'Check this field' },
  required: { lv: 'Aizpildiet šo lauku', en: 'Fill in this field' },
  tooLong: { lv: 'Teksts ir par garu', en: 'The text is too long' },
  date: {
    lv: 'Ievadiet pareizu datumu, piemēram, 31 12 2027',
    en: 'Enter a real date, for example 31 12 2027',
  },
  dateRequired: { lv: 'Ievadiet datumu', en: 'Enter a date' },
} as const;

/** The message of a key the shared pieces above report; any other key reads „Pārbaudiet šo lauku”. */
export function commonFieldError(locale: 'lv' | 'en', key: string): string {
  const entry = Object.hasOwn(COMMON_FIELD_ERRORS, key)
    ? COMMON_FIELD_ERRORS[key as keyof typeof COMMON_FIELD_ERRORS]
    : COMMON_FIELD_ERRORS.invalid;
  return entry[locale];
}
