import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FormValues, one } from '../../platform/web/components/form';
import { type CodeParams, closedGuard, type JourneyKit } from './journey-kit';
import { applyingForMessage, closedMessage, representedMessage } from './journey-messages';
import { isOnBehalf, REPRESENTED_FIELDS, type RepresentedField } from './on-behalf';
import { SEGMENTS, stepHref } from './paths';
import * as eforms from './service';
import { ForWhomPage, RepresentedPage } from './views/on-behalf-pages';

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
    problems: { field: RepresentedField; code: string }[],
    extra?: string[],
  ) => {
    const errors = new Map<string, string>();
    for (const p of problems)
      if (!errors.has(p.field)) errors.set(p.field, representedMessage(locale, p.field, p.code));
    const { props, status } = await kit.fixedStep(request, journey, draft, 'represented', errors, extra);
    return send(reply, <RepresentedPage {...props} values={values} />, status);
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

  app.post<CodeParams>(representedPath, async (request, reply) => {
    const step = await kit.postedStep(request, reply);
    if (!step) return reply;
    const { journey, draft, values } = step;
    if (!isOnBehalf(draft.applicant)) return reply.redirect(stepHref(locale, journey.code, 'forWhom'), 303);
    const raw = Object.fromEntries(REPRESENTED_FIELDS.map((f) => [f, one(values, f)]));
    const checked = await closedGuard(eforms.saveRepresented(db, draft, raw));
    if (!checked) return representedPage(reply, request, journey, draft, values, [], [closedMessage(locale)]);
    if (checked.problems.length > 0)
      return representedPage(reply, request, journey, draft, values, checked.problems);
    return kit.afterSave(reply, request, journey, 'delivery');
  });
}
