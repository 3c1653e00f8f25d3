import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';

const DELETE = { lv: 'dzest', en: 'delete' } as const;

export function calendarHref(locale: Locale, query?: { year?: number; done?: string }): string {
  const params = new URLSearchParams();
  if (query?.year !== undefined) params.set('year', String(query.year));
  if (query?.done) params.set('done', query.done);
  const search = params.toString();
  return staffHref(locale, 'calendar') + (search ? `?${search}` : '');
}

export function deleteMovedDayHref(locale: Locale, id: number): string {
  return staffHref(locale, 'calendar', id, DELETE[locale]);
}

export const DELETE_SEGMENT = DELETE;
