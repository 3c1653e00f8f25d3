import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Db } from '../../db/connection';
import { type Actor, hasRole } from '../auth/actor';
import { CSRF_FIELD } from '../auth/csrf';
import { type StaffRouteName, staffHref } from '../auth/paths';
import { defineMessages, type Locale, localeFromUrl, pick, t } from '../i18n';
import type { Crumb, SiteContext } from './layout';
import { siteContext } from './site-context';

/** What every staff page knows: the public site context, who is signed in, and the page's CSRF token. */
export interface StaffSiteContext extends SiteContext {
  /** Null only on the sign-in page. */
  actor: Actor | null;
  csrfToken: string;
}

export async function staffSiteContext(
  db: Db,
  request: FastifyRequest,
  alternateUrl: string,
): Promise<StaffSiteContext> {
  const site = await siteContext(db, localeFromUrl(request.url), alternateUrl);
  return { ...site, actor: request.actor, csrfToken: request.csrfToken ?? '' };
}

const msg = defineMessages({
  workspace: { lv: 'Darba vide', en: 'Staff workspace' },
  navLabel: { lv: 'Darba vides navigācija', en: 'Workspace navigation' },
  menu: { lv: 'Izvēlne', en: 'Menu' },
  dashboard: { lv: 'Darbvirsma', en: 'Dashboard' },
  standards: { lv: 'Standarti', en: 'Standards' },
  draftingPlan: { lv: 'Izstrādes plāns', en: 'Drafting plan' },
  centres: { lv: 'Centri', en: 'Centres' },
  users: { lv: 'Lietotāji', en: 'Users' },
  signedInAs: { lv: 'Pieslēdzies:', en: 'Signed in as' },
  signOut: { lv: 'Iziet', en: 'Sign out' },
  changePassword: { lv: 'mainīt paroli', en: 'change password' },
  publicSite: { lv: 'Publiskā vietne', en: 'Public site' },
  breadcrumb: { lv: 'Atrašanās vieta', en: 'Breadcrumb' },
  account: { lv: 'Konts', en: 'Account' },
});

interface NavItem {
  route: StaffRouteName;
  label: Parameters<typeof msg>[1];
  visible: (actor: Actor) => boolean;
}

const NAV: NavItem[] = [
  { route: 'dashboard', label: 'dashboard', visible: () => true },
  { route: 'standards', label: 'standards', visible: () => true },
  { route: 'draftingPlan', label: 'draftingPlan', visible: () => true },
  { route: 'centres', label: 'centres', visible: () => true },
  { route: 'users', label: 'users', visible: (actor) => hasRole(actor, 'admin') },
];

/** The staff workspace page: the public look, a workspace navigation, the user's name and sign-out. */
export function StaffLayout(props: {
  site: StaffSiteContext;
  title: string;
  /** The navigation item this page belongs to. */
  current?: StaffRouteName;
  crumbs?: Crumb[];
  children: ComponentChildren;
}) {
  const { site, title, crumbs, current } = props;
  const { locale, municipality, actor } = site;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const name = pick(municipality.name, locale);
  return (
    <html lang={locale} class="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} — ${msg(locale, 'workspace')} — ${name}`}</title>
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
            <a class="pietura-header__brand" href={staffHref(locale, 'dashboard')}>
              {municipality.hasCoatOfArms && (
                <img class="pietura-header__arms" src="/assets/coat-of-arms.svg" alt="" />
              )}
              <span>
                <span class="pietura-header__name">{name}</span>
                <span class="pietura-header__service">{msg(locale, 'workspace')}</span>
              </span>
            </a>
            <nav class="pietura-header__nav" aria-label={msg(locale, 'account')}>
              {actor && (
                <a href={staffHref(locale, 'password')}>
                  <span class="govuk-visually-hidden">{msg(locale, 'signedInAs')} </span>
                  {actor.name}
                  <span class="govuk-visually-hidden">: {msg(locale, 'changePassword')}</span>
                </a>
              )}
              <a
                href={site.alternateUrl}
                hrefLang={other}
                lang={other}
                aria-label={t(locale, 'site.switchLanguageLabel')}
              >
                {t(locale, 'site.switchLanguage')}
              </a>
              {actor && (
                <form method="post" action={staffHref(locale, 'signOut')}>
                  <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
                  <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                    {msg(locale, 'signOut')}
                  </button>
                </form>
              )}
            </nav>
          </div>
        </header>
        {actor && <StaffNavigation locale={locale} actor={actor} current={current} />}
        <div class="govuk-width-container">
          {crumbs && crumbs.length > 0 && (
            <nav class="govuk-breadcrumbs" aria-label={msg(locale, 'breadcrumb')}>
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
                <ul class="govuk-footer__inline-list">
                  <li class="govuk-footer__inline-list-item">
                    <a class="govuk-footer__link" href={locale === 'lv' ? '/' : '/en'}>
                      {msg(locale, 'publicSite')}
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

/** GOV.UK service navigation; without JavaScript every item is a plain link. */
function StaffNavigation(props: { locale: Locale; actor: Actor; current?: StaffRouteName }) {
  const { locale, actor, current } = props;
  return (
    <div class="govuk-service-navigation" data-module="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <nav aria-label={msg(locale, 'navLabel')} class="govuk-service-navigation__wrapper">
            <button
              type="button"
              class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="staff-navigation"
              hidden
            >
              {msg(locale, 'menu')}
            </button>
            <ul class="govuk-service-navigation__list" id="staff-navigation">
              {NAV.filter((item) => item.visible(actor)).map((item) => {
                const active = item.route === current;
                const text = msg(locale, item.label);
                return (
                  <li
                    key={item.route}
                    class={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <a
                      class="govuk-service-navigation__link"
                      href={staffHref(locale, item.route)}
                      aria-current={active ? 'page' : undefined}
                    >
                      {active ? (
                        <strong class="govuk-service-navigation__active-fallback">{text}</strong>
                      ) : (
                        text
                      )}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
