import { pick, t } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import type { CatalogueFilter } from '../schema';
import type { ServiceStandard } from '../service';
import type { CategoryRow, OrganisationRow } from '../store';

export function CataloguePage(props: {
  site: SiteContext;
  filter: CatalogueFilter;
  services: ServiceStandard[];
  categories: CategoryRow[];
  organisations: OrganisationRow[];
}) {
  const { site, services } = props;
  const { locale } = site;
  return (
    <Layout site={site} title={t(locale, 'site.services')}>
      <h1 class="govuk-heading-xl">{t(locale, 'site.services')}</h1>
      <ul class="pietura-card-list">
        {services.map((s) => (
          <li key={s.code}>
            <a class="govuk-link govuk-heading-s" href={href(locale, 'services', s.code)}>
              {pick(s.version.name, locale)}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
