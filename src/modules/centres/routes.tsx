import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { LOCALES } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { href } from '../../platform/web/paths';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import { centreCoverage } from '../catalogue/service';
import { centreApiRoutes } from './api';
import { centreCodeSchema, placeQuerySchema } from './schema';
import * as centres from './service';
import { CentreListPage } from './views/centre-list-page';
import { CentrePage } from './views/centre-page';

export function centreRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  for (const locale of LOCALES) {
    const other = locale === 'lv' ? 'en' : 'lv';

    app.get<{ Querystring: Record<string, unknown> }>(href(locale, 'centres'), async (request, reply) => {
      const q = placeQuerySchema.parse(request.query?.q);
      const [list, coverage] = await Promise.all([
        centres.listCentreOverviews(db, new Date(), q || undefined),
        centreCoverage(db, locale),
      ]);
      const site = await siteContext(db, locale, href(other, 'centres'));
      return sendPage(reply, <CentreListPage site={site} centres={list} coverage={coverage} q={q} />);
    });

    app.get<{ Params: { code: string } }>(`${href(locale, 'centres')}/:code`, async (request, reply) => {
      const code = centreCodeSchema.safeParse(request.params.code);
      const details = code.success
        ? await centres.getCentreDetails(db, code.data, new Date(), locale)
        : undefined;
      if (!details) return sendNotFound(db, request, reply);
      const site = await siteContext(db, locale, href(other, 'centres', details.centre.code));
      return sendPage(reply, <CentrePage site={site} details={details} />);
    });
  }
  centreApiRoutes(app, db);
}
