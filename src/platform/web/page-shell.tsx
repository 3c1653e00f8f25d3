import type { ComponentChildren } from 'preact';
import { type Locale, t } from '../i18n';

export interface Crumb {
  text: string;
  href?: string;
}

/**
 * The document every page shares, public or staff: head, skip link, the municipality's header with
 * a navigation, breadcrumbs, main and footer. Layouts fill in what differs.
 */
export function PageShell(props: {
  locale: Locale;
  title: string;
  alternateUrl: string;
  hasCoatOfArms: boolean;
  noIndex?: boolean;
  brand: { href: string; name: string; tagline: string };
  navLabel: string;
  nav: ComponentChildren;
  /** After the language switch, e.g. the staff sign-out button. */
  navEnd?: ComponentChildren;
  afterHeader?: ComponentChildren;
  crumbs?: Crumb[];
  crumbsLabel: string;
  footer: ComponentChildren;
  children: ComponentChildren;
}) {
  const { locale, brand, crumbs } = props;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  return (
    <html lang={locale} class="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noIndex && <meta name="robots" content="noindex, nofollow" />}
        <title>{props.title}</title>
        <link rel="stylesheet" href="/assets/pietura.css" />
        <link rel="stylesheet" href="/assets/theme.css" />
        <link rel="alternate" hrefLang={other} href={props.alternateUrl} />
        {props.hasCoatOfArms && <link rel="icon" href="/assets/coat-of-arms.svg" type="image/svg+xml" />}
        <script type="module" src="/assets/js/init.js" />
      </head>
      <body class="govuk-template__body">
        <a href="#main" class="govuk-skip-link" data-module="govuk-skip-link">
          {t(locale, 'site.skip')}
        </a>
        <header class="pietura-header">
          <div class="govuk-width-container pietura-header__inner">
            <a class="pietura-header__brand" href={brand.href}>
              {props.hasCoatOfArms && (
                <img class="pietura-header__arms" src="/assets/coat-of-arms.svg" alt="" />
              )}
              <span>
                <span class="pietura-header__name">{brand.name}</span>
                <span class="pietura-header__service">{brand.tagline}</span>
              </span>
            </a>
            <nav class="pietura-header__nav" aria-label={props.navLabel}>
              {props.nav}
              <a
                href={props.alternateUrl}
                hrefLang={other}
                lang={other}
                aria-label={t(locale, 'site.switchLanguageLabel')}
              >
                {t(locale, 'site.switchLanguage')}
              </a>
              {props.navEnd}
            </nav>
          </div>
        </header>
        {props.afterHeader}
        <div class="govuk-width-container">
          {crumbs && crumbs.length > 0 && (
            <nav class="govuk-breadcrumbs" aria-label={props.crumbsLabel}>
              <ol class="govuk-breadcrumbs__list">
                {crumbs.map((c) => (
                  <li class="govuk-breadcrumbs__list-item" key={c.text}>
                    {c.href ? (
                      <a class="govuk-breadcrumbs__link" href={c.href}>
                        {c.text}
                      </a>
                    ) : (
                      c.text
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <main class="govuk-main-wrapper" id="main">
            {props.children}
          </main>
        </div>
        <footer class="govuk-footer">
          <div class="govuk-width-container">
            <div class="govuk-footer__meta">
              <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">{props.footer}</div>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
