import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { type Locale, pick } from '../../../platform/i18n';
import { ErrorSummary, type FormError } from '../../../platform/web/components/form';
import { Layout, type SiteContext } from '../../../platform/web/layout';
import { href } from '../../../platform/web/paths';
import { servicePageHref } from '../paths';
import type { Journey } from '../service';

export const say = (locale: Locale, lv: string, en: string) => (locale === 'lv' ? lv : en);

/** What every page of the journey knows. */
export interface JourneyContext {
  site: SiteContext;
  journey: Journey;
  /** The draft's CSRF token (empty before a draft exists). */
  csrf: string;
}

/** A journey page: the service's name as the caption, a back link that keeps the answers, the error summary first. */
export function JourneyLayout(props: {
  ctx: JourneyContext;
  title: string;
  back?: string;
  errors?: FormError[];
  extra?: string[];
  /** Problems on other pages of the journey (check your answers): each links to its page. */
  errorLinks?: { href: string; text: string }[];
  children: ComponentChildren;
  /** Loads the script that hides conditional questions (the page works without it). */
  conditions?: boolean;
}) {
  const { ctx, title } = props;
  const { locale } = ctx.site;
  const serviceName = pick(ctx.journey.service.name, locale);
  const links = props.errorLinks ?? [];
  const hasErrors = (props.errors?.length ?? 0) > 0 || (props.extra?.length ?? 0) > 0 || links.length > 0;
  return (
    <Layout
      site={ctx.site}
      title={hasErrors ? `${say(locale, 'Kļūda', 'Error')}: ${title}` : title}
      crumbs={[
        { text: say(locale, 'Pakalpojumi', 'Services'), href: href(locale, 'services') },
        { text: serviceName, href: servicePageHref(locale, ctx.journey.code) },
      ]}
    >
      {props.back && (
        <a href={props.back} class="govuk-back-link">
          {say(locale, 'Atpakaļ', 'Back')}
        </a>
      )}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {links.length > 0 ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title">
                  {say(locale, 'Lūdzu, izlabojiet kļūdas', 'There is a problem')}
                </h2>
                <div class="govuk-error-summary__body">
                  <ul class="govuk-list govuk-error-summary__list">
                    {links.map((l) => (
                      <li key={l.text}>
                        <a href={l.href}>{l.text}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          ) : (
            <ErrorSummary locale={locale} errors={props.errors ?? []} extra={props.extra} />
          )}
          <span class="govuk-caption-l">{serviceName}</span>
          {props.children}
        </div>
      </div>
      {props.conditions && <script type="module" src="/assets/js/form-conditions.js" />}
    </Layout>
  );
}

export function CsrfHidden(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}
