import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../../db/connection';
import { isStaffPath, staffHref } from '../auth/paths';
import { CsrfError, ForbiddenError } from '../errors';
import { requestLocale, routePath } from '../http/route-path';
import { defineMessages, type Locale, t } from '../i18n';
import { asBodyError } from '../uploads/multipart';
import { Layout } from './layout';
import { href } from './paths';
import { sendPage } from './render';
import { siteContext } from './site-context';
import { StaffLayout, staffSiteContext } from './staff-layout';
import { type TooLarge, tooLarge } from './too-large';

const msg = defineMessages({
  forbiddenTitle: { lv: 'Jums nav tiesību to darīt', en: 'You do not have permission to do this' },
  forbiddenBody: {
    lv: 'Jums nav tiesību atvērt šo lapu vai veikt šo darbību. Ja tās jums ir vajadzīgas darbā, lūdziet tās administratoram.',
    en: 'You do not have permission to open this page or to do this. If you need it for your work, ask an administrator.',
  },
  csrfTitle: { lv: 'Veidlapa ir novecojusi', en: 'The form has expired' },
  csrfBody: {
    lv: 'Drošības pārbaude neizdevās: veidlapa ir novecojusi vai nav nosūtīta no šīs vietnes. Nekas netika mainīts. Atveriet lapu vēlreiz un mēģiniet vēlreiz.',
    en: 'The security check failed: the form has expired or was not sent from this site. Nothing was changed. Open the page again and try again.',
  },
  tooManyTitle: { lv: 'Pārāk daudz mēģinājumu', en: 'Too many attempts' },
  tooManyBody: {
    lv: 'No jūsu adreses ir bijis pārāk daudz mēģinājumu. Pagaidiet minūti un mēģiniet vēlreiz.',
    en: 'There have been too many attempts from your address. Wait a minute and try again.',
  },
  back: { lv: 'Uz darbvirsmu', en: 'Go to the dashboard' },
  badAddressBody: {
    lv: 'Šī adrese nav derīga: tajā ir rakstzīmes, kuras nevar nolasīt, vai tā ir pārāk gara. Pārbaudiet adresi vai meklējiet pakalpojumu katalogā.',
    en: 'This address is not valid: it has characters that cannot be read, or it is too long. Check the address or search the service catalogue.',
  },
});

type Refusal = 'forbidden' | 'csrf' | 'tooMany';

function refusalOf(error: FastifyError): Refusal | undefined {
  if (error instanceof CsrfError) return 'csrf';
  if (error instanceof ForbiddenError || error.statusCode === 403) return 'forbidden';
  if (error.statusCode === 429) return 'tooMany';
  return undefined;
}

/** The 403 or 429 page: in the staff layout for a signed-in member of staff, else in the public one. */
async function refusalPage(db: Db, request: FastifyRequest, refusal: Refusal): Promise<VNode> {
  const locale: Locale = requestLocale(request);
  const title = msg(locale, `${refusal}Title`);
  const body = (
    <>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{msg(locale, `${refusal}Body`)}</p>
    </>
  );
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  if (request.actor) {
    const site = await staffSiteContext(db, request, staffHref(other, 'dashboard'));
    return (
      <StaffLayout site={site} title={title}>
        {body}
        <p class="govuk-body">
          <a class="govuk-link" href={staffHref(locale, 'dashboard')}>
            {msg(locale, 'back')}
          </a>
        </p>
      </StaffLayout>
    );
  }
  const site = await siteContext(db, locale, href(other, 'home'));
  return (
    <Layout site={site} title={title}>
      {body}
    </Layout>
  );
}

function wantsJson(request: FastifyRequest): boolean {
  const path = routePath(request);
  return path.startsWith('/api/') || path.startsWith('/open311/');
}

