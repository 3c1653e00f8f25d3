import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';

/** Pages under the users page, in both languages. */
const SEGMENTS = {
  new: { lv: 'jauns', en: 'new' },
  deactivate: { lv: 'deaktivizet', en: 'deactivate' },
  endSessions: { lv: 'izbeigt-sesijas', en: 'end-sessions' },
  reactivate: { lv: 'aktivizet', en: 'reactivate' },
} as const;

export function newUserHref(locale: Locale): string {
  return staffHref(locale, 'users', SEGMENTS.new[locale]);
}

export type UserAction = 'deactivate' | 'endSessions' | 'reactivate';

/** The POST address of an action on one user; `:id` gives the route pattern. */
export function userActionHref(locale: Locale, id: number | ':id', action: UserAction): string {
  return `${staffHref(locale, 'users')}/${id}/${SEGMENTS[action][locale]}`;
}

/** The page of one user: roles and scopes (GET shows, POST saves); `:id` gives the route pattern. */
export function userHref(locale: Locale, id: number | ':id'): string {
  return `${staffHref(locale, 'users')}/${id}`;
}
