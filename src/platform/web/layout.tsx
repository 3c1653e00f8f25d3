import type { ComponentChildren } from 'preact';
import type { Bilingual } from '../../db/schema';
import { type Locale, pick, t } from '../i18n';
import { type Crumb, PageShell } from './page-shell';
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

export type { Crumb };

export function Layout(props: {
  site: SiteContext;
  title: string;
  crumbs?: Crumb[];
  children: ComponentChildren;
}) {
  const { site, title, crumbs } = props;
  const { locale, municipality } = site;
  const name = pick(municipality.name, locale);
  return (
    <PageShell
      locale={locale}
      title={`${title} — ${name}`}
      alternateUrl={site.alternateUrl}
      hasCoatOfArms={municipality.hasCoatOfArms}
      brand={{ href: href(locale, 'home'), name, tagline: t(locale, 'site.tagline') }}
      navLabel={locale === 'lv' ? 'Galvenā navigācija' : 'Main navigation'}
      nav={
        <>
          <a href={href(locale, 'services')}>{t(locale, 'site.services')}</a>
          <a href={href(locale, 'lifeSituations')}>{t(locale, 'site.lifeSituations')}</a>
          <a href={href(locale, 'centres')}>{t(locale, 'site.centres')}</a>
        </>
      }
      crumbs={crumbs}
      crumbsLabel={locale === 'lv' ? 'Atrašanās vieta' : 'Breadcrumb'}
      footer={
        <>
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
        </>
      }
    >
      {props.children}
    </PageShell>
  );
}
