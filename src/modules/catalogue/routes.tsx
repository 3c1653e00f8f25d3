import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app';
import { sendNotFound } from '../../platform/web/error-pages';
import { href } from '../../platform/web/paths';
import { sendPage } from '../../platform/web/render';
import { siteContext, withQuery } from '../../platform/web/site-context';
import { LOCALES } from '../../platform/i18n';
import { catalogueFilterSchema, serviceCodeSchema } from './schema';
import * as catalogue from './service';
import { CataloguePage } from './views/catalogue-page';
import { ServicePage } from './views/service-page';

export function catalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  for (const locale of LOCALES) {
    const other = locale === 'lv' ? 'en' : 'lv';

    app.get(href(locale, 'services'), async (request, reply) => {
      const filter = catalogueFilterSchema.parse(request.query ?? {});
      const [services, categories, organisations] = await Promise.all([
        catalogue.listServices(db, filter, locale),
        catalogue.listCategories(db),
        catalogue.listOrganisations(db),
      ]);
      const site = await siteContext(db, locale, withQuery(href(other, 'services'), request));
      return sendPage(reply, <CataloguePage site={site} filter={filter} services={services} categories={categories} organisations={organisations} />);
    });

    app.get<{ Params: { code: string } }>(`${href(locale, 'services')}/:code`, async (request, reply) => {
      const code = serviceCodeSchema.safeParse(request.params.code);
      const standard = code.success ? await catalogue.getPublishedService(db, code.data) : undefined;
      if (!standard) return sendNotFound(db, request, reply);
      const history = await catalogue.getVersionHistory(db, standard.serviceId);
      const site = await siteContext(db, locale, href(other, 'services', standard.code));
      return sendPage(reply, <ServicePage site={site} standard={standard} history={history} />);
    });
  }
}
