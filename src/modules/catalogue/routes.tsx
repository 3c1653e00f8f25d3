import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { LOCALES } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { href } from '../../platform/web/paths';
import { sendPage } from '../../platform/web/render';
import { siteContext, withQuery } from '../../platform/web/site-context';
import { catalogueFilterSchema, serviceCodeSchema } from './schema';
import * as catalogue from './service';
import { CataloguePage } from './views/catalogue-page';
import { LifeSituationPage } from './views/life-situation-page';
import { LifeSituationsPage } from './views/life-situations-page';
import { ServicePage } from './views/service-page';
import { WithdrawnPage } from './views/withdrawn-page';

/** These pages depend only on the URL, the published catalogue and the day (see page-cache.ts). */
const cached = { config: { publicCache: true } };
const cachedList = { config: { publicCache: { query: Object.keys(catalogueFilterSchema.shape) } } };

export function catalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  for (const locale of LOCALES) {
    const other = locale === 'lv' ? 'en' : 'lv';

    app.get(href(locale, 'services'), cachedList, async (request, reply) => {
      const filter = catalogueFilterSchema.parse(request.query ?? {});
      const [result, choices] = await Promise.all([
        catalogue.listServicesPage(db, filter, locale),
        catalogue.filterChoices(db, locale),
      ]);
      const site = await siteContext(db, locale, withQuery(href(other, 'services'), request));
      return sendPage(reply, <CataloguePage site={site} filter={filter} result={result} choices={choices} />);
    });

    app.get<{ Params: { code: string } }>(
      `${href(locale, 'services')}/:code`,
      cached,
      async (request, reply) => {
        const code = serviceCodeSchema.safeParse(request.params.code);
        const standard = code.success ? await catalogue.getPublishedService(db, code.data) : undefined;
        if (!standard) {
          const withdrawn = code.success ? await catalogue.getWithdrawnService(db, code.data) : undefined;
          if (!withdrawn) return sendNotFound(db, request, reply);
          const site = await siteContext(db, locale, href(other, 'services', withdrawn.code));
          return sendPage(reply, <WithdrawnPage site={site} withdrawn={withdrawn} />, 410);
        }
        const [history, centres, upcoming] = await Promise.all([
          catalogue.getVersionHistory(db, standard.serviceId),
          catalogue.listCentres(db),
          catalogue.getUpcomingVersion(db, standard),
        ]);
        const site = await siteContext(db, locale, href(other, 'services', standard.code));
        return sendPage(
          reply,
          <ServicePage
            site={site}
            standard={standard}
            history={history}
            centres={centres}
            upcoming={upcoming}
          />,
        );
      },
    );

    app.get(href(locale, 'lifeSituations'), cached, async (_request, reply) => {
      const lifeSituations = await catalogue.listLifeSituations(db);
      const site = await siteContext(db, locale, href(other, 'lifeSituations'));
      return sendPage(reply, <LifeSituationsPage site={site} lifeSituations={lifeSituations} />);
    });

    app.get<{ Params: { code: string } }>(
      `${href(locale, 'lifeSituations')}/:code`,
      cached,
      async (request, reply) => {
        const code = serviceCodeSchema.safeParse(request.params.code);
        const lifeSituation = code.success ? await catalogue.getLifeSituation(db, code.data) : undefined;
        if (!lifeSituation) return sendNotFound(db, request, reply);
        const centres = await catalogue.listCentres(db);
        const site = await siteContext(db, locale, href(other, 'lifeSituations', lifeSituation.code));
        return sendPage(
          reply,
          <LifeSituationPage site={site} lifeSituation={lifeSituation} centres={centres} />,
        );
      },
    );
  }
}
