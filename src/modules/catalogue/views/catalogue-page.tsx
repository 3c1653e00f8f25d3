import { t } from '../../../platform/i18n';
import { Pagination } from '../../../platform/web/components/pagination';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { countText, msg } from '../messages';
import type { CatalogueFilter } from '../schema';
import type { ServiceListPage } from '../service';
import { CatalogueFilters, type FilterChoices } from './catalogue-filters';
import { catalogueHrefForPage } from './catalogue-href';
import { ServiceResult } from './service-result';

/** The public catalogue: one GET form (search and filters), the count, the results and pagination. */
export function CataloguePage(props: {
  site: SiteContext;
  filter: CatalogueFilter;
  result: ServiceListPage;
  choices: FilterChoices;
}) {
  const { site, filter, result } = props;
  const { locale } = site;
  const title = filter.q ? msg(locale, 'search.resultsFor', { q: filter.q }) : msg(locale, 'catalogue.title');
  return (
    <Layout site={site} title={title}>
      <h1 class="govuk-heading-xl">{msg(locale, 'catalogue.title')}</h1>
      <p class="govuk-body-l">{msg(locale, 'catalogue.lead')}</p>
      <form method="get" action={href(locale, 'services')} class="pietura-catalogue-form">
        {/* Results first in the page's order, so that a phone shows them before the filters; the
            filters follow them (a link jumps there), and a wide screen floats them to the left. */}
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds pietura-catalogue-results">
            <SearchBox locale={locale} q={filter.q} />
            <a
              href="#filters"
              class="govuk-button govuk-button--secondary pietura-filters-jump pietura-no-print"
              data-module="govuk-button"
            >
              {msg(locale, 'filter.jump')}
            </a>
            <h2 class="govuk-heading-m" id="results-count">
              {countText(locale, 'results.count', result.total)}
              {result.pageCount > 1 && (
                <span class="govuk-caption-m">
                  {msg(locale, 'results.pageOf', { page: result.page, pages: result.pageCount })}
                </span>
              )}
            </h2>
            {filter.q && <p class="govuk-body">{msg(locale, 'search.resultsFor', { q: filter.q })}</p>}
            {result.total === 0 ? (
              <NoResults site={site} />
            ) : (
              <ul class="pietura-result-list" aria-labelledby="results-count">
                {result.items.map((s) => (
                  <ServiceResult key={s.code} standard={s} locale={locale} />
                ))}
              </ul>
            )}
            <Pagination
              locale={locale}
              current={result.page}
              total={result.pageCount}
              hrefFor={catalogueHrefForPage(locale, filter)}
            />
          </div>
          <div class="govuk-grid-column-one-third pietura-catalogue-filters" id="filters">
            <CatalogueFilters locale={locale} filter={filter} choices={props.choices} />
          </div>
        </div>
      </form>
    </Layout>
  );
}

function SearchBox(props: { locale: SiteContext['locale']; q: string | undefined }) {
  const { locale } = props;
  return (
    <div class="govuk-form-group pietura-no-print">
      <label class="govuk-label govuk-label--s" for="q">
        {msg(locale, 'search.label')}
      </label>
      <div class="govuk-hint" id="q-hint">
        {msg(locale, 'search.hint')}
      </div>
      <div class="pietura-search">
        <input
          class="govuk-input"
          id="q"
          name="q"
          type="search"
          value={props.q ?? ''}
          aria-describedby="q-hint"
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {msg(locale, 'search.button')}
        </button>
      </div>
    </div>
  );
}

function NoResults(props: { site: SiteContext }) {
  const { locale } = props.site;
  return (
    <div class="govuk-inset-text">
      <h3 class="govuk-heading-s">{msg(locale, 'results.none.title')}</h3>
      <p class="govuk-body">{msg(locale, 'results.none.body')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(locale, 'services')}>
          {msg(locale, 'results.none.all')}
        </a>
      </p>
      <p class="govuk-body">
        {msg(locale, 'results.none.help')}{' '}
        <a class="govuk-link" href={href(locale, 'centres')}>
          {t(locale, 'site.centres')}
        </a>
      </p>
    </div>
  );
}
