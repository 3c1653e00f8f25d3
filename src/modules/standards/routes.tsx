import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { LOCALES, type Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { fieldErrors, readForm, showErrors } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { categoryRoutes } from './category-routes';
import { FieldValidationError, WorkflowError } from './errors';
import { formRoutes } from './form-routes';
import { fieldErrorMessage } from './messages';
import { compareHref, newServiceHref, SEGMENTS, standardHref, standardsHref } from './paths';
import { type CodeParams, codeOf, doneMessage, sendRefused } from './route-helpers';
import { compareQuerySchema, newServiceCandidate, newServiceSchema, standardsQuerySchema } from './schema';
import * as standards from './service';
import { versionRoutes } from './version-routes';
import { ComparePage } from './views/compare-page';
import { NewServicePage } from './views/new-service-page';
import { StandardPage } from './views/standard-page';
import { StandardsPage } from './views/standards-page';
import { withdrawalRoutes } from './withdrawal-routes';

/** The staff pages of the service standards (issue 3 point 4). */
export function standardsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = staffHref(locale, 'standards');

    app.get(base, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const query = standardsQuerySchema.parse(request.query ?? {});
      const [list, all, due, awaiting] = await Promise.all([
        standards.listStandards(db, actor, { unit: query.unit, q: query.q }),
        standards.listStandards(db, actor, {}),
        standards.reviewDueList(db, actor),
        standards.awaitingApproval(db, actor),
      ]);
      const units = [
        ...new Map(all.map((s) => [s.ownerCode, { code: s.ownerCode, name: s.ownerName }])).values(),
      ];
      const params = new URLSearchParams();
      if (query.unit) params.set('unit', query.unit);
      if (query.q) params.set('q', query.q);
      const site = await staffSiteContext(db, request, standardsHref(other, params.toString() || undefined));
      const mayCreate = standards.mayCreateServices(actor);
      return sendPage(
        reply,
        <StandardsPage
          site={site}
          standards={standards.sortByName(list, locale)}
          units={units}
          unit={query.unit}
          q={query.q}
          due={due}
          awaiting={awaiting}
          mayCreate={mayCreate}
          done={doneMessage(locale, query.done)}
        />,
      );
    });

    const newPath = `${base}/${SEGMENTS.new[locale]}`;
    app.get(newPath, guarded, async (request, reply) => {
      const choices = await standards.newServiceChoices(db, signedInActor(request));
      const site = await staffSiteContext(db, request, newServiceHref(other));
      return sendPage(reply, <NewServicePage site={site} {...choices} values={{}} errors={new Map()} />);
    });

    app.post(newPath, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const values = readForm(request.body);
      const parsed = newServiceSchema.safeParse(newServiceCandidate(values));
      let errors = parsed.success ? [] : fieldErrors(parsed.error);
      if (parsed.success) {
        try {
          const created = await standards.createService(db, actor, parsed.data);
          return reply.redirect(
            `${staffHref(locale, 'standards', created.service.code, SEGMENTS.versions[locale], 1, SEGMENTS.edit[locale])}`,
            303,
          );
        } catch (error) {
          if (!(error instanceof FieldValidationError)) throw error;
          errors = error.errors;
        }
      }
      const choices = await standards.newServiceChoices(db, actor);
      const site = await staffSiteContext(db, request, newServiceHref(other));
      const shown = showErrors(errors, (key, field) => fieldErrorMessage(locale, key, field));
      return sendPage(reply, <NewServicePage site={site} {...choices} values={values} errors={shown} />, 400);
    });

    app.get<CodeParams & { Querystring: { done?: string } }>(
      `${base}/:code`,
      guarded,
      async (request, reply) => {
        const code = codeOf(request);
        const standard = code && (await standards.getStandard(db, signedInActor(request), code));
        if (!standard) return sendNotFound(db, request, reply);
        const site = await staffSiteContext(db, request, standardHref(other, standard.service.code));
        return sendPage(
          reply,
          <StandardPage site={site} standard={standard} done={doneMessage(locale, request.query.done)} />,
        );
      },
    );

    app.post<CodeParams>(`${base}/:code/${SEGMENTS.versions[locale]}`, guarded, async (request, reply) => {
      const code = codeOf(request);
      if (!code) return sendNotFound(db, request, reply);
      try {
        const draft = await standards.startVersion(db, signedInActor(request), code);
        if (!draft) return sendNotFound(db, request, reply);
        return reply.redirect(
          `${staffHref(locale, 'standards', code, SEGMENTS.versions[locale], draft.version, SEGMENTS.edit[locale])}`,
          303,
        );
      } catch (error) {
        if (error instanceof WorkflowError)
          return sendRefused(deps, request, reply, error, standardHref(locale, code));
        throw error;
      }
    });

    app.get<CodeParams>(`${base}/:code/${SEGMENTS.compare[locale]}`, guarded, async (request, reply) => {
      const code = codeOf(request);
      const query = compareQuerySchema.parse(request.query ?? {});
      if (!code || query.a === undefined || query.b === undefined) return sendNotFound(db, request, reply);
      const versions = await standards.compareVersions(db, signedInActor(request), code, query.a, query.b);
      if (!versions) return sendNotFound(db, request, reply);
      const centreNames = new Map((await standards.centreChoices(db)).map((c) => [c.code, c.name]));
      const only = query.changes === 'only' ? '&changes=only' : '';
      const alternate = `${compareHref(other, code, query.a, query.b)}${only}`;
      const site = await staffSiteContext(db, request, alternate);
      return sendPage(
        reply,
        <ComparePage
          site={site}
          code={code}
          {...versions}
          centreNames={centreNames}
          onlyChanges={query.changes === 'only'}
        />,
      );
    });

    withdrawalRoutes(app, deps, locale);
    categoryRoutes(app, deps, locale);
    versionRoutes(app, deps, locale);
    formRoutes(app, deps, locale);
  }
}
