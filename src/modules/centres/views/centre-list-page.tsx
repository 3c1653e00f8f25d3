import { pick, t } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import type { CentreCoverage } from '../../catalogue/service';
import { CentreCoverageText } from '../../catalogue/views/centre-coverage';
import { m } from '../messages';
import type { CentreOverview } from '../service';
import { eveningText, fullAddress, stateText, telHref, todayText } from './format';

/** Finds a centre by the place a resident lives in: a GET form that works without JavaScript. */
function PlaceSearch(props: { locale: SiteContext['locale']; q: string }) {
  const { locale } = props;
  return (
    <form method="get" action={href(locale, 'centres')} class="govuk-!-margin-bottom-6">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="centre-q">
          {m(locale, 'search.label')}
        </label>
        <div id="centre-q-hint" class="govuk-hint">
          {m(locale, 'search.hint')}
        </div>
        <input
          class="govuk-input govuk-input--width-20"
          id="centre-q"
          name="q"
          type="search"
          value={props.q}
          aria-describedby="centre-q-hint"
        />{' '}
        <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
          {m(locale, 'search.submit')}
        </button>
      </div>
    </form>
  );
}

export function CentreListPage(props: {
  site: SiteContext;
  centres: CentreOverview[];
  coverage: CentreCoverage;
  q?: string;
}) {
  const { site, centres } = props;
  const { locale } = site;
  const q = props.q ?? '';
  const title = t(locale, 'site.centres');
  return (
    <Layout site={site} title={title}>
      <h1 class="govuk-heading-xl">{title}</h1>
      <div class="govuk-body-l">
        <CentreCoverageText coverage={props.coverage} locale={locale} />
      </div>
      <PlaceSearch locale={locale} q={q} />
      {q && (
        <p class="govuk-body" id="centre-search-result">
          {centres.length === 0 ? m(locale, 'search.none', { q }) : m(locale, 'search.found', { q })}{' '}
          <a class="govuk-link" href={href(locale, 'centres')}>
            {m(locale, 'search.all')}
          </a>
        </p>
      )}
      <ul class="pietura-card-list">
        {centres.map(({ centre, today, state, nextEvening }) => (
          <li key={centre.code}>
            <h2 class="govuk-heading-m">
              <a class="govuk-link" href={href(locale, 'centres', centre.code)}>
                {pick(centre.name, locale)}
              </a>
            </h2>
            {centre.isMain && (
              <p class="govuk-body">
                <strong class="govuk-tag">{m(locale, 'list.mainCentre')}</strong>
              </p>
            )}
            <dl class="govuk-summary-list govuk-summary-list--no-border">
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{m(locale, 'field.address')}</dt>
                <dd class="govuk-summary-list__value">{fullAddress(centre)}</dd>
              </div>
              {centre.phone && (
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">{m(locale, 'field.phone')}</dt>
                  <dd class="govuk-summary-list__value">
                    <a class="govuk-link" href={telHref(centre.phone)}>
                      {centre.phone}
                    </a>
                  </dd>
                </div>
              )}
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{m(locale, 'field.now')}</dt>
                <dd class="govuk-summary-list__value govuk-!-font-weight-bold">{stateText(locale, state)}</dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{m(locale, 'field.today')}</dt>
                <dd class="govuk-summary-list__value">{todayText(locale, today)}</dd>
              </div>
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{m(locale, 'field.nextEvening')}</dt>
                <dd class="govuk-summary-list__value">{eveningText(locale, nextEvening)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
