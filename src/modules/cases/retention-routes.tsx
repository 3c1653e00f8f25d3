import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { LOCALES, type Locale } from '../../platform/i18n';
import { type FormValues, one, readForm, type ShownErrors } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import {
  isRetentionYears,
  RETENTION_YEARS,
  retentionSettings,
  setDefaultRetention,
  setServiceRetention,
} from './retention-settings';
import { say } from './views/fields';
import { RetentionPage } from './views/retention-page';

/** A whole number of years in the allowed range, as typed; undefined when it is not one. */
function yearsOf(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return isRetentionYears(n) ? n : undefined;
}

/** The administrator's page of retention periods (issue 8 point 13; found by review: only SQL could set them). */
export function retentionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };
  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = staffHref(locale, 'retention');
    const yearsProblem = say(
      locale,
      `Ievadiet veselu gadu skaitu no ${RETENTION_YEARS.min} līdz ${RETENTION_YEARS.max}`,
      `Enter a whole number of years from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}`,
    );

    const page = async (
      request: FastifyRequest,
      reply: FastifyReply,
      form: { values: FormValues; errors: ShownErrors } = { values: {}, errors: new Map() },
      saved = false,
    ) => {
      const settings = await retentionSettings(db, signedInActor(request));
      const site = await staffSiteContext(db, request, staffHref(other, 'retention'));
      return sendPage(
        reply,
        <RetentionPage
          site={site}
          settings={settings}
          values={form.values}
          errors={form.errors}
          saved={saved}
        />,
        form.errors.size > 0 ? 400 : 200,
      );
    };

    app.get<{ Querystring: { saved?: string } }>(base, guarded, async (request, reply) =>
      page(request, reply, undefined, request.query.saved === '1'),
    );

    app.post(base, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const values = readForm(request.body);
      const action = one(values, 'action');
      const refused = (errors: [string, string][]) =>
        page(request, reply, { values, errors: new Map(errors) });
      if (action === 'default') {
        const years = yearsOf(one(values, 'defaultYears'));
        if (years === undefined) return refused([['defaultYears', yearsProblem]]);
        await setDefaultRetention(db, actor, years);
      } else if (action === 'service' || action === 'remove') {
        const serviceId = /^\d{1,9}$/.test(one(values, 'service'))
          ? Number(one(values, 'service'))
          : undefined;
        const years = action === 'remove' ? null : yearsOf(one(values, 'years'));
        const errors: [string, string][] = [];
        if (serviceId === undefined)
          errors.push(['service', say(locale, 'Izvēlieties pakalpojumu', 'Choose a service')]);
        if (years === undefined) errors.push(['years', yearsProblem]);
        if (errors.length > 0 || serviceId === undefined || years === undefined) return refused(errors);
        if (!(await setServiceRetention(db, actor, serviceId, years)))
          return refused([['service', say(locale, 'Šāda pakalpojuma nav', 'There is no such service')]]);
      } else return refused([['defaultYears', say(locale, 'Nezināma darbība', 'Unknown action')]]);
      return reply.redirect(`${base}?saved=1`, 303);
    });
  }
}
