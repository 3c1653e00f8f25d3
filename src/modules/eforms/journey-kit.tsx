import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { AppDeps } from '../../deps';
import { CsrfError } from '../../platform/errors';
import { LOCALES, type Locale } from '../../platform/i18n';
import { type ReceivedPart, readMultipartForm } from '../../platform/uploads/multipart';
import { type FormValues, one } from '../../platform/web/components/form';
import { sendNotFound } from '../../platform/web/error-pages';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import type { FormPage } from './definition';
import { draftCsrfToken, sameToken } from './drafts';
import { isOnBehalf } from './on-behalf';
import { FROM_CHECK, journeyHref, journeyPattern, servicePageHref, stepHref } from './paths';
import * as eforms from './service';
import type { JourneyContext } from './views/journey-layout';
import { NoticePage } from './views/outcome-pages';

/** The save's result, or undefined when another window was sending the draft meanwhile (nothing saved). */
export async function closedGuard<T>(save: Promise<T>): Promise<T | undefined> {
  try {
    return await save;
  } catch (error) {
    if (error instanceof eforms.DraftClosedError) return undefined;
    throw error;
  }
}

export const DRAFT_COOKIE = 'pietura_draft';
export const START_COOKIE = 'pietura_apply_start';
export const CODE_COOKIE = 'pietura_apply_code';

export type CodeParams = { Params: { code: string } };
export type StepParams = { Params: { code: string; page: string } };
export type TokenParams = { Params: { code: string; token: string } };

const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' });
export const today = () => rigaDay.format(new Date());

/** A step of a started journey: the service's journey and this browser's draft (and the form page asked for). */
export interface DraftStep {
  journey: eforms.Journey;
  draft: eforms.DraftRow;
  /** The form page of the URL, when the step was asked with `page`. */
  page?: FormPage;
}

/** A posted step: also the form as sent, its CSRF token already checked. */
export interface PostedStep extends DraftStep {
  values: FormValues;
  files: Map<string, ReceivedPart[]>;
}

export interface StepOptions {
  /** A form page's id: an unknown one answers 404 before the draft is looked at. */
  page?: string;
  /** 'stay' lets the handler answer for a sent draft itself; otherwise it goes to the confirmation. */
  whenSubmitted?: 'to-done' | 'stay';
}

/** What every route of the journey in one language shares: its prelude, cookies and page frame. */
export interface JourneyKit {
  app: FastifyInstance;
  db: AppDeps['database']['db'];
  locale: Locale;
  other: Locale;
  /** The route pattern of the journey's start in this language. */
  base: string;
  publicUrl: string;
  send(reply: FastifyReply, page: VNode, status?: number): FastifyReply;
  context(journey: eforms.Journey, step: string | null, csrf: string): Promise<JourneyContext>;
  journeyOf(request: FastifyRequest<CodeParams>, reply: FastifyReply): Promise<eforms.Journey | undefined>;
  /** The journey and draft of a GET step, or undefined when the reply is already sent. */
  draftStep(
    request: FastifyRequest<CodeParams>,
    reply: FastifyReply,
    opts?: StepOptions,
  ): Promise<DraftStep | undefined>;
  /** The same for a POST: the form is read and its CSRF token checked (a CsrfError otherwise). */
  postedStep(
    request: FastifyRequest<CodeParams>,
    reply: FastifyReply,
    opts?: StepOptions,
  ): Promise<PostedStep | undefined>;
  draftOf(request: FastifyRequest, journey: eforms.Journey): Promise<eforms.DraftRow | undefined>;
  tokenOf(request: FastifyRequest): string;
  /** The CSRF token of this browser's draft, for the page's forms. */
  csrfOf(request: FastifyRequest): string;
  setJourneyCookie(reply: FastifyReply, name: string, value: string, code: string, maxAge: number): void;
  fromCheck(request: FastifyRequest): boolean;
  /** What every step page needs around its form: layout context, where it posts, its back link, "save". */
  stepFrame(
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    step: string,
    files: eforms.DraftFileRow[],
  ): Promise<StepFrame>;
  /**
   * What a fixed step's page (applicant, delivery, for whom, represented person) gets besides its own props —
   * its frame, its errors with their summary, a conflict's message — the answer's status, and the draft's
   * files it read for the frame.
   */
  fixedStep(
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    step: string,
    errors: Map<string, string>,
    extra?: string[],
  ): Promise<{ props: FixedStepProps; status: number; files: eforms.DraftFileRow[] }>;
  afterSave(
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    next: string,
  ): Promise<FastifyReply>;
}

export interface StepFrame {
  ctx: JourneyContext;
  action: string;
  back: string;
  saveHref: string;
}

export interface FixedStepProps extends StepFrame {
  errors: Map<string, string>;
  summary: { field: string; text: string }[];
  extra?: string[];
}

