import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { type FieldError, type FormValues, one, readForm } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import type { FormDefinition } from '../eforms/definition';
import { WorkflowError } from './errors';
import { conditionSources, type FormChange, locateField, pageIdFor } from './form-editor';
import { fieldCandidate, fieldValues, pageValues, placeIssues } from './form-editor-values';
import { showIssues } from './form-issues';
import { formText } from './form-messages';
import { type FormPart, formHref, SEGMENTS, versionHref } from './paths';
import { codeOf, sendRefused } from './route-helpers';
import { versionNumberSchema } from './schema';
import * as standards from './service';
import { type DeleteTarget, FormDeletePage } from './views/form-delete-page';
import { FieldEditorPage, PageEditorPage } from './views/form-edit-pages';
import { FormEditorPage, type FormEditorProblems } from './views/form-editor-page';
import { FormPreviewPage } from './views/form-preview-page';

type FormParams = { Params: { code: string; n: string }; Querystring: Record<string, unknown> };
type Found = NonNullable<Awaited<ReturnType<typeof load>>>;

async function load(deps: AppDeps, request: FastifyRequest<FormParams>) {
  const code = codeOf(request);
  const n = versionNumberSchema.safeParse(request.params.n);
  if (!code || !n.success) return undefined;
  const standard = await standards.getStandard(deps.database.db, signedInActor(request), code);
  const version = standard?.versions.find((v) => v.version === n.data);
  if (!standard || !version) return undefined;
  const editable = standard.may.edit && version.status === 'draft' && standard.withdrawal !== 'withdrawn';
  return {
    standard,
    version,
    code: standard.service.code,
    n: n.data,
    form: standards.formOf(version),
    editable,
  };
}

const queryText = (query: Record<string, unknown>, name: string) =>
  typeof query[name] === 'string' ? (query[name] as string).slice(0, 100) : '';

