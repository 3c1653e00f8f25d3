import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { LOCALES, type Locale } from '../../platform/i18n';
import { readMultipartForm } from '../../platform/uploads/multipart';
import { type FormValues, many, one } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { siteContext } from '../../platform/web/site-context';
import { KEPT_FILE_ID, type KeptFile } from './answer-files';
import { answerProblemText } from './answer-messages';
import { errorText } from './messages';
import {
  ANSWER_MAX_BYTES,
  ANSWER_MAX_FILES,
  ANSWER_MAX_LENGTH,
  type AnswerRequest,
  answerOnline,
  answerRequest,
} from './online-answer';
import { trackedAnswerHref, trackedAnswerSendHref, trackingHref } from './paths';
import { TRACKING_RATE_LIMIT } from './tracking-routes';
import { AnswerClosedPage, AnswerPage, AnswerSentPage } from './views/answer-page';
import type { ShownErrors } from './views/fields';
import { TrackingPage } from './views/tracking-page';

const credentials = z.object({
  number: z.string().trim().toUpperCase().min(1).max(40),
  code: z.string().trim().min(1).max(40),
});

const answerSchema = credentials.extend({
  request: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  key: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  // Longer than allowed is the service's problem to name; far longer is no answer at all.
  answer: z.string().max(ANSWER_MAX_LENGTH * 4),
  // The files kept after an earlier try, and those of them the resident removed.
  kept: z.array(z.string().regex(KEPT_FILE_ID)).max(ANSWER_MAX_FILES),
  remove: z.array(z.string().regex(KEPT_FILE_ID)).max(ANSWER_MAX_FILES),
});

const newKey = () => randomBytes(16).toString('base64url');

/** A multipart body of one answer: its files and the text, with room for the form's other fields. */
const MAX_ANSWER_BODY = ANSWER_MAX_BYTES + 1024 * 1024;

/**
 * The applicant's online answer to a request for information (online-answer.ts), from the tracking page:
 * POST /statuss/atbilde (the form, for the number and the code) and POST /statuss/atbilde/nosutit (the
 * answer, multipart), in English under /en/status/answer. Both are rate-limited as tracking is, and a
 * wrong number or code gets tracking's one answer.
 */
export function answerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const limited = { rateLimit: { ...TRACKING_RATE_LIMIT } };

    const site = () => siteContext(db, locale, trackingHref(other));

    /** Tracking's answer to a number or code that is not right: nothing tells which, or whether a case exists. */
    const notFound = async (reply: FastifyReply, values: FormValues) =>
      sendPage(
        reply,
        <TrackingPage
          site={await site()}
          values={{ number: one(values, 'number').slice(0, 40) }}
          errors={new Map()}
          notes={[errorText(locale, 'tracking')]}
        />,
        404,
      );

    const closed = async (reply: FastifyReply, number: string, code: string) =>
      sendPage(reply, <AnswerClosedPage site={await site()} number={number} code={code} />, 409);

    const form = async (
      reply: FastifyReply,
      request: AnswerRequest,
      number: string,
      code: string,
      values: FormValues,
      errors: ShownErrors = new Map(),
      kept: KeptFile[] = [],
    ) => {
      reply.header('cache-control', 'no-store');
      return sendPage(
        reply,
        <AnswerPage
          site={await site()}
          request={request}
          number={number}
          code={code}
          values={values}
          errors={errors}
          kept={kept}
        />,
        errors.size > 0 ? 400 : 200,
      );
    };

    app.post(trackedAnswerHref(locale), { config: limited }, async (request, reply) => {
      const { values } = readMultipartForm(request.body);
      const parsed = credentials.safeParse({ number: one(values, 'number'), code: one(values, 'code') });
      if (!parsed.success) return notFound(reply, values);
      const { number, code } = parsed.data;
      const found = await answerRequest(db, number, code);
      if (!found.ok)
        return found.kind === 'not_found' ? notFound(reply, values) : closed(reply, number, code);
      return form(reply, found.request, found.request.registrationNumber, code, { key: newKey() });
    });

    app.post(
      trackedAnswerSendHref(locale),
      { config: { ...limited, residentUploads: { maxBodyBytes: MAX_ANSWER_BODY } } },
      async (request, reply) => {
        const { values, files } = readMultipartForm(request.body);
        const parsed = answerSchema.safeParse({
          number: one(values, 'number'),
          code: one(values, 'code'),
          request: one(values, 'request'),
          key: one(values, 'key'),
          answer: one(values, 'answer'),
          kept: many(values, 'kept'),
          remove: many(values, 'remove'),
        });
        if (!parsed.success) {
          // The number and the code first: without them nothing is said about the case.
          const who = credentials.safeParse({ number: one(values, 'number'), code: one(values, 'code') });
          if (!who.success) return notFound(reply, values);
          const found = await answerRequest(db, who.data.number, who.data.code);
          if (!found.ok)
            return found.kind === 'not_found'
              ? notFound(reply, values)
              : closed(reply, who.data.number, who.data.code);
          // A form that was not ours (no key, another request, an answer far too long): the form afresh.
          return form(reply, found.request, found.request.registrationNumber, who.data.code, {
            key: newKey(),
            answer: one(values, 'answer').slice(0, ANSWER_MAX_LENGTH),
          });
        }
        const input = parsed.data;
        const sent = files.get('files') ?? [];
        const result = await answerOnline(db, {
          number: input.number,
          code: input.code,
          requestId: input.request,
          key: input.key,
          text: input.answer,
          files: sent,
          kept: input.kept.filter((id) => !input.remove.includes(id)),
        });
        if (result.ok) {
          reply.header('cache-control', 'no-store');
          return sendPage(
            reply,
            <AnswerSentPage
              site={await site()}
              number={result.registrationNumber}
              code={input.code}
              registryNumber={result.registryNumber}
              dueOn={result.dueOn}
              replayed={result.replayed}
            />,
          );
        }
        if (result.kind === 'not_found') return notFound(reply, values);
        if (result.kind === 'not_awaiting') return closed(reply, input.number, input.code);
        const errors: ShownErrors = new Map();
        for (const p of result.problems) {
          if (!errors.has(p.field)) errors.set(p.field, answerProblemText(locale, p));
        }
        return form(
          reply,
          result.request,
          result.request.registrationNumber,
          input.code,
          { key: input.key, answer: input.answer },
          errors,
          result.kept,
        );
      },
    );
  }
}
