import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FormValues, one } from '../../platform/web/components/form';
import { acceptedMediaTypes, LIMITS } from './definition';
import { type CodeParams, closedGuard, type JourneyKit } from './journey-kit';
import {
  applyingForMessage,
  closedMessage,
  fileMessage,
  proofMessage,
  representedMessage,
} from './journey-messages';
import {
  isOnBehalf,
  PROOF_CODE,
  PROOF_FIELD,
  proofFiles,
  REPRESENTED_FIELDS,
  type RepresentedField,
} from './on-behalf';
import { FROM_CHECK, SEGMENTS, stepHref } from './paths';
import * as eforms from './service';
import { ForWhomPage, RepresentedPage } from './views/on-behalf-pages';

/** Room for the multipart framing and the page's text fields around the proof's files. */
const MAX_REPRESENTED_BODY =
  Math.min((PROOF_FIELD.maxFiles ?? 1) * LIMITS.maxFileBytes, LIMITS.maxApplicationBytes) + 1024 * 1024;

/** Who the application is for, and — for someone else — that person and the basis of representation. */
export function onBehalfRoutes(kit: JourneyKit): void {
  const { app, db, locale, base, send } = kit;

  const forWhomPath = `${base}/${SEGMENTS.forWhom[locale]}`;
  const forWhomPage = async (
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    values: FormValues,
    problem: boolean,
    extra?: string[],
  ) => {
    const errors = new Map(problem ? [['applyingFor', applyingForMessage(locale)]] : []);
    const { props, status } = await kit.fixedStep(request, journey, draft, 'forWhom', errors, extra);
    return send(reply, <ForWhomPage {...props} values={values} />, status);
  };

  app.get<CodeParams>(forWhomPath, async (request, reply) => {
    const step = await kit.draftStep(request, reply);
    if (!step) return reply;
    const { journey, draft } = step;
    const chosen = draft.applicant?.applyingFor;
    return forWhomPage(reply, request, journey, draft, chosen ? { applyingFor: chosen } : {}, false);
  });

  app.post<CodeParams>(forWhomPath, async (request, reply) => {
    const step = await kit.postedStep(request, reply);
    if (!step) return reply;
    const { journey, draft, values } = step;
    const checked = await closedGuard(eforms.saveApplyingFor(db, draft, one(values, 'applyingFor')));
    if (!checked) return forWhomPage(reply, request, journey, draft, values, false, [closedMessage(locale)]);
    if (checked.problem) return forWhomPage(reply, request, journey, draft, values, true);
    return kit.afterSave(reply, request, journey, 'applicant');
  });

  const representedPath = `${base}/${SEGMENTS.represented[locale]}`;
  const representedPage = async (
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    values: FormValues,
    problems: { field: RepresentedField | typeof PROOF_CODE; code: string }[],
    extra?: string[],
    refusals: eforms.FileRefusal[] = [],
  ) => {
    // In the page's order, the proof's input last; a refused file says more than that none is there.
    const errors = new Map<string, string>();
    for (const p of problems)
      if (p.field !== PROOF_CODE && !errors.has(p.field))
        errors.set(p.field, representedMessage(locale, p.field, p.code));
    const refused = refusals[0];
    if (refused)
      errors.set(PROOF_CODE, fileMessage(locale, PROOF_FIELD, refused, acceptedMediaTypes(PROOF_FIELD)));
    else if (problems.some((p) => p.field === PROOF_CODE)) errors.set(PROOF_CODE, proofMessage(locale));
    const { props, status, files } = await kit.fixedStep(
      request,
      journey,
      draft,
      'represented',
      errors,
      extra,
    );
    return send(reply, <RepresentedPage {...props} values={values} files={proofFiles(files)} />, status);
  };

  app.get<CodeParams>(representedPath, async (request, reply) => {
    const step = await kit.draftStep(request, reply);
    if (!step) return reply;
    const { journey, draft } = step;
    // Asked only of someone applying for another person.
    if (!isOnBehalf(draft.applicant)) return reply.redirect(stepHref(locale, journey.code, 'forWhom'), 303);
    const values = Object.fromEntries(REPRESENTED_FIELDS.map((f) => [f, draft.applicant?.[f] ?? '']));
    return representedPage(reply, request, journey, draft, values, []);
  });

  app.post<CodeParams>(
    representedPath,
    { config: { residentUploads: { maxBodyBytes: MAX_REPRESENTED_BODY } } },
    async (request, reply) => {
      const step = await kit.postedStep(request, reply);
      if (!step) return reply;
      const { journey, draft, values, files } = step;
      if (!isOnBehalf(draft.applicant)) return reply.redirect(stepHref(locale, journey.code, 'forWhom'), 303);
      const remove = one(values, 'remove');
      if (remove) {
        const removed = await closedGuard(eforms.removeFile(db, draft, Number(remove)).then(() => true));
        if (!removed)
          return representedPage(reply, request, journey, draft, values, [], [closedMessage(locale)]);
        const q = kit.fromCheck(request) ? FROM_CHECK : undefined;
        return reply.redirect(stepHref(locale, journey.code, 'represented', q), 303);
      }
      const raw = Object.fromEntries(REPRESENTED_FIELDS.map((f) => [f, one(values, f)]));
      const sent = new Map([...files].filter(([code]) => code === PROOF_CODE));
      const done = await closedGuard(
        (async () => {
          const refusals = await eforms.attachFiles(db, journey, draft, sent, [PROOF_FIELD]);
          return { refusals, checked: await eforms.saveRepresented(db, draft, raw) };
        })(),
      );
      if (!done) return representedPage(reply, request, journey, draft, values, [], [closedMessage(locale)]);
      const { refusals, checked } = done;
      if (refusals.length > 0 || checked.problems.length > 0)
        return representedPage(reply, request, journey, draft, values, checked.problems, undefined, refusals);
      return kit.afterSave(reply, request, journey, 'delivery');
    },
  );
}
