import { staffHref } from '../../../platform/auth/paths';
import type { Locale } from '../../../platform/i18n';

export const SEGMENTS = {
  hours: { lv: 'darba-laiks', en: 'hours' },
  exceptions: { lv: 'izmainas', en: 'exceptions' },
  delete: { lv: 'dzest', en: 'delete' },
} as const;

export function centresAdminHref(locale: Locale): string {
  return staffHref(locale, 'centres');
}

export function centreAdminHref(locale: Locale, code: string, query?: string): string {
  return staffHref(locale, 'centres', code) + (query ? `?${query}` : '');
}

export function hoursHref(locale: Locale, code: string): string {
  return staffHref(locale, 'centres', code, SEGMENTS.hours[locale]);
}

export function exceptionsHref(locale: Locale, code: string): string {
  return staffHref(locale, 'centres', code, SEGMENTS.exceptions[locale]);
}

export function deleteExceptionHref(locale: Locale, code: string, id: number): string {
  return staffHref(locale, 'centres', code, SEGMENTS.exceptions[locale], id, SEGMENTS.delete[locale]);
}
