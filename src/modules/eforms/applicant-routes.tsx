import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FormValues, one } from '../../platform/web/components/form';
import { APPLICANT_FIELDS, type ApplicantField } from './applicant';
import { type CodeParams, closedGuard, type JourneyKit } from './journey-kit';
import { applicantMessage, closedMessage, deliveryMessage } from './journey-messages';
import { isOnBehalf } from './on-behalf';
import { SEGMENTS } from './paths';
import * as eforms from './service';
import { ApplicantPage, DeliveryPage } from './views/step-pages';

/** Who applies, and how they receive the result. */
export function applicantRoutes(kit: JourneyKit): void {
  const { app, db, locale, base, send } = kit;

  const applicantPath = `${base}/${SEGMENTS.applicant[locale]}`;
  const applicantPage = async (
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    values: FormValues,
    problems: { field: ApplicantField; code: string }[],
    extra?: string[],
  ) => {
    const errors = new Map(
      problems.map((p) => [p.field as string, applicantMessage(locale, p.field, p.code)]),
    );
    const { props, status } = await kit.fixedStep(request, journey, draft, 'applicant', errors, extra);
    return send(
      reply,
      <ApplicantPage {...props} onBehalf={isOnBehalf(draft.applicant)} values={values} />,
      status,
    );
  };

  app.get<CodeParams>(applicantPath, async (request, reply) => {
    const step = await kit.draftStep(request, reply);
    if (!step) return reply;
    const { journey, draft } = step;
    // A resident login (a later issue) prefills the page: applicantPrefill(identity) when there is no draft answer yet.
    const own = draft.applicant?.name !== undefined ? draft.applicant : eforms.applicantPrefill(null);
    const values: FormValues = Object.fromEntries(APPLICANT_FIELDS.map((f) => [f, own?.[f] ?? '']));
    return applicantPage(reply, request, journey, draft, values, []);
  });

  app.post<CodeParams>(applicantPath, async (request, reply) => {
    const step = await kit.postedStep(request, reply);
    if (!step) return reply;
    const { journey, draft, values } = step;
    const raw = Object.fromEntries(APPLICANT_FIELDS.map((f) => [f, one(values, f)]));
    const checked = await closedGuard(eforms.saveApplicant(db, draft, raw));
    if (!checked) return applicantPage(reply, request, journey, draft, values, [], [closedMessage(locale)]);
    if (checked.problems.length > 0)
      return applicantPage(reply, request, journey, draft, values, checked.problems);
    return kit.afterSave(reply, request, journey, isOnBehalf(draft.applicant) ? 'represented' : 'delivery');
  });

  const deliveryPath = `${base}/${SEGMENTS.delivery[locale]}`;
  const deliveryPage = async (
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    values: FormValues,
    problems: eforms.DeliveryProblem[],
    extra?: string[],
  ) => {
    const errors = new Map(problems.map((p) => [p.field as string, deliveryMessage(locale, p)]));
    const [{ props, status }, centres] = await Promise.all([
      kit.fixedStep(request, journey, draft, 'delivery', errors, extra),
      eforms.deliveryCentres(db, journey.service),
    ]);
    return send(
      reply,
      <DeliveryPage
        {...props}
        options={eforms.deliveryOptions(journey.service)}
        centres={centres}
        values={values}
      />,
      status,
    );
  };

  app.get<CodeParams>(deliveryPath, async (request, reply) => {
    const step = await kit.draftStep(request, reply);
    if (!step) return reply;
    const { journey, draft } = step;
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
    const step = await kit.postedStep(request, reply);
    if (!step) return reply;
    const { journey, draft, values } = step;
    const result = await closedGuard(
      eforms.saveDelivery(db, journey, draft, {
        channel: one(values, 'delivery'),
        centreCode: one(values, 'deliveryCentre'),
      }),
    );
    if (!result) return deliveryPage(reply, request, journey, draft, values, [], [closedMessage(locale)]);
    const { problems } = result;
    if (problems.length > 0) return deliveryPage(reply, request, journey, draft, values, problems);
    return kit.afterSave(reply, request, journey, 'check');
  });
}
