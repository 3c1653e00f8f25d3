import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { submittedCsrfToken } from '../../platform/auth/csrf';
import { CsrfError } from '../../platform/errors';
import { LOCALES, type Locale } from '../../platform/i18n';
import { readMultipartForm } from '../../platform/uploads/multipart';
import { type FormError, type FormValues, one } from '../../platform/web/components/form';
import { sendNotFound } from '../../platform/web/error-pages';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import * as cases from '../cases/service';
import { visibleFields } from './answers';
import { APPLICANT_FIELDS, type ApplicantField } from './applicant';
import { acceptedMediaTypes, allFields, type FormField, LIMITS } from './definition';
import { draftCsrfToken, sameToken } from './drafts';
import {
  applicantMessage,
  declarationMessage,
  deliveryMessage,
  fileMessage,
  intakeMessage,
} from './journey-messages';
import { answerProblemMessage } from './messages';
import {
  FROM_CHECK,
  journeyHref,
  journeyPattern,
  resumeHref,
  SEGMENTS,
  servicePageHref,
  stepHref,
} from './paths';
import * as eforms from './service';
import { answersAsFormValues, inputIdOf, readPageInput } from './views/form-field';
import type { JourneyContext } from './views/journey-layout';
import { BusyPage, CheckPage, ConfirmationPage, NoticePage } from './views/outcome-pages';
import { ApplicantPage, DeliveryPage, QuestionPage, SavePage, StartPage } from './views/step-pages';

const DRAFT_COOKIE = 'pietura_draft';
const START_COOKIE = 'pietura_apply_start';
const CODE_COOKIE = 'pietura_apply_code';
/** Room for the multipart framing and the page's text fields around the files. */
const MAX_PAGE_BODY = LIMITS.maxApplicationBytes + 1024 * 1024;
const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' });
const today = () => rigaDay.format(new Date());

type CodeParams = { Params: { code: string } };
type StepParams = { Params: { code: string; page: string } };
type TokenParams = { Params: { code: string; token: string } };

const emailSchema = z.email().max(254);

