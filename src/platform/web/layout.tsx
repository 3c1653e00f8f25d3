import type { ComponentChildren } from 'preact';
import type { Bilingual } from '../../db/schema';
import { type Locale, pick, t } from '../i18n';
import { href } from './paths';

/** What every public page knows about its request and the municipality. */
export interface SiteContext {
  locale: Locale;
  /** The same page in the other language. */
  alternateUrl: string;
  municipality: {
    name: Bilingual;
    address: string;
    phone: string | null;
    email: string | null;
    website: string | null;
    hasCoatOfArms: boolean;
  };
}

export interface Crumb {
  text: string;
  href?: string;
}

export function Layout(props: {
  site: SiteContext;
  title: string;
  crumbs?: Crumb[];
  children: ComponentChildren;
}) {
  const { site, title, crumbs } = props;
  const { locale, municipality } = site;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const name = pick(municipality.name, locale);
  return (
    <html lang={locale} class="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${name}`}</title>
        <link rel="stylesheet" href="/assets/pietura.css" />
        <link rel="stylesheet" href="/assets/theme.css" />
        <link rel="alternate" hrefLang={other} href={site.alternateUrl} />
        {municipality.hasCoatOfArms && (
          <link rel="icon" href="/assets/coat-of-arms.svg" type="image/svg+xml" />
        )}
        <script type="module" src="/assets/js/init.js" />
      </head>
      <body class="govuk-template__body">
        <a href="#main" class="govuk-skip-link" data-module="govuk-skip-link">
          {t(locale, 'site.skip')}
        </a>
        <header class="pietura-header">
          <div class="govuk-width-container pietura-header__inner">
            <a class="pietura-header__brand" href={href(locale, 'home')}>
              {municipality.hasCoatOfArms && (
                <img class="pietura-header__arms" src="/assets/coat-of-arms.svg" alt="" />
              )}
              <span>
                <span class="pietura-header__name">{name}</span>
                <span class="pietura-header__service">{t(locale, 'site.tagline')}</span>
              </span>
            </a>
            <nav
              class="pietura-header__nav"
              aria-label={locale === 'lv' ? 'Galvenā navigācija' : 'Main navigation'}
            >
              <a href={href(locale, 'services')}>{t(locale, 'site.services')}</a>
              <a href={href(locale, 'lifeSituations')}>{t(locale, 'site.lifeSituations')}</a>
              <a href={href(locale, 'centres')}>{t(locale, 'site.centres')}</a>
              <a
                href={site.alternateUrl}
                hrefLang={other}
                lang={other}
                aria-label={t(locale, 'site.switchLanguageLabel')}
              >
                {t(locale, 'site.switchLanguage')}
              </a>
            </nav>
          </div>
        </header>
        <div class="govuk-width-container">
          {crumbs && crumbs.length > 0 && (
            <nav class="govuk-breadcrumbs" aria-label={locale === 'lv' ? 'Atrašanās vieta' : 'Breadcrumb'}>
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
              <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <h2 class="govuk-heading-s">{t(locale, 'site.footer.contacts')}</h2>
                <p class="govuk-body-s">
                  {name}, {municipality.address}
                  {municipality.phone && (
                    <>
                      <br />
                      {municipality.phone}
                    </>
                  )}
                  {municipality.email && (
                    <>
                      <br />
                      <a class="govuk-footer__link" href={`mailto:${municipality.email}`}>
                        {municipality.email}
                      </a>
                    </>
                  )}
                </p>
                <ul class="govuk-footer__inline-list">
                  <li class="govuk-footer__inline-list-item">
                    <a class="govuk-footer__link" href="/api/docs">
                      {t(locale, 'site.footer.api')}
                    </a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
