import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';

/** Path segments under /darbs/standarti (Latvian) and /en/work/standards (English). */
export const SEGMENTS = {
  new: { lv: 'jauns', en: 'new' },
  versions: { lv: 'versijas', en: 'versions' },
  edit: { lv: 'labot', en: 'edit' },
  submit: { lv: 'iesniegt', en: 'submit' },
  approve: { lv: 'apstiprinat', en: 'approve' },
  return: { lv: 'atgriezt', en: 'return' },
  compare: { lv: 'salidzinat', en: 'compare' },
  withdraw: { lv: 'atsaukt', en: 'withdraw' },
  restore: { lv: 'atjaunot', en: 'restore' },
  category: { lv: 'kategorija', en: 'category' },
  requests: { lv: 'pieprasijumi', en: 'requests' },
  form: { lv: 'veidlapa', en: 'form' },
  formField: { lv: 'jautajums', en: 'question' },
  formPage: { lv: 'lapa', en: 'page' },
  formPreview: { lv: 'prieksskatijums', en: 'preview' },
  formDelete: { lv: 'dzest', en: 'delete' },
} as const;

export type VersionAction = 'edit' | 'submit' | 'approve' | 'return';

export function standardsHref(locale: Locale, query?: string): string {
  return staffHref(locale, 'standards') + (query ? `?${query}` : '');
}

export function newServiceHref(locale: Locale): string {
  return staffHref(locale, 'standards', SEGMENTS.new[locale]);
}

export function standardHref(locale: Locale, code: string, query?: string): string {
  return staffHref(locale, 'standards', code) + (query ? `?${query}` : '');
}

export function versionsHref(locale: Locale, code: string): string {
  return staffHref(locale, 'standards', code, SEGMENTS.versions[locale]);
}

export function versionHref(locale: Locale, code: string, n: number, action?: VersionAction): string {
  const base = staffHref(locale, 'standards', code, SEGMENTS.versions[locale], n);
  return action ? `${base}/${SEGMENTS[action][locale]}` : base;
}

export function compareHref(locale: Locale, code: string, a?: number, b?: number): string {
  const base = staffHref(locale, 'standards', code, SEGMENTS.compare[locale]);
  return a !== undefined && b !== undefined ? `${base}?a=${a}&b=${b}` : base;
}

export function withdrawHref(locale: Locale, code: string): string {
  return staffHref(locale, 'standards', code, SEGMENTS.withdraw[locale]);
}

export function restoreHref(locale: Locale, code: string): string {
  return staffHref(locale, 'standards', code, SEGMENTS.restore[locale]);
}

export function categoryHref(locale: Locale, code: string): string {
  return staffHref(locale, 'standards', code, SEGMENTS.category[locale]);
}

export function requestHref(locale: Locale, code: string, id: number): string {
  return staffHref(locale, 'standards', code, SEGMENTS.requests[locale], id);
}

export type FormPart = 'formField' | 'formPage' | 'formPreview' | 'formDelete';

/** The online form of a version (issue 9): its overview, question and page editors, preview, and the confirmation before deleting. */
export function formHref(locale: Locale, code: string, n: number, part?: FormPart, query?: string): string {
  const base = `${versionHref(locale, code, n)}/${SEGMENTS.form[locale]}`;
  return (part ? `${base}/${SEGMENTS[part][locale]}` : base) + (query ? `?${query}` : '');
}
