import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Db } from '../../db/connection';
import { type Actor, hasRole } from '../auth/actor';
import { CSRF_FIELD } from '../auth/csrf';
import { type StaffRouteName, staffHref } from '../auth/paths';
import { requestLocale } from '../http/route-path';
import { defineMessages, type Locale, pick } from '../i18n';
import type { SiteContext } from './layout';
import { type Crumb, PageShell } from './page-shell';
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
  const site = await siteContext(db, requestLocale(request), alternateUrl);
  return { ...site, actor: request.actor, csrfToken: request.csrfToken ?? '' };
}

const msg = defineMessages({
  workspace: { lv: 'Darba vide', en: 'Staff workspace' },
  navLabel: { lv: 'Darba vides navigācija', en: 'Workspace navigation' },
  menu: { lv: 'Izvēlne', en: 'Menu' },
  dashboard: { lv: 'Darbvirsma', en: 'Dashboard' },
  cases: { lv: 'Lietas', en: 'Cases' },
  consultations: { lv: 'Konsultācijas', en: 'Consultations' },
  standards: { lv: 'Standarti', en: 'Standards' },
  draftingPlan: { lv: 'Izstrādes plāns', en: 'Drafting plan' },
  centres: { lv: 'Centri', en: 'Centres' },
  calendar: { lv: 'Kalendārs', en: 'Calendar' },
  users: { lv: 'Lietotāji', en: 'Users' },
  settings: { lv: 'Iestatījumi', en: 'Settings' },
  apiKeys: { lv: 'API atslēgas', en: 'API keys' },
  mail: { lv: 'Nenosūtītais pasts', en: 'Mail not sent' },
  parties: { lv: 'Personas dati', en: 'Personal data' },
  retention: { lv: 'Glabāšana', en: 'Retention' },
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
  { route: 'cases', label: 'cases', visible: (actor) => !actor.grants.every((g) => g.role === 'editor') },
  {
    route: 'consultations',
    label: 'consultations',
    // The desk records them, managers and admins read them (the interactions service's mayRead).
    visible: (actor) => (['clerk', 'manager', 'admin'] as const).some((r) => hasRole(actor, r)),
  },
  { route: 'standards', label: 'standards', visible: () => true },
  {
    route: 'draftingPlan',
    label: 'draftingPlan',
    visible: (actor) => (['admin', 'manager', 'editor', 'head'] as const).some((r) => hasRole(actor, r)),
  },
  { route: 'centres', label: 'centres', visible: () => true },
  { route: 'calendar', label: 'calendar', visible: (actor) => hasRole(actor, 'admin') },
  { route: 'users', label: 'users', visible: (actor) => hasRole(actor, 'admin') },
  { route: 'settings', label: 'settings', visible: (actor) => hasRole(actor, 'admin') },
  { route: 'apiKeys', label: 'apiKeys', visible: (actor) => hasRole(actor, 'admin') },
  { route: 'mail', label: 'mail', visible: (actor) => hasRole(actor, 'admin') || hasRole(actor, 'manager') },
  {
    route: 'parties',
    label: 'parties',
    visible: (actor) => hasRole(actor, 'admin') || hasRole(actor, 'manager'),
  },
  { route: 'retention', label: 'retention', visible: (actor) => hasRole(actor, 'admin') },
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
  const name = pick(municipality.name, locale);
  return (
    <PageShell
      locale={locale}
      title={`${title} — ${msg(locale, 'workspace')} — ${name}`}
      alternateUrl={site.alternateUrl}
      hasCoatOfArms={municipality.hasCoatOfArms}
      noIndex
      brand={{ href: staffHref(locale, 'dashboard'), name, tagline: msg(locale, 'workspace') }}
      navLabel={msg(locale, 'account')}
      nav={
        actor && (
          <a href={staffHref(locale, 'password')}>
            <span class="govuk-visually-hidden">{msg(locale, 'signedInAs')} </span>
            {actor.name}
            <span class="govuk-visually-hidden">: {msg(locale, 'changePassword')}</span>
          </a>
        )
      }
      navEnd={
        actor && (
          <form method="post" action={staffHref(locale, 'signOut')}>
            <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
            <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
              {msg(locale, 'signOut')}
            </button>
          </form>
        )
      }
      afterHeader={actor && <StaffNavigation locale={locale} actor={actor} current={current} />}
      crumbs={crumbs}
      crumbsLabel={msg(locale, 'breadcrumb')}
      footer={
        <ul class="govuk-footer__inline-list">
          <li class="govuk-footer__inline-list-item">
            <a class="govuk-footer__link" href={locale === 'lv' ? '/' : '/en'}>
              {msg(locale, 'publicSite')}
            </a>
          </li>
        </ul>
      }
    >
      {props.children}
    </PageShell>
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
