import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AppDeps } from './deps';
import { registerApiDocs } from './modules/api/routes';
import { calendarRoutes } from './modules/calendar/routes';
import { answerRoutes } from './modules/cases/answer-routes';
import { interactionRoutes } from './modules/cases/interactions/routes';
import { mailRoutes } from './modules/cases/mail-routes';
import { retentionRoutes } from './modules/cases/retention-routes';
import { casesRoutes } from './modules/cases/routes';
import { trackingRoutes } from './modules/cases/tracking-routes';
import { catalogueApiRoutes } from './modules/catalogue/api';
import { cpsvImportRoute } from './modules/catalogue/cpsv-import-route';
import { cpsvRoutes } from './modules/catalogue/cpsv-routes';
import { catalogueRoutes } from './modules/catalogue/routes';
import { synonymRoutes } from './modules/catalogue/synonym-routes';
import { centresAdminRoutes } from './modules/centres/admin/routes';
import { centreRoutes } from './modules/centres/routes';
import { draftingRoutes } from './modules/drafting/routes';
import { eformsRoutes } from './modules/eforms/routes';
import { homeRoutes } from './modules/home/routes';
import { open311Routes } from './modules/open311/routes';
import { settingsRoutes } from './modules/settings/routes';
import { apiKeyRoutes } from './modules/staff/api-key-routes';
import { staffRoutes } from './modules/staff/routes';
import { userAdminRoutes } from './modules/staff/user-admin-routes';
import { standardsRoutes } from './modules/standards/routes';
import { registerAuth } from './platform/auth/plugin';
import { healthRoutes } from './platform/health';
import { clientErrorPage } from './platform/http/client-errors';
import { parseQueryString } from './platform/http/query-string';
import { helmetHeaders, registerSecurityHeaders } from './platform/http/security-headers';
import { registerUploadGuard } from './platform/http/upload-guard';
import { MULTIPART_OPTIONS, registerMultipartBodyRead } from './platform/uploads/multipart';
import { registerAssets } from './platform/web/assets';
import { frameworkErrorPages, registerErrorPages } from './platform/web/error-pages';
import { registerPageCache } from './platform/web/page-cache';
import { registerTrailingSlashRedirect } from './platform/web/trailing-slash';

export type { AppDeps } from './deps';

/** Composition root: wires the platform and the modules; holds no logic of its own. */
export async function buildApp(deps: AppDeps, options: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const { db } = deps.database;
  const securityHeaders = helmetHeaders({
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
  const app = Fastify({
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: 500, querystringParser: parseQueryString },
    frameworkErrors: frameworkErrorPages(db, securityHeaders) as FastifyServerOptions['frameworkErrors'],
    clientErrorHandler: clientErrorPage,
    ...options,
  });

  registerSecurityHeaders(app, securityHeaders);
  registerTrailingSlashRedirect(app);
  await app.register(formbody);
  await app.register(multipart, MULTIPART_OPTIONS);
  registerMultipartBodyRead(app);
  await registerAuth(app, deps);
  registerUploadGuard(app);
  await registerApiDocs(app);
  registerErrorPages(app, db);
  await registerAssets(app, db);
  registerPageCache(app, db, { maxMegabytes: deps.config.PIETURA_PAGE_CACHE_MB });
  healthRoutes(app, deps.database);
  homeRoutes(app, deps);
  catalogueRoutes(app, deps);
  cpsvRoutes(app, deps);
  cpsvImportRoute(app, deps);
  catalogueApiRoutes(app, deps);
  centreRoutes(app, deps);
  staffRoutes(app, deps);
  userAdminRoutes(app, deps);
  apiKeyRoutes(app, deps);
  settingsRoutes(app, deps);
  standardsRoutes(app, deps);
  draftingRoutes(app, deps);
  synonymRoutes(app, deps);
  centresAdminRoutes(app, deps);
  calendarRoutes(app, deps);
  casesRoutes(app, deps);
  mailRoutes(app, deps);
  retentionRoutes(app, deps);
  trackingRoutes(app, deps);
  answerRoutes(app, deps);
  eformsRoutes(app, deps);
  interactionRoutes(app, deps);
  open311Routes(app, deps);
  return app;
}
