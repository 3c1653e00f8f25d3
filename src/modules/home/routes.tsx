import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { LOCALES } from '../../platform/i18n';
import { href } from '../../platform/web/paths';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import { centreCoverage, listCategoriesInUse, listLifeSituations } from '../catalogue/service';
import { listCentres } from '../centres/service';
import { HomePage } from './views/home-page';

export function homeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  for (const locale of LOCALES) {
    app.get(href(locale, 'home'), { config: { publicCache: true } }, async (_request, reply) => {
      const [lifeSituations, categories, centres, coverage] = await Promise.all([
        listLifeSituations(db),
        listCategoriesInUse(db),
        listCentres(db),
        centreCoverage(db, locale),
      ]);
      const site = await siteContext(db, locale, href(locale === 'lv' ? 'en' : 'lv', 'home'));
      return sendPage(
        reply,
        <HomePage
          site={site}
          lifeSituations={lifeSituations}
          categories={categories}
          centres={centres}
          coverage={coverage}
        />,
      );
    });
  }
}
