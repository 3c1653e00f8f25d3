import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { LOCALES, type Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { sendMailAgain, undeliveredMail } from './undelivered-mail';
import { MailPage, mailAgainHref } from './views/mail-page';

/** The page of mail to residents that has not gone out, and sending a failed one again. */
export function mailRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };
  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = staffHref(locale, 'mail');

    app.get<{ Querystring: { done?: string } }>(base, guarded, async (request, reply) => {
      const { failed, retrying } = await undeliveredMail(db, signedInActor(request));
      const site = await staffSiteContext(db, request, staffHref(other, 'mail'));
      const done =
        request.query.done === 'again' || request.query.done === 'notFailed' ? request.query.done : undefined;
      return sendPage(reply, <MailPage site={site} failed={failed} retrying={retrying} done={done} />);
    });

    app.post<{ Params: { id: string } }>(
      mailAgainHref(locale, 0).replace('/0/', '/:id/'),
      guarded,
      async (request, reply) => {
        const actor = signedInActor(request);
        const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : undefined;
        if (id === undefined) return sendNotFound(db, request, reply);
        const again = await sendMailAgain(db, actor, id);
        return reply.redirect(`${base}?done=${again ? 'again' : 'notFailed'}`, 303);
      },
    );
  }
}
