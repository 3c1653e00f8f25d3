import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../deps';
import { requireStaff, signedInActor } from '../../../platform/auth/guard';
import { LOCALES, type Locale } from '../../../platform/i18n';
import { sendNotFound } from '../../../platform/web/error-pages';
import {
  type FieldError,
  type FormValues,
  fieldErrors,
  readForm,
  showErrors,
} from '../../../platform/web/form-values';
import { sendPage } from '../../../platform/web/render';
import { staffSiteContext } from '../../../platform/web/staff-layout';
import { centreCodeSchema } from '../schema';
import { centreErrorMessage, type TextKey, text } from './messages';
import { centreAdminHref, centresAdminHref, SEGMENTS } from './paths';
import {
  centreDetailsCandidate,
  centreDetailsSchema,
  exceptionCandidate,
  exceptionFieldId,
  exceptionIdSchema,
  exceptionSchema,
  hoursCandidate,
  hoursFieldId,
  hoursFormSchema,
  hoursRowCount,
  MAX_HOURS_ROWS,
  SPARE_HOURS_ROWS,
} from './schema';
import * as admin from './service';
import { CentreAdminPage, type CentreForms } from './views/centre-page';
import { CentresAdminPage } from './views/centres-page';

type CodeParams = { Params: { code: string }; Querystring: { done?: string } };
type ExceptionParams = { Params: { code: string; id: string } };
type Loaded = NonNullable<Awaited<ReturnType<typeof admin.getCentreForAdmin>>>;

const DONE = ['details', 'hours', 'exception', 'deleted'];

function detailsValues(c: Loaded['centre']): FormValues {
  return {
    'name-lv': c.name.lv,
    'name-en': c.name.en,
    address: c.address,
    postalCode: c.postalCode ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
  };
}

function hoursValues(hours: Loaded['hours']): FormValues {
  const values: FormValues = { hRows: String(hours.length + SPARE_HOURS_ROWS) };
  hours.forEach((h, i) => {
    values[`h-${i}-weekday`] = String(h.weekday);
    values[`h-${i}-opens`] = h.opens;
    values[`h-${i}-closes`] = h.closes;
    values[`h-${i}-weeks`] = h.weeksOfMonth?.join(', ') ?? '';
  });
  return values;
}

