import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../platform/auth/actor';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { type Locale, pick } from '../../platform/i18n';
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
import { draftStamps, stampsText } from './draft-stamps';
import { DraftChangedError, FieldValidationError, WorkflowError } from './errors';
import { fieldErrorMessage } from './messages';
import { SEGMENTS, standardHref, versionHref } from './paths';
import { codeOf, doneMessage, sendRefused } from './route-helpers';
import {
  approveSchema,
  formRows,
  MAX_ROWS,
  returnSchema,
  versionCandidate,
  versionFieldId,
  versionFormSchema,
  versionFormValues,
  versionNumberSchema,
  versionQuerySchema,
} from './schema';
import * as standards from './service';
import { EditPage } from './views/edit-page';
import { VersionPage } from './views/version-page';

type VersionParams = { Params: { code: string; n: string }; Querystring: Record<string, unknown> };

/** The standard and one of its versions named by the URL, or undefined for a 404. */
async function load(deps: AppDeps, request: FastifyRequest<VersionParams>, actor: Actor) {
  const code = codeOf(request);
  const n = versionNumberSchema.safeParse(request.params.n);
  if (!code || !n.success) return undefined;
  const standard = await standards.getStandard(deps.database.db, actor, code);
  const version = standard?.versions.find((v) => v.version === n.data);
  return standard && version ? { standard, version, code: standard.service.code, n: n.data } : undefined;
}

