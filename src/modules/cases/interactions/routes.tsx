import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../deps';
import { centresFor } from '../../../platform/auth/actor';
import { requireStaff, signedInActor } from '../../../platform/auth/guard';
import { ForbiddenError } from '../../../platform/errors';
import { LOCALES, type Locale } from '../../../platform/i18n';
import { type FormValues, one, readForm } from '../../../platform/web/form-values';
import { sendPage } from '../../../platform/web/render';
import { staffSiteContext } from '../../../platform/web/staff-layout';
import * as catalogue from '../../catalogue/service';
import type { ShownProblem } from '../intake-form';
import { basePath, consultationsHref } from '../paths';
import { shownErrors } from '../views/fields';
import { consultationParty, interactionSchema } from './schema';
import * as interactions from './service';
import { ConsultationsPage } from './views/consultations-page';

/** Consultations without an application (R16): a list and a quick form at /darbs/konsultacijas. */
export function interactionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };
  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const path = basePath(locale, 'consultations');

    const page = async (
      request: FastifyRequest,
      reply: FastifyReply,
      values: FormValues,
      problems: ShownProblem[],
      status = 200,
      done = false,
    ) => {
      const actor = signedInActor(request);
      const [rows, services, centres] = await Promise.all([
        interactions.recentInteractions(db, actor),
        catalogue.listServices(db, { q: undefined }, locale),
        catalogue.listCentres(db),
      ]);
      const site = await staffSiteContext(db, request, consultationsHref(other));
      return sendPage(
        reply,
        <ConsultationsPage
          site={site}
          mayRecord={interactions.mayRecord(actor)}
          services={services.map((s) => ({ id: s.serviceId, name: s.version.name }))}
          centres={centres.map((c) => ({ code: c.code, name: c.name }))}
          rows={rows}
          values={values}
          errors={shownErrors(locale, problems)}
          done={done}
        />,
        status,
      );
    };
    const fresh = (request: FastifyRequest): FormValues => ({
      channel: 'visit',
      minutes: '5',
      centre: centresFor(signedInActor(request), 'clerk')[0] ?? '',
    });

    app.get<{ Querystring: { done?: string } }>(path, guarded, (request, reply) =>
      page(request, reply, fresh(request), [], 200, request.query.done === '1'),
    );

    app.post(path, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      if (!interactions.mayRecord(actor)) throw new ForbiddenError();
      const values = readForm(request.body);
      const parsed = interactionSchema.safeParse(
        Object.fromEntries(
          ['service', 'topic', 'channel', 'minutes', 'centre', 'partyCode'].map((k) => [k, one(values, k)]),
        ),
      );
      const party = consultationParty(values);
      if (!parsed.success || !party.ok) {
        const problems: ShownProblem[] = [];
        for (const issue of parsed.success ? [] : parsed.error.issues) {
          const field = String(issue.path[0]);
          if (!problems.some((p) => p.field === field))
            problems.push({ field, key: /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid' });
        }
        if (!party.ok)
          problems.push(...party.problems.filter((p) => !problems.some((q) => q.field === p.field)));
        return page(request, reply, values, problems, 400);
      }
      const v = parsed.data;
      const result = await interactions.recordInteraction(db, actor, {
        serviceId: v.service === '' ? undefined : v.service,
        topic: v.topic || undefined,
        channel: v.channel,
        minutes: v.minutes,
        centreCode: v.centre,
        partyCode: party.partyCode,
        foreigner: party.foreigner,
      });
      if (!result.ok) return page(request, reply, values, [{ field: result.field, key: result.code }], 400);
      return reply.redirect(`${consultationsHref(locale)}?done=1`, 303);
    });
  }
}
