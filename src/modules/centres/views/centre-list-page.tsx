import { pick, t } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import type { CentreCoverage } from '../../catalogue/service';
import { CentreCoverageText } from '../../catalogue/views/centre-coverage';
import { m } from '../messages';
import type { CentreOverview } from '../service';
import { eveningText, fullAddress, telHref, todayText } from './format';

export function CentreListPage(props: {
  site: SiteContext;
  centres: CentreOverview[];
  coverage: CentreCoverage;
}) {
  const { site, centres } = props;
  const { locale } = site;
  const title = t(locale, 'site.centres');
  return (
    <Layout site={site} title={title}>
      <h1 class="govuk-heading-xl">{title}</h1>
      <div class="govuk-body-l">
        <CentreCoverageText coverage={props.coverage} locale={locale} />
      </div>
      <ul class="pietura-card-list">
        {centres.map(({ centre, today, nextEvening }) => (
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
