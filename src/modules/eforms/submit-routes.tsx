import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../platform/i18n';
import { one } from '../../platform/web/components/form';
import * as cases from '../cases/service';
import type { ApplicantField } from './applicant';
import { allFields } from './definition';
import { CODE_COOKIE, type CodeParams, type JourneyKit, today } from './journey-kit';
import {
  applicantMessage,
  applyingForMessage,
  changedMessage,
  declarationMessage,
  deliveryMessage,
  intakeMessage,
  proofMessage,
  representedMessage,
} from './journey-messages';
import { answerProblemMessage } from './messages';
import { PROOF_CODE, type RepresentedField } from './on-behalf';
import { FROM_CHECK, SEGMENTS, stepHref } from './paths';
import * as eforms from './service';
import { BusyPage, CheckPage, ConfirmationPage } from './views/outcome-pages';

/** Check your answers, the declaration and sending, and the confirmation. */
export function submitRoutes(kit: JourneyKit): void {
  const { app, db, locale, base, send } = kit;

  const checkPath = `${base}/${SEGMENTS.check[locale]}`;
  const checkPage = async (
    reply: FastifyReply,
    request: FastifyRequest,
    journey: eforms.Journey,
    draft: eforms.DraftRow,
    problems: eforms.SubmitProblem[],
    changed = false,
  ) => {
    const checked = await eforms.checkDraft(db, journey, draft, today());
    const centres = draft.delivery?.centreCode ? await eforms.deliveryCentres(db, journey.service) : [];
    const centre = centres.find((c) => c.code === draft.delivery?.centreCode);
    const links = problems.map((p) => ({
      href:
        p.kind === 'declaration'
          ? '#declaration'
          : p.step === 'check'
            ? '#main'
            : stepHref(locale, journey.code, p.step, FROM_CHECK),
      text: submitProblemText(locale, journey, p),
    }));
    if (changed) links.unshift({ href: '#main', text: changedMessage(locale) });
    const errors = new Map<string, string>();
    if (problems.some((p) => p.kind === 'declaration')) errors.set('declaration', declarationMessage(locale));
    return send(
      reply,
      <CheckPage
        ctx={await kit.context(journey, 'check', kit.csrfOf(request))}
        answers={eforms.answersWithFiles(journey.definition, draft.answers, checked.files)}
        files={checked.files}
        applicant={draft.applicant}
        delivery={draft.delivery}
        centreName={centre ? centre.name[locale] || centre.name.lv : undefined}
        errors={errors}
        errorLinks={links}
        version={eforms.draftVersion(draft, checked.files)}
        action={stepHref(locale, journey.code, 'check')}
        back={stepHref(locale, journey.code, 'delivery')}
      />,
      changed ? 409 : problems.length > 0 ? 400 : 200,
    );
  };

  app.get<CodeParams>(checkPath, async (request, reply) => {
    const step = await kit.draftStep(request, reply);
    if (!step) return reply;
    return checkPage(reply, request, step.journey, step.draft, []);
  });

  app.post<CodeParams>(checkPath, async (request, reply) => {
    // A sent draft goes through submit too: it answers with the case already registered.
    const step = await kit.postedStep(request, reply, { whenSubmitted: 'stay' });
    if (!step) return reply;
    const { journey, draft, values } = step;
    const result = await eforms.submit(
      db,
      journey,
      { ...draft, locale },
      one(values, 'declaration') === 'yes',
      today(),
      one(values, 'version') || undefined,
    );
    if (result.kind === 'problems') return checkPage(reply, request, journey, draft, result.problems);
    if (result.kind === 'changed') {
      // Show the answers as they are saved now, to be checked and declared again.
      const now = await kit.draftOf(request, journey);
      if (!now || now.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
      return checkPage(reply, request, journey, now, [], true);
    }
    if (result.kind === 'busy')
      return send(
        reply,
        <BusyPage
          ctx={await kit.context(journey, 'done', '')}
          again={stepHref(locale, journey.code, 'done')}
        />,
        409,
      );
    if (result.kind === 'registered')
      kit.setJourneyCookie(
        reply,
        CODE_COOKIE,
        `${result.caseId}.${result.accessCode}`,
        journey.code,
        15 * 60,
      );
    return reply.redirect(stepHref(locale, journey.code, 'done'), 303);
  });

  app.get<CodeParams>(`${base}/${SEGMENTS.done[locale]}`, async (request, reply) => {
    const step = await kit.draftStep(request, reply, { whenSubmitted: 'stay' });
    if (!step) return reply;
    const { journey, draft } = step;
    if (!draft.submittedNumber) return reply.redirect(stepHref(locale, journey.code, 'check'), 303);
    const [caseId, code] = (request.cookies[CODE_COOKIE] ?? '').split('.');
    const accessCode =
      draft.submittedCaseId !== null &&
      Number(caseId) === draft.submittedCaseId &&
      code &&
      /^[A-Za-z0-9-]{4,40}$/.test(code)
        ? code
        : undefined;
    const facts =
      draft.submittedCaseId !== null
        ? await cases.confirmationFacts(db, draft.submittedCaseId)
        : { mailed: false, representedName: null };
    return send(
      reply,
      <ConfirmationPage
        ctx={await kit.context(journey, 'done', '')}
        registrationNumber={draft.submittedNumber}
        accessCode={accessCode}
        mailed={facts.mailed}
        representedName={accessCode ? (facts.representedName ?? undefined) : undefined}
        trackingHref={cases.trackingHref(locale)}
        receiptHref={cases.trackedReceiptHref(locale)}
      />,
    );
  });
}

function submitProblemText(locale: Locale, journey: eforms.Journey, p: eforms.SubmitProblem): string {
  switch (p.kind) {
    case 'answer': {
      const field = allFields(journey.definition).find((f) => f.code === p.problem.field);
      return field ? answerProblemMessage(locale, field, p.problem.code) : intakeMessage(locale);
    }
    case 'applicant':
      return applicantMessage(locale, p.field as ApplicantField, p.code);
    case 'onBehalf':
      if (p.step === 'forWhom') return applyingForMessage(locale);
      return p.field === PROOF_CODE
        ? proofMessage(locale)
        : representedMessage(locale, p.field as RepresentedField, p.code);
    case 'delivery':
      return deliveryMessage(locale, { field: p.field as 'delivery', code: p.code as 'required' });
    case 'declaration':
      return declarationMessage(locale);
    case 'intake':
      return intakeMessage(locale);
  }
}