/** Centre administration (issue 3 point 6, R14): details, weekly hours, dated changes. */
export function centresAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = centresAdminHref(locale);
    const shown = (errors: FieldError[]) => showErrors(errors, (key) => centreErrorMessage(locale, key));

    /** The centre page; a form given in `failed` is shown as typed with its messages (a 400). */
    async function sendCentre(
      request: FastifyRequest,
      reply: FastifyReply,
      code: string,
      failed?: Partial<{
        details: FieldErrorsForm;
        hours: FieldErrorsForm & { rows: number };
        exception: FieldErrorsForm;
      }>,
      done?: string,
    ) {
      const found = await admin.getCentreForAdmin(db, signedInActor(request), code, locale);
      if (!found) return sendNotFound(db, request, reply);
      const empty = { values: {}, errors: new Map() };
      const hours = failed?.hours ?? {
        values: hoursValues(found.hours),
        errors: [],
        rows: found.hours.length + SPARE_HOURS_ROWS,
      };
      const forms: CentreForms = {
        details: failed?.details
          ? { values: failed.details.values, errors: shown(failed.details.errors) }
          : { values: detailsValues(found.centre), errors: new Map() },
        hours: { values: hours.values, errors: shown(hours.errors), rows: hours.rows },
        exception: failed?.exception
          ? { values: failed.exception.values, errors: shown(failed.exception.errors) }
          : empty,
      };
      const site = await staffSiteContext(db, request, centreAdminHref(other, code));
      const hasErrors = Object.values(failed ?? {}).some((f) => f && f.errors.length > 0);
      return sendPage(
        reply,
        <CentreAdminPage
          site={site}
          {...found}
          forms={forms}
          done={done && text(locale, `done.${done}` as TextKey)}
        />,
        hasErrors ? 400 : 200,
      );
    }

    const codeOf = (request: FastifyRequest<{ Params: { code: string } }>) => {
      const parsed = centreCodeSchema.safeParse(request.params.code);
      return parsed.success ? parsed.data : undefined;
    };
    const redirect = (reply: FastifyReply, code: string, done: string) =>
      reply.redirect(centreAdminHref(locale, code, `done=${done}`), 303);

    app.get(base, guarded, async (request, reply) => {
      const { centres, warnings } = await admin.listCentresForAdmin(db, signedInActor(request));
      const site = await staffSiteContext(db, request, centresAdminHref(other));
      return sendPage(reply, <CentresAdminPage site={site} centres={centres} warnings={warnings} />);
    });

    app.get<CodeParams>(`${base}/:code`, guarded, async (request, reply) => {
      const code = codeOf(request);
      if (!code) return sendNotFound(db, request, reply);
      const done = DONE.includes(request.query.done ?? '') ? request.query.done : undefined;
      return sendCentre(request, reply, code, undefined, done);
    });

    app.post<CodeParams>(`${base}/:code`, guarded, async (request, reply) => {
      const code = codeOf(request);
      if (!code) return sendNotFound(db, request, reply);
      const actor = signedInActor(request);
      admin.assertMayEditCentres(actor);
      const values = readForm(request.body);
      const parsed = centreDetailsSchema.safeParse(centreDetailsCandidate(values));
      if (!parsed.success)
        return sendCentre(request, reply, code, { details: { values, errors: fieldErrors(parsed.error) } });
      const saved = await admin.updateCentreDetails(db, actor, code, parsed.data);
      if (!saved) return sendNotFound(db, request, reply);
      return redirect(reply, code, 'details');
    });

    app.post<CodeParams>(`${base}/:code/${SEGMENTS.hours[locale]}`, guarded, async (request, reply) => {
      const code = codeOf(request);
      if (!code) return sendNotFound(db, request, reply);
      const actor = signedInActor(request);
      admin.assertMayEditCentres(actor);
      const values = readForm(request.body);
      const rows = hoursRowCount(values, SPARE_HOURS_ROWS);
      if (values.action === 'add-row') {
        return sendCentre(request, reply, code, {
          hours: { values, errors: [], rows: Math.min(rows + 1, MAX_HOURS_ROWS) },
        });
      }
      const parsed = hoursFormSchema.safeParse(hoursCandidate(values));
      if (!parsed.success) {
        return sendCentre(request, reply, code, {
          hours: { values, errors: fieldErrors(parsed.error, hoursFieldId), rows },
        });
      }
      const saved = await admin.replaceWeeklyHours(db, actor, code, parsed.data);
      if (!saved) return sendNotFound(db, request, reply);
      return redirect(reply, code, 'hours');
    });

    app.post<CodeParams>(`${base}/:code/${SEGMENTS.exceptions[locale]}`, guarded, async (request, reply) => {
      const code = codeOf(request);
      if (!code) return sendNotFound(db, request, reply);
      const actor = signedInActor(request);
      admin.assertMayEditCentres(actor);
      const values = readForm(request.body);
      const parsed = exceptionSchema.safeParse(exceptionCandidate(values));
      if (!parsed.success) {
        return sendCentre(request, reply, code, {
          exception: { values, errors: fieldErrors(parsed.error, exceptionFieldId) },
        });
      }
      const saved = await admin.addException(db, actor, code, parsed.data);
      if (!saved) return sendNotFound(db, request, reply);
      return redirect(reply, code, 'exception');
    });

    app.post<ExceptionParams>(
      `${base}/:code/${SEGMENTS.exceptions[locale]}/:id/${SEGMENTS.delete[locale]}`,
      guarded,
      async (request, reply) => {
        const code = codeOf(request);
        const id = exceptionIdSchema.safeParse(request.params.id);
        if (!code || !id.success) return sendNotFound(db, request, reply);
        const deleted = await admin.removeException(db, signedInActor(request), code, id.data);
        if (!deleted) return sendNotFound(db, request, reply);
        return redirect(reply, code, 'deleted');
      },
    );
  }
}

interface FieldErrorsForm {
  values: FormValues;
  errors: FieldError[];
}
