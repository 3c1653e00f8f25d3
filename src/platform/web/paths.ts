import type { Locale } from '../i18n';

/** Public URL patterns in both languages (DESIGN §5: Latvian at /, English at /en/…). */
export const ROUTES = {
  home: { lv: '/', en: '/en' },
  services: { lv: '/pakalpojumi', en: '/en/services' },
  lifeSituations: { lv: '/dzives-situacijas', en: '/en/life-situations' },
  centres: { lv: '/centri', en: '/en/centres' },
} as const;

export type RouteName = keyof typeof ROUTES;

/** The address of a public page, optionally of one item under it (a service code, a centre code…). */
export function href(locale: Locale, route: RouteName, item?: string): string {
  const base = ROUTES[route][locale];
  return item === undefined ? base : `${base}/${encodeURIComponent(item)}`;
}
