import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { LOCALES } from '../../platform/i18n';
import { applicantRoutes } from './applicant-routes';
import { draftRoutes } from './draft-routes';
import { journeyKit } from './journey-kit';
import { onBehalfRoutes } from './on-behalf-routes';
import { startRoutes } from './start-routes';
import { submitRoutes } from './submit-routes';

/** The resident's online journey (issue 9 points 2–6): see docs/online-applications.md. */
export function eformsRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const locale of LOCALES) {
    const kit = journeyKit(app, deps, locale);
    startRoutes(kit);
    onBehalfRoutes(kit);
    applicantRoutes(kit);
    submitRoutes(kit);
    draftRoutes(kit);
  }
}
