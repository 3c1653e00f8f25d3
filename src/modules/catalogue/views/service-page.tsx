import { pick, t } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import type { ServiceStandard } from '../service';

export function ServicePage(props: {
  site: SiteContext;
  standard: ServiceStandard;
  history: { version: number; status: string; validFrom: string | null; validTo: string | null }[];
}) {
  const { site, standard } = props;
  const { locale } = site;
  const name = pick(standard.version.name, locale);
  return (
    <Layout site={site} title={name} crumbs={[{ text: t(locale, 'site.services'), href: href(locale, 'services') }]}>
      <h1 class="govuk-heading-xl">{name}</h1>
      <p class="govuk-body-l">{pick(standard.version.description, locale)}</p>
    </Layout>
  );
}
