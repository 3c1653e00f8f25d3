import { pick } from '../../../platform/i18n';
import { SummaryList } from '../../../platform/web/components/summary-list';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';
import type { LifeSituationView } from '../service';
import { type CentreRef, feeText, timeText, whereText } from './format';

/** One life situation: its services as ordered steps, each with its key facts. */
export function LifeSituationPage(props: {
  site: SiteContext;
  lifeSituation: LifeSituationView;
  centres: CentreRef[];
}) {
  const { site, lifeSituation, centres } = props;
  const { locale } = site;
  const title = pick(lifeSituation.title, locale);
  return (
    <Layout
      site={site}
      title={title}
      crumbs={[{ text: msg(locale, 'life.title'), href: href(locale, 'lifeSituations') }]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">{title}</h1>
          <p class="govuk-body-l">{pick(lifeSituation.summary, locale)}</p>
          <ol class="pietura-steps" aria-label={msg(locale, 'life.steps')}>
            {lifeSituation.steps.map((step, i) => {
              const s = step.service;
              const v = s?.version;
              return (
                <li class="pietura-steps__step" key={step.position}>
                  <h2 class="govuk-heading-m pietura-steps__title">
                    <span class="govuk-caption-m">{msg(locale, 'life.step', { n: i + 1 })}</span>
                    {s && v ? (
                      <a class="govuk-link" href={href(locale, 'services', s.code)}>
                        {pick(v.name, locale)}
                      </a>
                    ) : (
                      step.serviceCode
                    )}
                  </h2>
                  {step.note && <p class="govuk-body">{pick(step.note, locale)}</p>}
                  {s && v ? (
                    <SummaryList
                      noBorder
                      class="pietura-facts"
                      rows={[
                        { key: msg(locale, 'fact.fee'), value: feeText(v.feeCents, locale) },
                        {
                          key: msg(locale, 'fact.time'),
                          value: timeText(v.processingTime, v.processingTimeUnit, locale),
                        },
                        { key: msg(locale, 'fact.where'), value: whereText(s, centres, locale) },
                      ]}
                    />
                  ) : (
                    <p class="govuk-body">{msg(locale, 'life.stepUnavailable')}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </Layout>
  );
}
