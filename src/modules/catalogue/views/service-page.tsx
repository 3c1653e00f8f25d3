import { pick, t } from '../../../platform/i18n';
import { WarningText } from '../../../platform/web/components/inset-text';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';
import type { ServiceStandard } from '../service';
import { catalogueHref } from './catalogue-href';
import type { CentreRef } from './format';
import { ApplySection } from './service/apply-section';
import { AtAGlance } from './service/at-a-glance';
import { ContactsSection } from './service/contacts-section';
import { FactsSection } from './service/facts-section';
import { LegalSection } from './service/legal-section';
import { type HistoryEntry, StandardSection } from './service/standard-section';
import { type Upcoming, UpcomingBanner, UpcomingSection } from './service/upcoming-section';
import { WhereSection } from './service/where-section';
import { ServiceTags } from './service-tags';

/**
 * One published service standard with every public R1 field. Internal notes are never rendered.
 * „Īsumā” comes right after the description in the page's order, so a phone shows it first; on a
 * wide screen it floats to the right of the details.
 */
export function ServicePage(props: {
  site: SiteContext;
  standard: ServiceStandard;
  history: HistoryEntry[];
  centres: CentreRef[];
  upcoming?: Upcoming | undefined;
}) {
  const { site, standard, centres, upcoming } = props;
  const { locale } = site;
  const v = standard.version;
  const name = pick(v.name, locale);
  const category = pick(standard.category.name, locale);
  return (
    <Layout
      site={site}
      title={name}
      crumbs={[
        { text: t(locale, 'site.services'), href: href(locale, 'services') },
        { text: category, href: catalogueHref(locale, { category: standard.category.code }) },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{category}</span>
          <h1 class="govuk-heading-xl">{name}</h1>
          <p class="govuk-body-l">{pick(v.description, locale)}</p>
          <ServiceTags standard={standard} locale={locale} />
          {upcoming && <UpcomingBanner upcoming={upcoming} locale={locale} />}
        </div>
      </div>
      <div class="govuk-grid-row">
        <aside
          class="govuk-grid-column-one-third pietura-aside"
          aria-label={msg(locale, 'service.atAGlance')}
        >
          <AtAGlance standard={standard} centres={centres} locale={locale} />
          <h2 class="govuk-heading-m pietura-no-print">{msg(locale, 'service.help')}</h2>
          <p class="govuk-body pietura-no-print">
            {msg(locale, 'service.help.body')}{' '}
            <a class="govuk-link" href={href(locale, 'centres')}>
              {t(locale, 'site.centres')}
            </a>
          </p>
        </aside>
        <div class="govuk-grid-column-two-thirds pietura-service-main">
          {v.centreException && <WarningText locale={locale}>{pick(v.centreException, locale)}</WarningText>}
          <ApplySection standard={standard} locale={locale} />
          <FactsSection standard={standard} locale={locale} />
          <WhereSection standard={standard} centres={centres} locale={locale} />
          <LegalSection standard={standard} locale={locale} />
          <ContactsSection standard={standard} locale={locale} />
          {upcoming && (
            <UpcomingSection upcoming={upcoming} centres={centres} locale={locale} until={v.validTo} />
          )}
          <StandardSection standard={standard} history={props.history} locale={locale} />
        </div>
      </div>
    </Layout>
  );
}
