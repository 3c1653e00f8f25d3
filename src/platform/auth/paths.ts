import type { Locale } from '../i18n';

/** Staff workspace addresses in both languages: Latvian under /darbs, English under /en/work. */
export const STAFF_ROUTES = {
  dashboard: { lv: '/darbs', en: '/en/work' },
  signIn: { lv: '/darbs/ieiet', en: '/en/work/sign-in' },
  signOut: { lv: '/darbs/iziet', en: '/en/work/sign-out' },
  password: { lv: '/darbs/parole', en: '/en/work/password' },
  users: { lv: '/darbs/lietotaji', en: '/en/work/users' },
  standards: { lv: '/darbs/standarti', en: '/en/work/standards' },
  draftingPlan: { lv: '/darbs/izstrades-plans', en: '/en/work/drafting-plan' },
  centres: { lv: '/darbs/centri', en: '/en/work/centres' },
  calendar: { lv: '/darbs/kalendars', en: '/en/work/calendar' },
  settings: { lv: '/darbs/iestatijumi', en: '/en/work/settings' },
  cases: { lv: '/darbs/lietas', en: '/en/work/cases' },
  consultations: { lv: '/darbs/konsultacijas', en: '/en/work/consultations' },
  apiKeys: { lv: '/darbs/api-atslegas', en: '/en/work/api-keys' },
  mail: { lv: '/darbs/pasts', en: '/en/work/mail' },
  parties: { lv: '/darbs/personas', en: '/en/work/parties' },
  retention: { lv: '/darbs/glabasana', en: '/en/work/retention' },
} as const;

export type StaffRouteName = keyof typeof STAFF_ROUTES;

/** A staff page address, optionally with path segments under it (each one URL-encoded). */
export function staffHref(locale: Locale, route: StaffRouteName, ...segments: (string | number)[]): string {
  const base = STAFF_ROUTES[route][locale];
  return segments.length === 0
    ? base
    : `${base}/${segments.map((s) => encodeURIComponent(String(s))).join('/')}`;
}

/** Whether a request URL (path and query) is in the staff workspace. */
export function isStaffPath(url: string): boolean {
  return /^\/(darbs|en\/work)(\/|\?|$)/.test(url);
}

/** The sign-in page, with the page to return to when it is a staff page (never another site). */
export function signInUrl(locale: Locale, next?: string): string {
  const base = STAFF_ROUTES.signIn[locale];
  return next && safeNext(next) ? `${base}?next=${encodeURIComponent(next)}` : base;
}

/** Accepts only a path inside the staff workspace as a place to return to after signing in. */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 1000) return undefined;
  if (!isStaffPath(next) || /[\\\s\p{Cc}]/u.test(next)) return undefined;
  return next;
}
