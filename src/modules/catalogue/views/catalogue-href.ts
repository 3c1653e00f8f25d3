import type { Locale } from '../../../platform/i18n';
import { href } from '../../../platform/web/paths';
import type { CatalogueFilter } from '../schema';

/** The catalogue address with the given filters as plain GET parameters (defaults left out). */
export function catalogueHref(
  locale: Locale,
  filter: Partial<CatalogueFilter>,
  changes: Partial<CatalogueFilter> = {},
): string {
  const f = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (f.q) params.set('q', f.q);
  if (f.category) params.set('category', f.category);
  if (f.unit) params.set('unit', f.unit);
  if (f.centre) params.set('centre', f.centre);
  if (f.channel) params.set('channel', f.channel);
  if (f.eservice) params.set('eservice', '1');
  if (f.onTheSpot) params.set('onTheSpot', '1');
  if (f.page && f.page > 1) params.set('page', String(f.page));
  const query = params.toString();
  return query ? `${href(locale, 'services')}?${query}` : href(locale, 'services');
}

/** The address of each page of these results: the same parameters, the page last (as catalogueHref). */
export function catalogueHrefForPage(
  locale: Locale,
  filter: Partial<CatalogueFilter>,
): (page: number) => string {
  const first = catalogueHref(locale, filter, { page: 1 });
  const join = first.includes('?') ? '&' : '?';
  return (page) => (page > 1 ? `${first}${join}page=${page}` : first);
}

export function hasFilters(filter: CatalogueFilter): boolean {
  return Boolean(
    filter.q ||
      filter.category ||
      filter.unit ||
      filter.centre ||
      filter.channel ||
      filter.eservice ||
      filter.onTheSpot,
  );
}
