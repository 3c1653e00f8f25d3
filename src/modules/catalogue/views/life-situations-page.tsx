import type { Bilingual } from '../../../db/schema';
import { pick } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';

/** The list of life situation guides (R5). */
export function LifeSituationsPage(props: {
  site: SiteContext;
  lifeSituations: { code: string; title: Bilingual; summary: Bilingual }[];
}) {
  const { site } = props;
  const { locale } = site;
  return (
    <Layout site={site} title={msg(locale, 'life.title')}>
      <h1 class="govuk-heading-xl">{msg(locale, 'life.title')}</h1>
      <p class="govuk-body-l">{msg(locale, 'life.lead')}</p>
      {props.lifeSituations.length === 0 ? (
        <p class="govuk-body">{msg(locale, 'life.none')}</p>
      ) : (
        <ul class="pietura-card-list">
          {props.lifeSituations.map((ls) => (
            <li key={ls.code}>
              <h2 class="govuk-heading-m">
                <a class="govuk-link" href={href(locale, 'lifeSituations', ls.code)}>
                  {pick(ls.title, locale)}
                </a>
              </h2>
              <p class="govuk-body">{pick(ls.summary, locale)}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
