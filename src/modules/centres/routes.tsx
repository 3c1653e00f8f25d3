import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app';
import { LOCALES, pick, t } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { Layout } from '../../platform/web/layout';
import { href } from '../../platform/web/paths';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import * as centres from './service';

export function centreRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  for (const locale of LOCALES) {
    const other = locale === 'lv' ? 'en' : 'lv';
    app.get<{ Params: { code: string } }>(`${href(locale, 'centres')}/:code`, async (request, reply) => {
      const found = await centres.getCentre(db, request.params.code);
      if (!found) return sendNotFound(db, request, reply);
      const site = await siteContext(db, locale, href(other, 'centres', found.centre.code));
      const name = pick(found.centre.name, locale);
      return sendPage(
        reply,
        <Layout site={site} title={name} crumbs={[{ text: t(locale, 'site.centres'), href: href(locale, 'centres') }]}>
          <h1 class="govuk-heading-xl">{name}</h1>
          <p class="govuk-body">{found.centre.address}</p>
        </Layout>,
      );
    });
  }
}