/** Version pages: view, edit, submit, approve, return (under …/standarti/{code}/versijas/{n}). */
export function versionRoutes(app: FastifyInstance, deps: AppDeps, locale: Locale): void {
  const { db } = deps.database;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const guarded = { preHandler: requireStaff };
  const path = `${staffHref(locale, 'standards')}/:code/${SEGMENTS.versions[locale]}/:n`;
  const shown = (errors: FieldError[]) =>
    showErrors(errors, (key, field) => fieldErrorMessage(locale, key, field));

  async function sendVersion(
    request: FastifyRequest<VersionParams>,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof load>>>,
    review?: { values: FormValues; errors: FieldError[] },
  ) {
    const actor = signedInActor(request);
    const query = versionQuerySchema.parse(request.query ?? {});
    const centreNames = new Map((await standards.centreChoices(db)).map((c) => [c.code, c.name]));
    const only = query.changes === 'only' ? '?changes=only' : '';
    const site = await staffSiteContext(db, request, `${versionHref(other, found.code, found.n)}${only}`);
    const { standard, version } = found;
    return sendPage(
      reply,
      <VersionPage
        site={site}
        standard={standard}
        version={version}
        centreNames={centreNames}
        review={review && { values: review.values, errors: shown(review.errors) }}
        done={doneMessage(locale, query.done)}
        changes={standards.changeSummary(standard.versions, version)}
        onlyChanges={query.changes === 'only'}
        conflict={standards.approvalConflict(standard.steps, version.id, actor)}
      />,
      review ? 400 : 200,
    );
  }

  async function sendEdit(
    request: FastifyRequest<VersionParams>,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof load>>>,
    values: FormValues,
    errors: FieldError[],
    rows = formRows(values),
    status = errors.length > 0 ? 400 : 200,
  ) {
    const centres = await standards.centreChoices(db);
    const site = await staffSiteContext(db, request, versionHref(other, found.code, found.n, 'edit'));
    return sendPage(
      reply,
      <EditPage
        site={site}
        code={found.code}
        version={found.n}
        name={pick(found.version.name, locale)}
        centres={centres}
        form={{ values, errors: shown(errors), rows }}
      />,
      status,
    );
  }

  const refused = (request: FastifyRequest, reply: FastifyReply, error: unknown, code: string, n: number) => {
    if (error instanceof WorkflowError) {
      const back =
        error.refusal === 'incomplete' ? versionHref(locale, code, n, 'edit') : versionHref(locale, code, n);
      return sendRefused(deps, request, reply, error, back);
    }
    throw error;
  };

  app.get<VersionParams>(path, guarded, async (request, reply) => {
    const found = await load(deps, request, signedInActor(request));
    if (!found) return sendNotFound(db, request, reply);
    return sendVersion(request, reply, found);
  });

  app.get<VersionParams>(`${path}/${SEGMENTS.edit[locale]}`, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const found = await load(deps, request, actor);
    if (!found) return sendNotFound(db, request, reply);
    standards.assertMay(found.standard, 'edit');
    if (found.version.status !== 'draft') {
      return refused(request, reply, new WorkflowError('notEditable', found.n), found.code, found.n);
    }
    const values = versionFormValues(standards.versionInputOf(found.version));
    return sendEdit(request, reply, found, { ...values, opened: stampsText(draftStamps(values)) }, []);
  });

  app.post<VersionParams>(`${path}/${SEGMENTS.edit[locale]}`, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const found = await load(deps, request, actor);
    if (!found) return sendNotFound(db, request, reply);
    standards.assertMay(found.standard, 'edit');
    const values = readForm(request.body);
    const rows = formRows(values);
    const action = values.action;
    if (action === 'add-document' || action === 'add-law') {
      const key = action === 'add-document' ? 'doc' : 'law';
      return sendEdit(request, reply, found, values, [], {
        ...rows,
        [key]: Math.min(rows[key] + 1, MAX_ROWS),
      });
    }
    const parsed = versionFormSchema.safeParse(versionCandidate(values));
    if (!parsed.success)
      return sendEdit(request, reply, found, values, fieldErrors(parsed.error, versionFieldId));
    try {
      await standards.saveDraft(
        db,
        actor,
        found.code,
        found.n,
        parsed.data,
        one(values, 'opened') || undefined,
      );
    } catch (error) {
      if (error instanceof FieldValidationError) return sendEdit(request, reply, found, values, error.errors);
      if (error instanceof DraftChangedError) {
        // What was typed stays in the form; saving it again now overwrites those fields knowingly.
        const errors = error.fields.map((field) => ({ field, key: 'changedMeanwhile' }));
        const kept = { ...values, opened: error.stamps };
        return sendEdit(request, reply, found, kept, errors, formRows(values), 409);
      }
      return refused(request, reply, error, found.code, found.n);
    }
    return reply.redirect(`${versionHref(locale, found.code, found.n)}?done=saved`, 303);
  });

  app.post<VersionParams>(`${path}/${SEGMENTS.submit[locale]}`, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const found = await load(deps, request, actor);
    if (!found) return sendNotFound(db, request, reply);
    try {
      await standards.submitForReview(db, actor, found.code, found.n);
    } catch (error) {
      return refused(request, reply, error, found.code, found.n);
    }
    return reply.redirect(`${versionHref(locale, found.code, found.n)}?done=submitted`, 303);
  });

  app.post<VersionParams>(`${path}/${SEGMENTS.approve[locale]}`, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const found = await load(deps, request, actor);
    if (!found) return sendNotFound(db, request, reply);
    standards.assertMay(found.standard, 'approve');
    const values = readForm(request.body);
    const parsed = approveSchema.safeParse({ validFrom: datePartsOf(values, 'validFrom') });
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, (p) => (p === 'validFrom' ? 'validFrom-day' : p));
      return sendVersion(request, reply, found, { values, errors });
    }
    try {
      await standards.approve(db, actor, found.code, found.n, parsed.data.validFrom);
    } catch (error) {
      if (error instanceof FieldValidationError)
        return sendVersion(request, reply, found, { values, errors: error.errors });
      return refused(request, reply, error, found.code, found.n);
    }
    return reply.redirect(standardHref(locale, found.code, 'done=approved'), 303);
  });

  app.post<VersionParams>(`${path}/${SEGMENTS.return[locale]}`, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const found = await load(deps, request, actor);
    if (!found) return sendNotFound(db, request, reply);
    standards.assertMay(found.standard, 'approve');
    const values = readForm(request.body);
    const parsed = returnSchema.safeParse({ comment: values.comment ?? '' });
    if (!parsed.success)
      return sendVersion(request, reply, found, { values, errors: fieldErrors(parsed.error) });
    try {
      await standards.returnToDraft(db, actor, found.code, found.n, parsed.data.comment);
    } catch (error) {
      return refused(request, reply, error, found.code, found.n);
    }
    return reply.redirect(`${versionHref(locale, found.code, found.n)}?done=returned`, 303);
  });
}
