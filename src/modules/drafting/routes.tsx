import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { FieldValidationError } from '../../platform/errors';
import { LOCALES, type Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import {
  type FieldError,
  type FormValues,
  fieldErrors,
  readForm,
  showErrors,
} from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { planErrorMessage, text } from './messages';
import { coverageHref, itemHref, newItemHref, planHref } from './paths';
import {
  type PlanItemInput,
  planFieldId,
  planItemCandidate,
  planItemIdSchema,
  planItemSchema,
  planQuerySchema,
} from './schema';
import * as drafting from './service';
import { CoveragePage } from './views/coverage-page';
import { ItemFormPage } from './views/item-form-page';
import { PlanPage } from './views/plan-page';

type ItemParams = { Params: { id: string } };

/** The form fields of a stored plan item (to prefill the edit form). */
function itemValues(found: NonNullable<Awaited<ReturnType<typeof drafting.getPlanItem>>>): FormValues {
  const { item } = found;
  const [year = '', month = '', day = ''] = item.deadline.split('-');
  return {
    unit: found.unitCode,
    service: found.serviceCode ?? '',
    'newTitle-lv': item.newServiceTitle?.lv ?? '',
    'newTitle-en': item.newServiceTitle?.en ?? '',
    kind: item.kind,
    'deadline-day': String(Number(day)),
    'deadline-month': String(Number(month)),
    'deadline-year': year,
    responsible: item.responsibleUserId === null ? '' : String(item.responsibleUserId),
    note: item.note ?? '',
  };
}

/** The drafting schedule and the coverage dashboard (issue 3 point 5). */
export function draftingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const shown = (errors: FieldError[]) => showErrors(errors, (key) => planErrorMessage(locale, key));

    async function sendForm(
      request: FastifyRequest,
      reply: FastifyReply,
      form: { action: string; alternate: string; editing: boolean; values: FormValues; errors: FieldError[] },
    ) {
      const choices = await drafting.planFormChoices(db, signedInActor(request));
      const site = await staffSiteContext(db, request, form.alternate);
      return sendPage(
        reply,
        <ItemFormPage
          site={site}
          action={form.action}
          editing={form.editing}
          choices={choices}
          values={form.values}
          errors={shown(form.errors)}
        />,
        form.errors.length > 0 ? 400 : 200,
      );
    }

    /** Parses and saves the form; on a problem, the form again with the messages and what was typed. */
    async function save(
      request: FastifyRequest,
      reply: FastifyReply,
      form: { action: string; alternate: string; editing: boolean },
      write: (input: PlanItemInput) => Promise<unknown>,
      done: string,
    ) {
      const values = readForm(request.body);
      const parsed = planItemSchema.safeParse(planItemCandidate(values));
      if (!parsed.success)
        return sendForm(request, reply, { ...form, values, errors: fieldErrors(parsed.error, planFieldId) });
      try {
        const saved = await write(parsed.data);
        if (saved === undefined) return sendNotFound(db, request, reply);
      } catch (error) {
        if (!(error instanceof FieldValidationError)) throw error;
        return sendForm(request, reply, { ...form, values, errors: error.errors });
      }
      return reply.redirect(planHref(locale, `done=${done}`), 303);
    }

    app.get(planHref(locale), guarded, async (request, reply) => {
      const query = planQuerySchema.parse(request.query ?? {});
      const plan = await drafting.listPlan(db, signedInActor(request), { unit: query.unit });
      const site = await staffSiteContext(
        db,
        request,
        planHref(other, query.unit ? `unit=${query.unit}` : undefined),
      );
      const done =
        query.done === 'created' || query.done === 'saved' ? text(locale, `done.${query.done}`) : undefined;
      return sendPage(reply, <PlanPage site={site} {...plan} unit={query.unit} done={done} />);
    });

    app.get(newItemHref(locale), guarded, async (request, reply) =>
      sendForm(request, reply, {
        action: newItemHref(locale),
        alternate: newItemHref(other),
        editing: false,
        values: {},
        errors: [],
      }),
    );

    app.post(newItemHref(locale), guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const form = { action: newItemHref(locale), alternate: newItemHref(other), editing: false };
      return save(request, reply, form, (input) => drafting.createPlanItem(db, actor, input), 'created');
    });

    app.get<ItemParams>(`${planHref(locale)}/:id`, guarded, async (request, reply) => {
      const id = planItemIdSchema.safeParse(request.params.id);
      const found = id.success ? await drafting.getPlanItem(db, signedInActor(request), id.data) : undefined;
      if (!id.success || !found) return sendNotFound(db, request, reply);
      return sendForm(request, reply, {
        action: itemHref(locale, id.data),
        alternate: itemHref(other, id.data),
        editing: true,
        values: itemValues(found),
        errors: [],
      });
    });

    app.post<ItemParams>(`${planHref(locale)}/:id`, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const id = planItemIdSchema.safeParse(request.params.id);
      if (!id.success) return sendNotFound(db, request, reply);
      const found = await drafting.getPlanItem(db, actor, id.data);
      if (!found) return sendNotFound(db, request, reply);
      const form = { action: itemHref(locale, id.data), alternate: itemHref(other, id.data), editing: true };
      return save(
        request,
        reply,
        form,
        (input) => drafting.updatePlanItem(db, actor, id.data, input),
        'saved',
      );
    });

    app.get(coverageHref(locale), guarded, async (request, reply) => {
      const coverage = await drafting.coverage(db, signedInActor(request));
      const site = await staffSiteContext(db, request, coverageHref(other));
      return sendPage(reply, <CoveragePage site={site} coverage={coverage} />);
    });
  }
}
