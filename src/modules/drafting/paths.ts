import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';

const NEW = { lv: 'jauns', en: 'new' } as const;
/** The coverage dashboard sits beside the plan: /darbs/parklajums, /en/work/coverage. */
export const COVERAGE = { lv: '/darbs/parklajums', en: '/en/work/coverage' } as const;

export function planHref(locale: Locale, query?: string): string {
  return staffHref(locale, 'draftingPlan') + (query ? `?${query}` : '');
}

export function newItemHref(locale: Locale): string {
  return staffHref(locale, 'draftingPlan', NEW[locale]);
}

export function itemHref(locale: Locale, id: number | string): string {
  return staffHref(locale, 'draftingPlan', id);
}

export function coverageHref(locale: Locale): string {
  return COVERAGE[locale];
}
