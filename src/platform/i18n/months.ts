import type { Locale } from './index';

/** Latvian month names in the locative ("in December"): "decembrī". */
const LV_IN_MONTH = [
  'janvārī',
  'februārī',
  'martā',
  'aprīlī',
  'maijā',
  'jūnijā',
  'jūlijā',
  'augustā',
  'septembrī',
  'oktobrī',
  'novembrī',
  'decembrī',
] as const;

const EN_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "In a month" as a sentence needs it: „2026. gada decembrī” (Intl gives the nominative „2026. g.
 * decembris”), "December 2026". `month` is 1–12.
 */
export function inMonth(locale: Locale, year: number, month: number): string {
  if (locale === 'lv') return `${year}. gada ${LV_IN_MONTH[month - 1]}`;
  return EN_MONTH.format(new Date(Date.UTC(year, month - 1, 1)));
}
