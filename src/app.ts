import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config';
import type { Database } from './db/connection';
import { registerApiDocs } from './modules/api/routes';
import { catalogueRoutes } from './modules/catalogue/routes';
import { centreRoutes } from './modules/centres/routes';
import { homeRoutes } from './modules/home/routes';
import { healthRoutes } from './platform/health';
import { registerAssets } from './platform/web/assets';
import { registerErrorPages } from './platform/web/error-pages';

export interface AppDeps {
  database: Database;
  config: Pick<Config, 'PIETURA_PUBLIC_URL'>;
}

/** Composition root: wires the platform and the modules; holds no logic of its own. */
export async function buildApp(deps: AppDeps, options: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: 1_048_576,
    maxParamLength: 500,
    trustProxy: true,
    ...options,
  });
  const { db } = deps.database;

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
      },
    },
  });
  await app.register(formbody);
  await registerApiDocs(app);
  registerErrorPages(app, db);
  await registerAssets(app, db);
  healthRoutes(app, deps.database);
  homeRoutes(app, deps);
  catalogueRoutes(app, deps);
  centreRoutes(app, deps);
  return app;
}
