import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { datePartsOf } from '../../platform/web/form-schema';
import {
  type FieldError,
  type FormValues,
  fieldErrors,
  one,
  readForm,
  showErrors,
} from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { FieldValidationError, WorkflowError } from './errors';
import { fieldErrorMessage } from './messages';
import { requestHref, restoreHref, SEGMENTS, standardHref, withdrawHref } from './paths';
import { type CodeParams, codeOf, nameOf, sendRefused, standardOf } from './route-helpers';
import { decideSchema, requestIdSchema, restoreSchema, withdrawSchema } from './schema';
import * as standards from './service';
import { DecidePage } from './views/decide-page';
import { WithdrawPage } from './views/withdraw-page';

type RequestParams = { Params: { code: string; id: string } };

/**
 * Withdrawal and restore: an editor or the unit's head asks (…/atsaukt, …/atjaunot), the unit's head
 * decides (…/pieprasijumi/{id}); four eyes, so not the one who asked.
 */
export function withdrawalRoutes(app: FastifyInstance, deps: AppDeps, locale: Locale): void {
  const { db } = deps.database;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const guarded = { preHandler: requireStaff };
  const base = staffHref(locale, 'standards');
  const shown = (errors: FieldError[]) =>
    showErrors(errors, (key, field) => fieldErrorMessage(locale, key, field));

  for (const kind of ['withdraw', 'restore'] as const) {
    const path = `${base}/:code/${SEGMENTS[kind][locale]}`;
    const hrefOf = kind === 'withdraw' ? withdrawHref : restoreHref;

    const sendForm = async (
      request: FastifyRequest,
      reply: FastifyReply,
      standard: standards.StandardDetails,
      values: FormValues,
      errors: FieldError[],
    ) => {
      const actor = signedInActor(request);
      const code = standard.service.code;
      const lifeSituations = await standards.lifeSituationsUsing(db, actor, standard.service.id);
      const site = await staffSiteContext(db, request, hrefOf(other, code));
      return sendPage(
        reply,
        <WithdrawPage
          site={site}
          kind={kind}
          code={code}
          name={nameOf(standard, locale)}
          lifeSituations={lifeSituations}
          values={values}
          errors={shown(errors)}
        />,
        errors.length > 0 ? 400 : 200,
      );
    };

    app.get<CodeParams>(path, guarded, async (request, reply) => {
      const standard = await standardOf(deps, request, reply, 'edit');
      if (!standard) return reply;
      return sendForm(request, reply, standard, {}, []);
    });

    app.post<CodeParams>(path, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const standard = await standardOf(deps, request, reply, 'edit');
      if (!standard) return reply;
      const code = standard.service.code;
      const values = readForm(request.body);
      const candidate = { reason: one(values, 'reason'), from: datePartsOf(values, 'from') };
      const parsed =
        kind === 'withdraw' ? withdrawSchema.safeParse(candidate) : restoreSchema.safeParse(candidate);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error, (p) => (p === 'from' ? 'from-day' : p));
        return sendForm(request, reply, standard, values, errors);
      }
      try {
        const data = parsed.data;
        if ('from' in data && typeof data.from === 'string')
          await standards.requestWithdrawal(db, actor, code, { reason: data.reason, from: data.from });
        else await standards.requestRestore(db, actor, code, data.reason);
      } catch (error) {
        if (error instanceof FieldValidationError)
          return sendForm(request, reply, standard, values, error.errors);
        if (error instanceof WorkflowError)
          return sendRefused(deps, request, reply, error, standardHref(locale, code));
        throw error;
      }
      return reply.redirect(standardHref(locale, code, 'done=requested'), 303);
    });
  }

  const requestPath = `${base}/:code/${SEGMENTS.requests[locale]}/:id`;

  async function loadRequest(request: FastifyRequest<RequestParams>) {
    const code = codeOf(request);
    const id = requestIdSchema.safeParse(request.params.id);
    if (!code || !id.success) return undefined;
    const standard = await standards.getStandard(db, signedInActor(request), code);
    const found = standard?.requests.find((r) => r.id === id.data);
    return standard && found ? { standard, request: found } : undefined;
  }

  async function sendDecide(
    request: FastifyRequest<RequestParams>,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof loadRequest>>>,
    values: FormValues,
    errors: FieldError[],
  ) {
    const actor = signedInActor(request);
    const code = found.standard.service.code;
    const lifeSituations = await standards.lifeSituationsUsing(db, actor, found.standard.service.id);
    const site = await staffSiteContext(db, request, requestHref(other, code, found.request.id));
    const blocked = !found.standard.may.approve
      ? 'onlyHead'
      : standards.requestConflict(found.request, actor)
        ? 'ownRequest'
        : undefined;
    return sendPage(
      reply,
      <DecidePage
        site={site}
        code={code}
        name={nameOf(found.standard, locale)}
        request={found.request}
        lifeSituations={lifeSituations}
        blocked={blocked}
        values={values}
        errors={shown(errors)}
      />,
      errors.length > 0 ? 400 : 200,
    );
  }

  app.get<RequestParams>(requestPath, guarded, async (request, reply) => {
    const found = await loadRequest(request);
    if (!found) return sendNotFound(db, request, reply);
    return sendDecide(request, reply, found, {}, []);
  });

  app.post<RequestParams>(requestPath, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const found = await loadRequest(request);
    if (!found) return sendNotFound(db, request, reply);
    standards.assertMay(found.standard, 'approve');
    const code = found.standard.service.code;
    const values = readForm(request.body);
    const parsed = decideSchema.safeParse({ decision: one(values, 'decision'), note: one(values, 'note') });
    if (!parsed.success) return sendDecide(request, reply, found, values, fieldErrors(parsed.error));
    try {
      const decided = await standards.decideWithdrawal(db, actor, code, found.request.id, {
        approve: parsed.data.decision === 'approve',
        note: parsed.data.note,
      });
      if (!decided) return sendNotFound(db, request, reply);
    } catch (error) {
      if (error instanceof WorkflowError)
        return sendRefused(deps, request, reply, error, standardHref(locale, code));
      throw error;
    }
    return reply.redirect(standardHref(locale, code, 'done=decided'), 303);
  });
}
