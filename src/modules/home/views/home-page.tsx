import type { Bilingual } from '../../../db/schema';
import { pick, t } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';

export function HomePage(props: {
  site: SiteContext;
  lifeSituations: { code: string; title: Bilingual; summary: Bilingual }[];
  centres: { code: string; name: Bilingual }[];
}) {
  const { site } = props;
  const { locale } = site;
  return (
    <Layout site={site} title={t(locale, 'site.services')}>
      <h1 class="govuk-heading-xl">{pick(site.municipality.name, locale)}</h1>
      <form method="get" action={href(locale, 'services')} role="search" class="pietura-search">
        <label class="govuk-visually-hidden" for="q">
          {locale === 'lv' ? 'Meklēt pakalpojumu' : 'Search for a service'}
        </label>
        <input class="govuk-input" id="q" name="q" type="search" />
        <button class="govuk-button" type="submit">
          {locale === 'lv' ? 'Meklēt' : 'Search'}
        </button>
      </form>
      <h2 class="govuk-heading-l">{t(locale, 'site.lifeSituations')}</h2>
      <ul class="govuk-list">
        {props.lifeSituations.map((ls) => (
          <li key={ls.code}>
            <a class="govuk-link" href={href(locale, 'lifeSituations', ls.code)}>
              {pick(ls.title, locale)}
            </a>
          </li>
        ))}
      </ul>
      <h2 class="govuk-heading-l">{t(locale, 'site.centres')}</h2>
      <ul class="govuk-list">
        {props.centres.map((c) => (
          <li key={c.code}>
            <a class="govuk-link" href={href(locale, 'centres', c.code)}>
              {pick(c.name, locale)}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
