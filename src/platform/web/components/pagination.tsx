import type { Locale } from '../../i18n';
import { componentText } from './messages';

/** Page numbers to show: the first, the last and the neighbours of the current one; null marks a gap. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((p) => p >= 1 && p <= total)
    .sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const p of shown) {
    const last = result[result.length - 1];
    if (typeof last === 'number' && p - last > 1) result.push(null);
    result.push(p);
  }
  return result;
}

/** GOV.UK pagination; renders nothing when there is a single page. */
export function Pagination(props: {
  locale: Locale;
  current: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const { locale, current, total, hrefFor } = props;
  if (total <= 1) return null;
  return (
    <nav class="govuk-pagination pietura-no-print" aria-label={componentText(locale, 'pagination.label')}>
      {current > 1 && (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={hrefFor(current - 1)} rel="prev">
            <svg
              class="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span class="govuk-pagination__link-title">
              {componentText(locale, 'pagination.previous')}
              <span class="govuk-visually-hidden">{componentText(locale, 'pagination.pageSuffix')}</span>
            </span>
          </a>
        </div>
      )}
      <ul class="govuk-pagination__list">
        {pageWindow(current, total).map((page, i) =>
          page === null ? (
            <li class="govuk-pagination__item govuk-pagination__item--ellipsis" key={`gap-${i}`}>
              ⋯
            </li>
          ) : (
            <li
              class={`govuk-pagination__item${page === current ? ' govuk-pagination__item--current' : ''}`}
              key={page}
            >
              <a
                class="govuk-link govuk-pagination__link"
                href={hrefFor(page)}
                aria-label={componentText(locale, 'pagination.page', { n: page })}
                aria-current={page === current ? 'page' : undefined}
              >
                {page}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < total && (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={hrefFor(current + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              {componentText(locale, 'pagination.next')}
              <span class="govuk-visually-hidden">{componentText(locale, 'pagination.pageSuffix')}</span>
            </span>
            <svg
              class="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </a>
        </div>
      )}
    </nav>
  );
}