/** The online form of a version: overview and its actions, question and page editors, preview (issue 9). */
export function formRoutes(app: FastifyInstance, deps: AppDeps, locale: Locale): void {
  const { db } = deps.database;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const guarded = { preHandler: requireStaff };
  const base = `${staffHref(locale, 'standards')}/:code/${SEGMENTS.versions[locale]}/:n/${SEGMENTS.form[locale]}`;
  const site = (request: FastifyRequest, found: Found, part?: FormPart, query?: string) =>
    staffSiteContext(db, request, formHref(other, found.code, found.n, part, query));

  /** Loads the version for a change: 404 when unknown, 403 for one who may not edit, 409 when not a draft. */
  async function loadForChange(request: FastifyRequest<FormParams>, reply: FastifyReply) {
    const found = await load(deps, request);
    if (!found) return void (await sendNotFound(db, request, reply));
    standards.assertMay(found.standard, 'edit');
    if (found.version.status !== 'draft' || !found.editable) {
      const error = new WorkflowError(
        found.version.status !== 'draft' ? 'notEditable' : 'withdrawn',
        found.n,
      );
      return void (await sendRefused(deps, request, reply, error, versionHref(locale, found.code, found.n)));
    }
    return found;
  }

  async function sendOverview(
    request: FastifyRequest,
    reply: FastifyReply,
    found: Found,
    problems?: FormEditorProblems,
  ) {
    const done = (request.query as Record<string, unknown>)?.done;
    return sendPage(
      reply,
      <FormEditorPage
        site={await site(request, found)}
        code={found.code}
        version={found.version}
        form={found.form}
        editable={found.editable}
        done={
          done === 'saved'
            ? formText(locale, 'form.saved')
            : done === 'removed'
              ? formText(locale, 'form.removed')
              : undefined
        }
        problems={problems}
      />,
      problems ? 400 : 200,
    );
  }

  /** Saves a change; on refusal `onIssues` shows the form again. Returns the reply. */
  async function save(
    request: FastifyRequest,
    reply: FastifyReply,
    found: Found,
    change: FormChange,
    onIssues: (candidate: unknown, issues: { path: string; message: string }[]) => Promise<FastifyReply>,
  ) {
    try {
      await standards.changeForm(db, signedInActor(request), found.code, found.n, change);
    } catch (error) {
      if (error instanceof standards.FormDefinitionError) return onIssues(error.candidate, error.issues);
      if (error instanceof WorkflowError)
        return sendRefused(deps, request, reply, error, versionHref(locale, found.code, found.n));
      throw error;
    }
    const done = change.kind === 'remove' ? 'removed' : 'saved';
    return reply.redirect(formHref(locale, found.code, found.n, undefined, `done=${done}`), 303);
  }

  app.get<FormParams>(base, guarded, async (request, reply) => {
    const found = await load(deps, request);
    if (!found) return sendNotFound(db, request, reply);
    return sendOverview(request, reply, found);
  });

  app.post<FormParams>(base, guarded, async (request, reply) => {
    const found = await loadForChange(request, reply);
    if (!found) return reply;
    const values = readForm(request.body);
    const page = one(values, 'page');
    const field = one(values, 'field');
    const action = one(values, 'action');
    const change: FormChange | undefined =
      action === 'remove'
        ? { kind: 'remove' }
        : action === 'field-up' || action === 'field-down'
          ? { kind: 'moveField', page, field, by: action === 'field-up' ? -1 : 1 }
          : action === 'field-delete'
            ? { kind: 'deleteField', page, field }
            : action === 'page-up' || action === 'page-down'
              ? { kind: 'movePage', page, by: action === 'page-up' ? -1 : 1 }
              : action === 'page-delete'
                ? { kind: 'deletePage', page }
                : undefined;
    if (!change) return reply.redirect(formHref(locale, found.code, found.n), 303);
    return save(request, reply, found, change, (candidate, issues) => {
      const shown = showIssues(locale, candidate, placeIssues(candidate, issues, {}));
      return sendOverview(request, reply, found, { linked: shown.linked, extra: shown.extra });
    });
  });

  async function sendField(
    request: FastifyRequest,
    reply: FastifyReply,
    found: Found,
    target: { page: { id: string; title: string }; original?: string },
    values: FormValues,
    issues?: { candidate: unknown; placed: ReturnType<typeof placeIssues>; local: FieldError[] },
  ) {
    const shown = issues ? showIssues(locale, issues.candidate, issues.placed, issues.local) : undefined;
    const query = `page=${encodeURIComponent(target.page.id)}${target.original ? `&field=${encodeURIComponent(target.original)}` : ''}`;
    return sendPage(
      reply,
      <FieldEditorPage
        site={await site(request, found, 'formField', query)}
        code={found.code}
        version={found.version}
        page={target.page}
        original={target.original}
        sources={conditionSources(found.form, target.page.id, target.original)}
        form={{
          values,
          errors: shown?.errors ?? new Map(),
          extra: shown ? [...shown.extra, ...shown.linked.map((l) => l.text)] : [],
        }}
      />,
      issues ? 400 : 200,
    );
  }

  /** The page and question a field editor is about, or undefined (404) when they are not in the form. */
  function fieldTarget(found: Found, pageId: string, code: string) {
    const page = found.form?.pages.find((p) => p.id === pageId);
    if (!page) return undefined;
    const located = code ? locateField(found.form!, code) : undefined;
    if (code && located?.page.id !== page.id) return undefined;
    return {
      page: { id: page.id, title: page.title[locale] },
      original: located?.field.code,
      field: located?.field,
    };
  }

  app.get<FormParams>(`${base}/${SEGMENTS.formField[locale]}`, guarded, async (request, reply) => {
    const found = await loadForChange(request, reply);
    if (!found) return reply;
    const target = fieldTarget(found, queryText(request.query, 'page'), queryText(request.query, 'field'));
    if (!target) return sendNotFound(db, request, reply);
    const values = target.field
      ? fieldValues(target.field, locale)
      : { required: 'yes', dateRule: 'any', type: 'text' };
    return sendField(request, reply, found, target, values);
  });

  app.post<FormParams>(`${base}/${SEGMENTS.formField[locale]}`, guarded, async (request, reply) => {
    const found = await loadForChange(request, reply);
    if (!found) return reply;
    const values = readForm(request.body);
    const target = fieldTarget(found, one(values, 'page'), one(values, 'original'));
    if (!target) return sendNotFound(db, request, reply);
    const { field, errors } = fieldCandidate(values, found.form, locale, target.original);
    if (errors.length > 0)
      return sendField(request, reply, found, target, values, {
        candidate: found.form,
        placed: [],
        local: errors,
      });
    const change: FormChange = { kind: 'saveField', page: target.page.id, original: target.original, field };
    return save(request, reply, found, change, (candidate, issues) => {
      const placed = placeIssues(candidate, issues, { page: target.page.id, field: field.code });
      return sendField(request, reply, found, target, values, { candidate, placed, local: [] });
    });
  });

  async function sendPageEditor(
    request: FastifyRequest,
    reply: FastifyReply,
    found: Found,
    original: string | undefined,
    values: FormValues,
    issues?: { candidate: unknown; placed: ReturnType<typeof placeIssues>; local: FieldError[] },
  ) {
    const shown = issues ? showIssues(locale, issues.candidate, issues.placed, issues.local) : undefined;
    const query = original ? `page=${encodeURIComponent(original)}` : undefined;
    return sendPage(
      reply,
      <PageEditorPage
        site={await site(request, found, 'formPage', query)}
        code={found.code}
        version={found.version}
        original={original}
        sources={conditionSources(found.form, '\u0000')}
        form={{
          values,
          errors: shown?.errors ?? new Map(),
          extra: shown ? [...shown.extra, ...shown.linked.map((l) => l.text)] : [],
        }}
      />,
      issues ? 400 : 200,
    );
  }

  app.get<FormParams>(`${base}/${SEGMENTS.formPage[locale]}`, guarded, async (request, reply) => {
    const found = await loadForChange(request, reply);
    if (!found) return reply;
    const id = queryText(request.query, 'page');
    if (!id)
      return sendPageEditor(request, reply, found, undefined, {
        required: 'yes',
        dateRule: 'any',
        type: 'text',
      });
    const page = found.form?.pages.find((p) => p.id === id);
    if (!page) return sendNotFound(db, request, reply);
    return sendPageEditor(request, reply, found, page.id, pageValues(page));
  });

  app.post<FormParams>(`${base}/${SEGMENTS.formPage[locale]}`, guarded, async (request, reply) => {
    const found = await loadForChange(request, reply);
    if (!found) return reply;
    const values = readForm(request.body);
    const originalId = one(values, 'original') || undefined;
    if (originalId && !found.form?.pages.some((p) => p.id === originalId))
      return sendNotFound(db, request, reply);
    const title = { lv: one(values, 'title-lv').trim(), en: one(values, 'title-en').trim() };
    const id = one(values, 'pageId').trim() || pageIdFor(found.form, title.lv, originalId);
    const first = originalId ? undefined : fieldCandidate(values, found.form, locale);
    if (first && first.errors.length > 0)
      return sendPageEditor(request, reply, found, originalId, values, {
        candidate: found.form,
        placed: [],
        local: first.errors,
      });
    const change: FormChange = {
      kind: 'savePage',
      original: originalId,
      id,
      title,
      firstField: first?.field,
    };
    return save(request, reply, found, change, (candidate, issues) => {
      const placed = placeIssues(candidate, issues, { page: id, field: first?.field.code });
      return sendPageEditor(request, reply, found, originalId, values, { candidate, placed, local: [] });
    });
  });

  // Asks before deleting a question (?page=&field=), a page (?page=) or the whole form (no query).
  app.get<FormParams>(`${base}/${SEGMENTS.formDelete[locale]}`, guarded, async (request, reply) => {
    const found = await loadForChange(request, reply);
    if (!found) return reply;
    const pageId = queryText(request.query, 'page');
    const code = queryText(request.query, 'field');
    const page = found.form?.pages.find((p) => p.id === pageId);
    const field = code ? page?.fields.find((f) => f.code === code) : undefined;
    const target: DeleteTarget | undefined = !found.form
      ? undefined
      : !pageId
        ? { kind: 'form' }
        : page && !code
          ? { kind: 'page', page }
          : page && field
            ? { kind: 'field', page, field }
            : undefined;
    if (!target) return sendNotFound(db, request, reply);
    const query = [
      pageId && `page=${encodeURIComponent(pageId)}`,
      code && `field=${encodeURIComponent(code)}`,
    ]
      .filter(Boolean)
      .join('&');
    return sendPage(
      reply,
      <FormDeletePage
        site={await site(request, found, 'formDelete', query || undefined)}
        code={found.code}
        version={found.version}
        target={target}
      />,
    );
  });

  app.get<FormParams>(`${base}/${SEGMENTS.formPreview[locale]}`, guarded, async (request, reply) => {
    const found = await load(deps, request);
    if (!found) return sendNotFound(db, request, reply);
    const lang: Locale = request.query.lang === 'en' ? 'en' : request.query.lang === 'lv' ? 'lv' : locale;
    return sendPage(
      reply,
      <FormPreviewPage
        site={await site(request, found, 'formPreview', `lang=${lang}`)}
        code={found.code}
        version={found.version}
        form={found.form as FormDefinition | null}
        lang={lang}
      />,
    );
  });
}
