import type { Locale } from '../../platform/i18n';

/** The online journey's addresses: `/pakalpojumi/{code}/pieteikties/…` and `/en/services/{code}/apply/…`. */
const BASE = { lv: '/pakalpojumi', en: '/en/services' } as const;
const APPLY = { lv: 'pieteikties', en: 'apply' } as const;

/** The journey's own pages; a form's page ids may not take these words (RESERVED_PAGE_IDS). */
export const SEGMENTS = {
  forWhom: { lv: 'kam', en: 'for-whom' },
  applicant: { lv: 'pieteicejs', en: 'applicant' },
  represented: { lv: 'parstavamais', en: 'represented-person' },
  delivery: { lv: 'sanemsana', en: 'delivery' },
  check: { lv: 'parbaude', en: 'check' },
  done: { lv: 'iesniegts', en: 'done' },
  save: { lv: 'saglabat', en: 'save' },
  resume: { lv: 'turpinat', en: 'resume' },
} as const;
export type Segment = keyof typeof SEGMENTS;

/** The route pattern of the journey's start (`:code` for the service). */
export function journeyPattern(locale: Locale): string {
  return `${BASE[locale]}/:code/${APPLY[locale]}`;
}

export function journeyHref(locale: Locale, code: string): string {
  return `${BASE[locale]}/${encodeURIComponent(code)}/${APPLY[locale]}`;
}

/** A step: one of the journey's own pages, or a form page by its id. */
export function stepHref(locale: Locale, code: string, step: string, query?: string): string {
  // Own keys only: a form page may be called `constructor`, which every object answers to.
  const segment = Object.hasOwn(SEGMENTS, step) ? SEGMENTS[step as Segment][locale] : step;
  return `${journeyHref(locale, code)}/${segment}${query ? `?${query}` : ''}`;
}

export function resumeHref(locale: Locale, code: string, token: string): string {
  return `${journeyHref(locale, code)}/${SEGMENTS.resume[locale]}/${token}`;
}

export function servicePageHref(locale: Locale, code: string): string {
  return `${BASE[locale]}/${encodeURIComponent(code)}`;
}

/** A change link from check your answers comes back there after saving. */
export const FROM_CHECK = 'from=check';
