import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type FormValues, one } from '../../platform/web/components/form';
import { siteContext } from '../../platform/web/site-context';
import { type CodeParams, DRAFT_COOKIE, type JourneyKit, type TokenParams } from './journey-kit';
import { journeyHref, resumeHref, SEGMENTS, stepHref } from './paths';
import * as eforms from './service';
import { NoticePage } from './views/outcome-pages';
import { SavePage } from './views/step-pages';

const emailSchema = z.email().max(254);

/** Save and come back later: the e-mailed link, and resuming a draft from it. */
export function draftRoutes(kit: JourneyKit): void {
  const { app, db, locale, other, base, send } = kit;

  app.get<TokenParams>(`${base}/${SEGMENTS.resume[locale]}/:token`, async (request, reply) => {
    const journey = await kit.journeyOf(request, reply);
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
    kit.setJourneyCookie(
      reply,
      DRAFT_COOKIE,
      request.params.token,
      journey.code,
      eforms.DRAFT_DAYS * 24 * 60 * 60,
    );
    const step = draft.submittedNumber ? 'done' : draft.currentStep;
    return reply.redirect(stepHref(locale, journey.code, step), 303);
  });

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
        ctx={await kit.context(journey, 'save', kit.csrfOf(request))}
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
    const step = await kit.draftStep(request, reply);
    if (!step) return reply;
    const { journey, draft } = step;
    return savePage(reply, request, journey, draft, { email: draft.applicant?.email ?? '' }, undefined);
  });

  app.post<CodeParams>(
    savePath,
    { config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
    async (request, reply) => {
      const step = await kit.postedStep(request, reply);
      if (!step) return reply;
      const { journey, draft, values } = step;
      const email = emailSchema.safeParse(one(values, 'email').trim());
      if (!email.success) {
        const message =
          locale === 'lv'
            ? 'Ievadiet e-pasta adresi pareizā formā, piemēram, vards@example.lv'
            : 'Enter an email address in the correct format, like name@example.com';
        return savePage(reply, request, journey, draft, values, message);
      }
      const link = `${kit.publicUrl}${resumeHref(locale, journey.code, kit.tokenOf(request))}`;
      await eforms.sendResumeLink(db, journey, draft, email.data, link, locale);
      return savePage(reply, request, journey, draft, {}, undefined, email.data);
    },
  );
}