export function journeyKit(app: FastifyInstance, deps: AppDeps, locale: Locale): JourneyKit {
  const { db } = deps.database;
  const secure = deps.config.PIETURA_PUBLIC_URL.startsWith('https:');
  const other: Locale = locale === 'lv' ? 'en' : 'lv';

  const send = (reply: FastifyReply, page: VNode, status = 200) =>
    sendPage(reply.header('cache-control', 'no-store'), page, status);

  const context = async (
    journey: eforms.Journey,
    step: string | null,
    csrf: string,
  ): Promise<JourneyContext> => {
    const alternate = step === null ? journeyHref(other, journey.code) : stepHref(other, journey.code, step);
    return { site: await siteContext(db, locale, alternate), journey, csrf };
  };

  /** The journey of the URL's service, or the reply already sent (404 or how to apply otherwise). */
  const journeyOf = async (
    request: FastifyRequest<CodeParams>,
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

  /**
   * The prelude of every step: the journey (404 otherwise), the form page asked for (404), this
   * browser's draft (to the start without one), for a POST the form and its CSRF token, and a sent
   * draft to its confirmation.
   */
  const step = async (
    request: FastifyRequest<CodeParams>,
    reply: FastifyReply,
    opts: StepOptions,
    post: boolean,
  ): Promise<PostedStep | undefined> => {
    const journey = await journeyOf(request, reply);
    if (!journey) return undefined;
    let page: FormPage | undefined;
    if (opts.page !== undefined) {
      page = journey.definition.pages.find((p) => p.id === opts.page);
      if (!page) {
        await sendNotFound(db, request, reply);
        return undefined;
      }
    }
    const draft = await draftOf(request, journey);
    if (!draft) {
      reply.redirect(journeyHref(locale, journey.code), 303);
      return undefined;
    }
    const form = post ? readMultipartForm(request.body) : { values: {}, files: new Map() };
    if (post) checkCsrf(request, one(form.values, '_csrf'));
    if (draft.submittedNumber && opts.whenSubmitted !== 'stay') {
      reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      return undefined;
    }
    return { journey, draft, page, ...form };
  };

  const backFor = (
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    at: string,
    files: eforms.DraftFileRow[],
  ): string => {
    const answers = eforms.answersWithFiles(journey.definition, draft.answers, files);
    const prev = eforms.previousStep(journey.definition, answers, at, isOnBehalf(draft.applicant));
    return prev ? stepHref(locale, journey.code, prev) : journeyHref(locale, journey.code);
  };

  const fromCheck = (request: FastifyRequest) => (request.query as Record<string, unknown>)?.from === 'check';

  const stepFrame: JourneyKit['stepFrame'] = async (request, journey, draft, at, files) => {
    const q = fromCheck(request) ? FROM_CHECK : undefined;
    return {
      ctx: await context(journey, at, draftCsrfToken(tokenOf(request))),
      action: stepHref(locale, journey.code, at, q),
      back: q ? stepHref(locale, journey.code, 'check') : backFor(journey, draft, at, files),
      saveHref: stepHref(locale, journey.code, 'save'),
    };
  };

  return {
    app,
    db,
    locale,
    other,
    base: journeyPattern(locale),
    publicUrl: deps.config.PIETURA_PUBLIC_URL.replace(/\/$/, ''),
    send,
    context,
    journeyOf,
    draftStep: async (request, reply, opts = {}) => {
      const found = await step(request, reply, opts, false);
      return found && { journey: found.journey, draft: found.draft, page: found.page };
    },
    postedStep: (request, reply, opts = {}) => step(request, reply, opts, true),
    draftOf,
    tokenOf,
    csrfOf: (request) => draftCsrfToken(tokenOf(request)),
    /** A journey cookie, sent back only to this service's journey (in both languages). */
    setJourneyCookie(reply, name, value, code, maxAge) {
      for (const l of LOCALES)
        reply.setCookie(name, value, {
          path: journeyHref(l, code),
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge,
        });
    },
    fromCheck,
    stepFrame,
    async fixedStep(request, journey, draft, step, errors, extra) {
      const files = await eforms.draftFiles(db, draft);
      const frame = await stepFrame(request, journey, draft, step, files);
      const summary = [...errors].map(([field, text]) => ({ field, text }));
      return {
        props: { ...frame, errors, summary, extra },
        status: extra ? 409 : errors.size > 0 ? 400 : 200,
        files,
      };
    },
    /** Where to go after a page is saved: on, or back to check your answers (via anything now missing). */
    async afterSave(reply, request, journey, next) {
      if (!fromCheck(request)) return reply.redirect(stepHref(locale, journey.code, next), 303);
      const draft = await draftOf(request, journey);
      const at = draft ? await eforms.firstIncompleteStep(db, journey, draft, today()) : 'check';
      return reply.redirect(stepHref(locale, journey.code, at, at === 'check' ? undefined : FROM_CHECK), 303);
    },
  };
}