export async function sendNotFound(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (wantsJson(request)) return reply.code(404).send({ error: 'not_found', message: 'Not found' });
  const locale = requestLocale(request);
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  if (isStaffPath(routePath(request))) {
    // An unknown address in the staff workspace stays in the workspace, with the way back to it.
    const staffSite = await staffSiteContext(db, request, staffHref(other, 'dashboard'));
    return sendPage(
      reply,
      <StaffLayout site={staffSite} title={t(locale, 'error.notFound.title')}>
        <h1 class="govuk-heading-l">{t(locale, 'error.notFound.title')}</h1>
        <p class="govuk-body">{t(locale, 'error.notFound.body')}</p>
        <p class="govuk-body">
          <a class="govuk-link" href={staffHref(locale, 'dashboard')}>
            {msg(locale, 'back')}
          </a>
        </p>
      </StaffLayout>,
      404,
    );
  }
  const site = await siteContext(db, locale, href(other, 'home'));
  return sendPage(
    reply,
    <Layout site={site} title={t(locale, 'error.notFound.title')}>
      <h1 class="govuk-heading-l">{t(locale, 'error.notFound.title')}</h1>
      <p class="govuk-body">{t(locale, 'error.notFound.body')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(locale, 'services')}>
          {t(locale, 'site.services')}
        </a>
      </p>
    </Layout>,
    404,
  );
}

/** 404 and error pages in the visitor's language; client errors stay 4xx, nothing leaks a stack trace. */
export function registerErrorPages(app: FastifyInstance, db: Db): void {
  app.setNotFoundHandler((request, reply) => sendNotFound(db, request, reply));

  app.setErrorHandler(async (thrown: FastifyError, request, reply) => {
    const error = asBodyError(thrown, request);
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    if (status === 404) return sendNotFound(db, request, reply);
    const refusal = refusalOf(error);
    if (wantsJson(request)) {
      if (refusal) {
        const error = refusal === 'tooMany' ? 'too_many_requests' : refusal === 'csrf' ? 'csrf' : 'forbidden';
        return reply.code(status).send({ error, message: msg('en', `${refusal}Title`) });
      }
      return reply.code(status).send({
        error: status === 500 ? 'internal_error' : 'bad_request',
        message: status === 500 ? 'Internal error' : error.message,
      });
    }
    if (refusal) {
      // Build the page first and send it once: a reply is thenable, so awaiting a sent one yields
      // undefined and would fall through to a second send (FST_ERR_REP_ALREADY_SENT).
      const page = await refusalPage(db, request, refusal).catch(() => undefined);
      if (page) return sendPage(reply, page, status);
    }
    if (status === 413)
      return sendErrorPage(db, request, reply, status, tooLarge(app, request, error, requestLocale(request)));
    return sendErrorPage(db, request, reply, status);
  });
}

/**
 * The public error page of a status (400, 413 or 500), with a line of explanation for what went wrong, and
 * its own title and way back when it has them (a body too large).
 */
async function sendErrorPage(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  explained?: string | TooLarge,
): Promise<FastifyReply> {
  const locale = requestLocale(request);
  const own = typeof explained === 'object' ? explained : undefined;
  const key = status === 500 ? 'error.server.title' : 'error.badRequest.title';
  const title = own?.title ?? t(locale, key);
  const body = status === 500 ? t(locale, 'error.server.body') : (own?.explanation ?? (explained as string));
  const back = own?.back ?? { href: href(locale, 'services'), text: t(locale, 'site.services') };
  const site = await siteContext(db, locale, href(locale === 'lv' ? 'en' : 'lv', 'home')).catch(() => null);
  if (!site)
    return reply
      .code(status)
      .type('text/plain; charset=utf-8')
      .send(body ? `${title}\n\n${body}` : title);
  return sendPage(
    reply,
    <Layout site={site} title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      {body && <p class="govuk-body">{body}</p>}
      {status !== 500 && (
        <p class="govuk-body">
          <a class="govuk-link" href={back.href}>
            {back.text}
          </a>
        </p>
      )}
    </Layout>,
    status,
  );
}

/**
 * What the router itself refuses before any route runs — an address whose percent-encoding cannot be decoded,
 * or a part of it longer than a route takes (Fastify's `frameworkErrors`) — answered as every other bad
 * request is: a page in the visitor's language, or JSON for the APIs, with the security headers (no hook runs).
 */
export function frameworkErrorPages(db: Db, headers: Record<string, string>) {
  return (_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    reply.headers(headers);
    const status = 400;
    const description = msg('en', 'badAddressBody');
    if (routePath(request).startsWith('/open311/')) reply.code(status).send([{ code: status, description }]);
    else if (wantsJson(request)) reply.code(status).send({ error: 'bad_request', message: description });
    else void sendErrorPage(db, request, reply, status, msg(requestLocale(request), 'badAddressBody'));
  };
}
