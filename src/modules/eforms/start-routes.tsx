import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { submittedCsrfToken } from '../../platform/auth/csrf';
import { CsrfError } from '../../platform/errors';
import { type FormError, type FormValues, one } from '../../platform/web/components/form';
import { visibleFields } from './answers';
import { acceptedMediaTypes, allFields, type FormField, LIMITS } from './definition';
import { sameToken } from './drafts';
import {
  type CodeParams,
  DRAFT_COOKIE,
  type JourneyKit,
  START_COOKIE,
  type StepParams,
  today,
} from './journey-kit';
import { closedMessage, fileMessage } from './journey-messages';
import { answerProblemMessage } from './messages';
import { FROM_CHECK, journeyHref, stepHref } from './paths';
import * as eforms from './service';
import { answersAsFormValues, echoedValues, inputIdOf, readPageInput } from './views/form-field';
import { StartPage } from './views/start-page';
import { QuestionPage } from './views/step-pages';

/** Room for the multipart framing and the page's text fields around the files. */
const MAX_PAGE_BODY = LIMITS.maxApplicationBytes + 1024 * 1024;

/** The start page, which makes the draft, and the pages of the service's own form. */
export function startRoutes(kit: JourneyKit): void {
  const { app, db, locale, base, send } = kit;

  app.get<CodeParams>(base, async (request, reply) => {
    const journey = await kit.journeyOf(request, reply);
    if (!journey) return reply;
    let startCsrf = request.cookies[START_COOKIE];
    if (!startCsrf || !/^[A-Za-z0-9_-]{43}$/.test(startCsrf)) {
      startCsrf = randomBytes(32).toString('base64url');
      kit.setJourneyCookie(reply, START_COOKIE, startCsrf, journey.code, 2 * 60 * 60);
    }
    return send(
      reply,
      <StartPage
        ctx={await kit.context(journey, null, '')}
        action={journeyHref(locale, journey.code)}
        startCsrf={startCsrf}
      />,
    );
  });

  app.post<CodeParams>(base, async (request, reply) => {
    const journey = await kit.journeyOf(request, reply);
    if (!journey) return reply;
    const sent = submittedCsrfToken(request);
    const expected = request.cookies[START_COOKIE];
    if (!sent || !expected || !sameToken(sent, expected)) throw new CsrfError();
    const { token, draft } = await eforms.startDraft(db, journey, locale);
    kit.setJourneyCookie(reply, DRAFT_COOKIE, token, journey.code, eforms.DRAFT_DAYS * 24 * 60 * 60);
    return reply.redirect(stepHref(locale, journey.code, draft.currentStep), 303);
  });

  const pagePath = `${base}/:page`;
  const questionPage = async (
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    pageId: string,
    values: FormValues,
    errors: Map<string, string>,
    status = 200,
    extra?: string[],
  ) => {
    const page = journey.definition.pages.find((p) => p.id === pageId)!;
    const files = await eforms.draftFiles(db, draft);
    const answers = eforms.answersWithFiles(journey.definition, draft.answers, files);
    const shown = new Set(visibleFields(journey.definition, answers).map((f) => f.code));
    const onPage = new Set(page.fields.map((f) => f.code));
    const fields = page.fields.filter(
      (f) => shown.has(f.code) || (f.showWhen !== undefined && onPage.has(f.showWhen.field)),
    );
    const byCode = new Map(allFields(journey.definition).map((f) => [f.code, f]));
    const summary: FormError[] = [...errors].map(([code, text]) => ({
      field: byCode.get(code) ? inputIdOf(byCode.get(code)!) : code,
      text,
    }));
    return send(
      reply,
      <QuestionPage
        {...(await kit.stepFrame(request, journey, draft, pageId, files))}
        page={page}
        fields={fields}
        values={values}
        errors={errors}
        summary={summary}
        extra={extra}
        files={files}
      />,
      status,
    );
  };

  app.get<StepParams>(pagePath, async (request, reply) => {
    const step = await kit.draftStep(request, reply, { page: request.params.page });
    if (!step) return reply;
    const { journey, draft } = step;
    const page = step.page!;
    const files = await eforms.draftFiles(db, draft);
    const answers = eforms.answersWithFiles(journey.definition, draft.answers, files);
    if (!eforms.stepsOf(journey.definition, answers).includes(page.id))
      return reply.redirect(
        stepHref(locale, journey.code, await eforms.firstIncompleteStep(db, journey, draft, today())),
        303,
      );
    return questionPage(
      reply,
      request,
      journey,
      draft,
      page.id,
      answersAsFormValues(page, draft.answers, locale),
      new Map(),
    );
  });

  app.post<StepParams>(
    pagePath,
    { config: { residentUploads: { maxBodyBytes: MAX_PAGE_BODY } } },
    async (request, reply) => {
      const step = await kit.postedStep(request, reply, { page: request.params.page });
      if (!step) return reply;
      const { journey, draft, values, files } = step;
      const page = step.page!;
      const q = kit.fromCheck(request) ? FROM_CHECK : undefined;
      const remove = one(values, 'remove');
      const fileFields = new Set(page.fields.filter((f) => f.type === 'file').map((f) => f.code));
      const sent = new Map([...files].filter(([code]) => fileFields.has(code)));
      let refusals: eforms.FileRefusal[];
      let saved: Awaited<ReturnType<typeof eforms.savePage>>;
      try {
        if (remove) {
          await eforms.removeFile(db, draft, Number(remove));
          return reply.redirect(stepHref(locale, journey.code, page.id, q), 303);
        }
        refusals = await eforms.attachFiles(db, journey, draft, sent);
        saved = await eforms.savePage(
          db,
          journey,
          draft,
          page.id,
          readPageInput(page, values),
          today(),
          locale,
        );
      } catch (error) {
        if (!(error instanceof eforms.DraftClosedError)) throw error;
        const message = [closedMessage(locale)];
        return questionPage(
          reply,
          request,
          journey,
          draft,
          page.id,
          echoedValues(page, values),
          new Map(),
          409,
          message,
        );
      }
      if (refusals.length === 0 && saved.problems.length === 0)
        return kit.afterSave(
          reply,
          request,
          journey,
          eforms.nextStep(journey.definition, saved.answers, page.id),
        );
      const errors = new Map<string, string>();
      const byCode = new Map(page.fields.map((f) => [f.code, f] as [string, FormField]));
      for (const r of refusals)
        if (!errors.has(r.field))
          errors.set(
            r.field,
            fileMessage(locale, byCode.get(r.field)!, r, acceptedMediaTypes(byCode.get(r.field)!)),
          );
      for (const p of saved.problems)
        if (!errors.has(p.field))
          errors.set(p.field, answerProblemMessage(locale, byCode.get(p.field)!, p.code));
      // Keep what was typed, in the page's order.
      const ordered = new Map(
        page.fields.filter((f) => errors.has(f.code)).map((f) => [f.code, errors.get(f.code)!]),
      );
      return questionPage(reply, request, journey, draft, page.id, echoedValues(page, values), ordered, 400);
    },
  );
}
