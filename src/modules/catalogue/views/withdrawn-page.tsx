import { formatDate, pick, t } from '../../../platform/i18n';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { msg } from '../messages';
import type { WithdrawnService } from '../service';

/** The page of a withdrawn service (HTTP 410): no longer offered, since when, why, and what instead. */
export function WithdrawnPage(props: { site: SiteContext; withdrawn: WithdrawnService }) {
  const { site, withdrawn } = props;
  const { locale } = site;
  const name = pick(withdrawn.name, locale);
  const reason = typeof withdrawn.reason === 'string' ? withdrawn.reason : pick(withdrawn.reason, locale);
  const replacement = withdrawn.replacement;
  return (
    <Layout
      site={site}
      title={name}
      crumbs={[{ text: t(locale, 'site.services'), href: href(locale, 'services') }]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{msg(locale, 'withdrawn.title')}</span>
          <h1 class="govuk-heading-xl">{name}</h1>
          <div class="govuk-inset-text">
            <p class="govuk-body">
              <strong>{msg(locale, 'withdrawn.title')}.</strong>{' '}
              {msg(locale, 'withdrawn.since', { date: formatDate(withdrawn.withdrawnAt, locale) })}
            </p>
            {reason && (
              <p class="govuk-body">
                {msg(locale, 'withdrawn.reason')}: {reason}
              </p>
            )}
          </div>
          {replacement ? (
            <p class="govuk-body">
              {msg(locale, 'withdrawn.replacement')}{' '}
              <a class="govuk-link" href={href(locale, 'services', replacement.code)}>
                {pick(replacement.version.name, locale)}
              </a>
            </p>
          ) : (
            <p class="govuk-body">{msg(locale, 'withdrawn.noReplacement')}</p>
          )}
          <p class="govuk-body">
            <a class="govuk-link" href={href(locale, 'services')}>
              {t(locale, 'site.services')}
            </a>{' '}
            ·{' '}
            <a class="govuk-link" href={href(locale, 'centres')}>
              {t(locale, 'site.centres')}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
