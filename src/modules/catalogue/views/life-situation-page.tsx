import { formatDate, type Locale, pick } from '../../../platform/i18n';
import { SummaryList } from '../../../platform/web/components/summary-list';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';
import type { LifeSituationView, WithdrawnService } from '../service';
import { type CentreRef, feeText, timeText, whereText } from './format';

/** A step whose service was withdrawn, in plain words: since when, and what to do instead. */
function WithdrawnStep(props: { withdrawn: WithdrawnService; locale: Locale }) {
  const { withdrawn, locale } = props;
  const replacement = withdrawn.replacement;
  return (
    <>
      <p class="govuk-body">
        {msg(locale, 'life.stepWithdrawn', { date: formatDate(withdrawn.withdrawnAt, locale) })}
      </p>
      {replacement ? (
        <p class="govuk-body">
          {msg(locale, 'life.stepReplacement')}{' '}
          <a class="govuk-link" href={href(locale, 'services', replacement.code)}>
            {pick(replacement.version.name, locale)}
          </a>
        </p>
      ) : (
        <p class="govuk-body">{msg(locale, 'life.stepAskCentre')}</p>
      )}
    </>
  );
}

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
                      pick(step.withdrawn?.name, locale)
                    )}
                  </h2>
                  {step.note && <p class="govuk-body">{pick(step.note, locale)}</p>}
                  {s && v ? (
                    <SummaryList
                      noBorder
                      class="pietura-facts"
                      rows={[
                        { key: msg(locale, 'fact.fee'), value: feeText(v, locale) },
                        {
                          key: msg(locale, 'fact.time'),
                          value: timeText(v.processingTime, v.processingTimeUnit, locale),
                        },
                        { key: msg(locale, 'fact.where'), value: whereText(s, centres, locale) },
                      ]}
                    />
                  ) : (
                    step.withdrawn && <WithdrawnStep withdrawn={step.withdrawn} locale={locale} />
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
