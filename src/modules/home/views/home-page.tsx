import type { Bilingual } from '../../../db/schema';
import { pick, t } from '../../../platform/i18n';
import { InsetText } from '../../../platform/web/components/inset-text';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import type { CentreCoverage } from '../../catalogue/service';
import { CentreCoverageShort } from '../../catalogue/views/centre-coverage';
import { msg } from '../messages';
import { CentreLinks } from './centre-links';
import { LifeSituationCards } from './life-situation-cards';
import { SearchPanel } from './search-panel';

export interface HomeCategory {
  code: string;
  name: Bilingual;
  serviceCount: number;
}

/** The front page: search first, then life situations, categories and centres. */
export function HomePage(props: {
  site: SiteContext;
  lifeSituations: { code: string; title: Bilingual; summary: Bilingual }[];
  categories: HomeCategory[];
  centres: { code: string; name: Bilingual; isMain: boolean }[];
  coverage: CentreCoverage;
}) {
  const { site } = props;
  const { locale } = site;
  return (
    <Layout site={site} title={msg(locale, 'home.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{pick(site.municipality.name, locale)}</span>
          <h1 class="govuk-heading-xl">{msg(locale, 'home.title')}</h1>
          <p class="govuk-body-l">{msg(locale, 'home.lead')}</p>
          <SearchPanel locale={locale} />
        </div>
      </div>

      <h2 class="govuk-heading-l">{t(locale, 'site.lifeSituations')}</h2>
      <p class="govuk-body">{msg(locale, 'lifeSituations.lead')}</p>
      <LifeSituationCards locale={locale} lifeSituations={props.lifeSituations} />
      <p class="govuk-body">
        <a class="govuk-link" href={href(locale, 'lifeSituations')}>
          {msg(locale, 'lifeSituations.all')}
        </a>
      </p>

      <h2 class="govuk-heading-l">{msg(locale, 'categories.heading')}</h2>
      <ul class="govuk-list pietura-columns">
        {props.categories.map((c) => (
          <li key={c.code}>
            <a class="govuk-link" href={`${href(locale, 'services')}?category=${encodeURIComponent(c.code)}`}>
              {pick(c.name, locale)}
            </a>{' '}
            <span class="govuk-hint pietura-inline-hint">({c.serviceCount})</span>
          </li>
        ))}
      </ul>

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-l">{t(locale, 'site.centres')}</h2>
          <p class="govuk-body">{msg(locale, 'centres.lead')}</p>
          <CentreCoverageShort coverage={props.coverage} locale={locale} />
          <CentreLinks locale={locale} centres={props.centres} />
        </div>
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-l">{msg(locale, 'howToApply.heading')}</h2>
          <InsetText>
            <p class="govuk-body">{msg(locale, 'howToApply.body')}</p>
            {site.municipality.address && (
              <p class="govuk-body">
                {msg(locale, 'howToApply.post', { address: site.municipality.address })}
              </p>
            )}
          </InsetText>
        </div>
      </div>
    </Layout>
  );
}