/** The resident's online journey (issue 9 points 2–6): see docs/online-applications.md. */
export function eformsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const secure = deps.config.PIETURA_PUBLIC_URL.startsWith('https:');
  const publicUrl = deps.config.PIETURA_PUBLIC_URL.replace(/\/$/, '');

  /** A journey cookie, sent back only to this service's journey (in both languages). */
  const setJourneyCookie = (
    reply: FastifyReply,
    name: string,
    value: string,
    code: string,
    maxAge: number,
  ) => {
    for (const l of LOCALES)
      reply.setCookie(name, value, {
        path: journeyHref(l, code),
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge,
      });
  };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = journeyPattern(locale);

    const context = async (
      journey: eforms.Journey,
      step: string | null,
      csrf: string,
    ): Promise<JourneyContext> => {
      const alternate =
        step === null ? journeyHref(other, journey.code) : stepHref(other, journey.code, step);
      return { site: await siteContext(db, locale, alternate), journey, csrf };
    };

    const send = (reply: FastifyReply, page: VNode, status = 200) =>
      sendPage(reply.header('cache-control', 'no-store'), page, status);

    /** The journey of the URL's service, or the reply already sent (404 or how to apply otherwise). */
    const journeyOf = async (
      request: FastifyRequest<{ Params: { code: string } }>,
      reply: FastifyReply,
    ): Promise<eforms.Journey | undefined> => {
      const found = await eforms.findJourney(db, request.params.code);
      if (found.kind === 'open') return found.journey;
      if (found.kind === 'unknown') {
        await sendNotFound(db, request, reply);
        return undefined;
      }
      const site = await siteContext(db, locale, servicePageHref(other, found.standard.code));
      await send(
        reply,
        <NoticePage
          site={site}
          title={
            locale === 'lv'
              ? 'Šim pakalpojumam nevar pieteikties tiešsaistē'
              : 'You cannot apply online for this service'
          }
          service={{ code: found.standard.code, name: found.standard.version.name }}
        >
          <p class="govuk-body">
            {locale === 'lv'
              ? 'Pakalpojuma aprakstā ir norādīts, kur un kā pieteikties.'
              : 'The description of the service says where and how to apply.'}
          </p>
        </NoticePage>,
        404,
      );
      return undefined;
    };

    /** The draft of this browser (its cookie) for the journey's service. */
    const draftOf = (request: FastifyRequest, journey: eforms.Journey) =>
      eforms.openDraft(db, request.cookies[DRAFT_COOKIE], journey.service.serviceId);

    const tokenOf = (request: FastifyRequest) => request.cookies[DRAFT_COOKIE] ?? '';

    /** Every POST after the start carries the draft's CSRF token: a cross-site form cannot know it. */
    const checkCsrf = (request: FastifyRequest, sent: string | undefined) => {
      const expected = draftCsrfToken(tokenOf(request));
      if (!sent || !sameToken(sent, expected)) throw new CsrfError();
    };

    const toStart = (reply: FastifyReply, code: string) => reply.redirect(journeyHref(locale, code), 303);
    const fromCheck = (request: FastifyRequest) =>
      (request.query as Record<string, unknown>)?.from === 'check';
    const backFor = (
      journey: eforms.Journey,
      draft: eforms.DraftRow,
      step: string,
      files: eforms.DraftFileRow[],
    ) => {
      const answers = eforms.answersWithFiles(journey.definition, draft.answers, files);
      const prev = eforms.previousStep(journey.definition, answers, step);
      return prev ? stepHref(locale, journey.code, prev) : journeyHref(locale, journey.code);
    };

    // ------------------------------------------------------------ start

    app.get<CodeParams>(base, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      let startCsrf = request.cookies[START_COOKIE];
      if (!startCsrf || !/^[A-Za-z0-9_-]{43}$/.test(startCsrf)) {
        startCsrf = randomBytes(32).toString('base64url');
        setJourneyCookie(reply, START_COOKIE, startCsrf, journey.code, 2 * 60 * 60);
      }
      return send(
        reply,
        <StartPage
          ctx={await context(journey, null, '')}
          action={journeyHref(locale, journey.code)}
          startCsrf={startCsrf}
        />,
      );
    });

    app.post<CodeParams>(base, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const sent = submittedCsrfToken(request);
      const expected = request.cookies[START_COOKIE];
      if (!sent || !expected || !sameToken(sent, expected)) throw new CsrfError();
      const { token, draft } = await eforms.startDraft(db, journey, locale);
      setJourneyCookie(reply, DRAFT_COOKIE, token, journey.code, eforms.DRAFT_DAYS * 24 * 60 * 60);
      return reply.redirect(stepHref(locale, journey.code, draft.currentStep), 303);
    });

    // ------------------------------------------------------------ resume

    app.get<TokenParams>(`${base}/${SEGMENTS.resume[locale]}/:token`, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await eforms.openDraft(db, request.params.token, journey.service.serviceId);
      if (!draft) {
        const site = await siteContext(db, locale, journeyHref(other, journey.code));
        return send(
          reply,
          <NoticePage
            site={site}
            title={locale === 'lv' ? 'Saite nav derīga' : 'This link does not work'}
            service={{ code: journey.code, name: journey.service.name }}
          >
            <p class="govuk-body">
              {locale === 'lv'
                ? 'Saite ir nepilnīga, nepareiza vai novecojusi: saglabātas atbildes glabājam 30 dienas. Pārbaudiet, vai nokopējāt visu saiti, vai sāciet no jauna.'
                : 'The link is incomplete, wrong or too old: saved answers are kept for 30 days. Check that you copied the whole link, or start again.'}
            </p>
            <p class="govuk-body">
              <a class="govuk-link" href={journeyHref(locale, journey.code)}>
                {locale === 'lv' ? 'Sākt no jauna' : 'Start again'}
              </a>
            </p>
          </NoticePage>,
          404,
        );
      }
      setJourneyCookie(
        reply,
        DRAFT_COOKIE,
        request.params.token,
        journey.code,
        eforms.DRAFT_DAYS * 24 * 60 * 60,
      );
      const step = draft.submittedNumber ? 'done' : draft.currentStep;
      return reply.redirect(stepHref(locale, journey.code, step), 303);
    });

    // ------------------------------------------------------------ applicant

    const applicantPath = `${base}/${SEGMENTS.applicant[locale]}`;
    const applicantPage = async (
      reply: FastifyReply,
      request: FastifyRequest,
      journey: eforms.Journey,
      draft: eforms.DraftRow,
      values: FormValues,
      problems: { field: ApplicantField; code: string }[],
    ) => {
      const files = await eforms.draftFiles(db, draft);
      const errors = new Map(
        problems.map((p) => [p.field as string, applicantMessage(locale, p.field, p.code)]),
      );
      const summary: FormError[] = [...errors].map(([field, text]) => ({ field, text }));
      const q = fromCheck(request) ? FROM_CHECK : undefined;
      return send(
        reply,
        <ApplicantPage
          ctx={await context(journey, 'applicant', draftCsrfToken(tokenOf(request)))}
          values={values}
          errors={errors}
          summary={summary}
          action={stepHref(locale, journey.code, 'applicant', q)}
          back={q ? stepHref(locale, journey.code, 'check') : backFor(journey, draft, 'applicant', files)}
          saveHref={stepHref(locale, journey.code, 'save')}
        />,
        problems.length > 0 ? 400 : 200,
      );
    };

    app.get<CodeParams>(applicantPath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      // A resident login (a later issue) prefills the page: applicantPrefill(identity) when there is no draft answer yet.
      const values: FormValues = { ...(draft.applicant ?? eforms.applicantPrefill(null)) };
      return applicantPage(reply, request, journey, draft, values, []);
    });

    app.post<CodeParams>(applicantPath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      const { values } = readMultipartForm(request.body);
      checkCsrf(request, one(values, '_csrf'));
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      const raw = Object.fromEntries(APPLICANT_FIELDS.map((f) => [f, one(values, f)]));
      const checked = await eforms.saveApplicant(db, draft, raw);
      if (checked.problems.length > 0)
        return applicantPage(reply, request, journey, draft, values, checked.problems);
      return afterSave(reply, request, journey, draft.id, 'delivery');
    });

    /** Where to go after a page is saved: on, or back to check your answers (via anything now missing). */
    const afterSave = async (
      reply: FastifyReply,
      request: FastifyRequest,
      journey: eforms.Journey,
      draftId: number,
      next: string,
    ) => {
      if (!fromCheck(request)) return reply.redirect(stepHref(locale, journey.code, next), 303);
      const draft = await draftOf(request, journey);
      const step = draft ? await eforms.firstIncompleteStep(db, journey, draft, today()) : 'check';
      void draftId;
      return reply.redirect(
        stepHref(locale, journey.code, step, step === 'check' ? undefined : FROM_CHECK),
        303,
      );
    };

    // ------------------------------------------------------------ delivery

    const deliveryPath = `${base}/${SEGMENTS.delivery[locale]}`;
    const deliveryPage = async (
      reply: FastifyReply,
      request: FastifyRequest,
      journey: eforms.Journey,
      draft: eforms.DraftRow,
      values: FormValues,
      problems: eforms.DeliveryProblem[],
    ) => {
      const [files, centres] = await Promise.all([
        eforms.draftFiles(db, draft),
        eforms.deliveryCentres(db, journey.service),
      ]);
      const errors = new Map(problems.map((p) => [p.field as string, deliveryMessage(locale, p)]));
      const q = fromCheck(request) ? FROM_CHECK : undefined;
      return send(
        reply,
        <DeliveryPage
          ctx={await context(journey, 'delivery', draftCsrfToken(tokenOf(request)))}
          options={eforms.deliveryOptions(journey.service)}
          centres={centres}
          values={values}
          errors={errors}
          summary={[...errors].map(([field, text]) => ({ field, text }))}
          action={stepHref(locale, journey.code, 'delivery', q)}
          back={q ? stepHref(locale, journey.code, 'check') : backFor(journey, draft, 'delivery', files)}
          saveHref={stepHref(locale, journey.code, 'save')}
        />,
        problems.length > 0 ? 400 : 200,
      );
    };

    app.get<CodeParams>(deliveryPath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      const d = draft.delivery;
      return deliveryPage(
        reply,
        request,
        journey,
        draft,
        d ? { delivery: d.channel, deliveryCentre: d.centreCode ?? '' } : {},
        [],
      );
    });

    app.post<CodeParams>(deliveryPath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      const { values } = readMultipartForm(request.body);
      checkCsrf(request, one(values, '_csrf'));
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      const { problems } = await eforms.saveDelivery(db, journey, draft, {
        channel: one(values, 'delivery'),
        centreCode: one(values, 'deliveryCentre'),
      });
      if (problems.length > 0) return deliveryPage(reply, request, journey, draft, values, problems);
      return afterSave(reply, request, journey, draft.id, 'check');
    });

    // ------------------------------------------------------------ check and submit

    const checkPath = `${base}/${SEGMENTS.check[locale]}`;
    const checkPage = async (
      reply: FastifyReply,
      request: FastifyRequest,
      journey: eforms.Journey,
      draft: eforms.DraftRow,
      problems: eforms.SubmitProblem[],
    ) => {
      const checked = await eforms.checkDraft(db, journey, draft, today());
      const centres = draft.delivery?.centreCode ? await eforms.deliveryCentres(db, journey.service) : [];
      const centre = centres.find((c) => c.code === draft.delivery?.centreCode);
      const links = problems.map((p) => ({
        href:
          p.kind === 'declaration'
            ? '#declaration'
            : p.step === 'check'
              ? '#main-content'
              : stepHref(locale, journey.code, p.step, FROM_CHECK),
        text: submitProblemText(locale, journey, p),
      }));
      const errors = new Map<string, string>();
      if (problems.some((p) => p.kind === 'declaration'))
        errors.set('declaration', declarationMessage(locale));
      return send(
        reply,
        <CheckPage
          ctx={await context(journey, 'check', draftCsrfToken(tokenOf(request)))}
          answers={eforms.answersWithFiles(journey.definition, draft.answers, checked.files)}
          files={checked.files}
          applicant={draft.applicant}
          delivery={draft.delivery}
          centreName={centre ? centre.name[locale] || centre.name.lv : undefined}
          errors={errors}
          errorLinks={links}
          action={checkPath.replace(':code', encodeURIComponent(journey.code))}
          back={stepHref(locale, journey.code, 'delivery')}
        />,
        problems.length > 0 ? 400 : 200,
      );
    };

    app.get<CodeParams>(checkPath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      return checkPage(reply, request, journey, draft, []);
    });

    app.post<CodeParams>(checkPath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      const { values } = readMultipartForm(request.body);
      checkCsrf(request, one(values, '_csrf'));
      const result = await eforms.submit(
        db,
        journey,
        { ...draft, locale },
        one(values, 'declaration') === 'yes',
        today(),
      );
      if (result.kind === 'problems') return checkPage(reply, request, journey, draft, result.problems);
      if (result.kind === 'busy')
        return send(
          reply,
          <BusyPage
            ctx={await context(journey, 'done', '')}
            again={stepHref(locale, journey.code, 'done')}
          />,
          409,
        );
      if (result.kind === 'registered')
        setJourneyCookie(reply, CODE_COOKIE, `${result.caseId}.${result.accessCode}`, journey.code, 15 * 60);
      return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
    });

    // ------------------------------------------------------------ confirmation

    app.get<CodeParams>(`${base}/${SEGMENTS.done[locale]}`, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      if (!draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'check'), 303);
      const [caseId, code] = (request.cookies[CODE_COOKIE] ?? '').split('.');
      const accessCode =
        draft.submittedCaseId !== null &&
        Number(caseId) === draft.submittedCaseId &&
        code &&
        /^[A-Za-z0-9-]{4,40}$/.test(code)
          ? code
          : undefined;
      return send(
        reply,
        <ConfirmationPage
          ctx={await context(journey, 'done', '')}
          registrationNumber={draft.submittedNumber}
          accessCode={accessCode}
          trackingHref={cases.trackingHref(locale)}
          receiptHref={cases.trackedReceiptHref(locale)}
        />,
      );
    });

    // ------------------------------------------------------------ save and come back later

    const savePath = `${base}/${SEGMENTS.save[locale]}`;
    const savePage = async (
      reply: FastifyReply,
      request: FastifyRequest,
      journey: eforms.Journey,
      draft: eforms.DraftRow,
      values: FormValues,
      error: string | undefined,
      sentTo?: string,
    ) => {
      const errors = new Map(error ? [['email', error]] : []);
      return send(
        reply,
        <SavePage
          ctx={await context(journey, 'save', draftCsrfToken(tokenOf(request)))}
          values={values}
          errors={errors}
          summary={[...errors].map(([field, text]) => ({ field, text }))}
          action={stepHref(locale, journey.code, 'save')}
          back={stepHref(locale, journey.code, draft.currentStep)}
          sentTo={sentTo}
        />,
        error ? 400 : 200,
      );
    };

    app.get<CodeParams>(savePath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      return savePage(reply, request, journey, draft, { email: draft.applicant?.email ?? '' }, undefined);
    });

    app.post<CodeParams>(
      savePath,
      { config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
      async (request, reply) => {
        const journey = await journeyOf(request, reply);
        if (!journey) return reply;
        const draft = await draftOf(request, journey);
        if (!draft) return toStart(reply, journey.code);
        const { values } = readMultipartForm(request.body);
        checkCsrf(request, one(values, '_csrf'));
        if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
        const email = emailSchema.safeParse(one(values, 'email').trim());
        if (!email.success) {
          const message =
            locale === 'lv'
              ? 'Ievadiet e-pasta adresi pareizā formā, piemēram, vards@example.lv'
              : 'Enter an email address in the correct format, like name@example.com';
          return savePage(reply, request, journey, draft, values, message);
        }
        const link = `${publicUrl}${resumeHref(locale, journey.code, tokenOf(request))}`;
        await eforms.sendResumeLink(db, journey, draft, email.data, link, locale);
        return savePage(reply, request, journey, draft, {}, undefined, email.data);
      },
    );

    // ------------------------------------------------------------ the form's own pages

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
      const q = fromCheck(request) ? FROM_CHECK : undefined;
      return send(
        reply,
        <QuestionPage
          ctx={await context(journey, pageId, draftCsrfToken(tokenOf(request)))}
          page={page}
          fields={fields}
          values={values}
          errors={errors}
          summary={summary}
          files={files}
          action={stepHref(locale, journey.code, pageId, q)}
          back={q ? stepHref(locale, journey.code, 'check') : backFor(journey, draft, pageId, files)}
          saveHref={stepHref(locale, journey.code, 'save')}
        />,
        status,
      );
    };

    app.get<StepParams>(pagePath, async (request, reply) => {
      const journey = await journeyOf(request, reply);
      if (!journey) return reply;
      const page = journey.definition.pages.find((p) => p.id === request.params.page);
      if (!page) return sendNotFound(db, request, reply);
      const draft = await draftOf(request, journey);
      if (!draft) return toStart(reply, journey.code);
      if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
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
        answersAsFormValues(page, draft.answers),
        new Map(),
      );
    });

    app.post<StepParams>(
      pagePath,
      { config: { residentUploads: { maxBodyBytes: MAX_PAGE_BODY } } },
      async (request, reply) => {
        const journey = await journeyOf(request, reply);
        if (!journey) return reply;
        const page = journey.definition.pages.find((p) => p.id === request.params.page);
        if (!page) return sendNotFound(db, request, reply);
        const draft = await draftOf(request, journey);
        if (!draft) return toStart(reply, journey.code);
        const { values, files } = readMultipartForm(request.body);
        checkCsrf(request, one(values, '_csrf'));
        if (draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
        const q = fromCheck(request) ? FROM_CHECK : undefined;
        const remove = one(values, 'remove');
        if (remove) {
          await eforms.removeFile(db, draft, Number(remove));
          return reply.redirect(stepHref(locale, journey.code, page.id, q), 303);
        }
        const fileFields = new Set(page.fields.filter((f) => f.type === 'file').map((f) => f.code));
        const sent = new Map([...files].filter(([code]) => fileFields.has(code)));
        const refusals = await eforms.attachFiles(db, journey, draft, sent);
        const saved = await eforms.savePage(
          db,
          journey,
          draft,
          page.id,
          readPageInput(page, values),
          today(),
        );
        if (refusals.length === 0 && saved.problems.length === 0)
          return afterSave(
            reply,
            request,
            journey,
            draft.id,
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
        return questionPage(reply, request, journey, draft, page.id, values, ordered, 400);
      },
    );
  }
}

function submitProblemText(locale: Locale, journey: eforms.Journey, p: eforms.SubmitProblem): string {
  switch (p.kind) {
    case 'answer': {
      const field = allFields(journey.definition).find((f) => f.code === p.problem.field);
      return field ? answerProblemMessage(locale, field, p.problem.code) : intakeMessage(locale);
    }
    case 'applicant':
      return applicantMessage(locale, p.field as ApplicantField, p.code);
    case 'delivery':
      return deliveryMessage(locale, { field: p.field as 'delivery', code: p.code as 'required' });
    case 'declaration':
      return declarationMessage(locale);
    case 'intake':
      return intakeMessage(locale);
  }
}
