import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import * as calendar from '../../platform/calendar';
import { LOCALES, type Locale } from '../../platform/i18n';
import { showErrors } from '../../platform/web/components/form';
import { sendNotFound } from '../../platform/web/error-pages';
import { type FieldError, type FormValues, fieldErrors, readForm } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { calendarErrorMessage, type TextKey, text } from './messages';
import { calendarHref, DELETE_SEGMENT } from './paths';
import { movedDayCandidate, movedDayFieldId, movedDayIdSchema, movedDaySchema, yearSchema } from './schema';
import { CalendarPage } from './views/calendar-page';

type PageQuery = { Querystring: { year?: string; done?: string } };
type IdParams = { Params: { id: string } };
const DONE = ['added', 'deleted'];

/** The administrator's table of moved working days (issue 8 point 7). */
export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = calendarHref(locale);

    async function sendCalendar(
      request: FastifyRequest,
      reply: FastifyReply,
      year: number,
      form: { values: FormValues; errors: FieldError[] } = { values: {}, errors: [] },
      done?: string,
    ) {
      const shown = await calendar.calendarOfYear(db, signedInActor(request), year);
      const site = await staffSiteContext(db, request, calendarHref(other, { year }));
      const errors = showErrors(form.errors, (key) => calendarErrorMessage(locale, key));
      return sendPage(
        reply,
        <CalendarPage
          site={site}
          calendar={shown}
          form={{ values: form.values, errors }}
          done={done && text(locale, `done.${done}` as TextKey)}
        />,
        errors.size > 0 ? 400 : 200,
      );
    }

    const thisYear = () => Number(calendar.todayInRiga().slice(0, 4));

    app.get<PageQuery>(base, guarded, async (request, reply) => {
      const year = yearSchema.safeParse(request.query.year);
      const done = DONE.includes(request.query.done ?? '') ? request.query.done : undefined;
      return sendCalendar(request, reply, year.success ? year.data : thisYear(), undefined, done);
    });

    app.post(base, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      calendar.assertMayEditCalendar(actor);
      const values = readForm(request.body);
      const parsed = movedDaySchema.safeParse(movedDayCandidate(values));
      const yearTyped = yearSchema.safeParse(values['day-year']);
      const year = yearTyped.success ? yearTyped.data : thisYear();
      if (!parsed.success) {
        return sendCalendar(request, reply, year, {
          values,
          errors: fieldErrors(parsed.error, movedDayFieldId),
        });
      }
      const added = await calendar.addMovedDay(db, actor, parsed.data);
      if (!added.ok) {
        return sendCalendar(request, reply, year, {
          values,
          errors: [{ field: 'day-day', key: added.problem }],
        });
      }
      return reply.redirect(calendarHref(locale, { year, done: 'added' }), 303);
    });

    app.post<IdParams>(`${base}/:id/${DELETE_SEGMENT[locale]}`, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      calendar.assertMayEditCalendar(actor);
      const id = movedDayIdSchema.safeParse(request.params.id);
      if (!id.success) return sendNotFound(db, request, reply);
      const removed = await calendar.removeMovedDay(db, actor, id.data);
      if (!removed) return sendNotFound(db, request, reply);
      return reply.redirect(
        calendarHref(locale, { year: Number(removed.day.slice(0, 4)), done: 'deleted' }),
        303,
      );
    });
  }
}
