import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import { localeFromUrl, t } from '../i18n';
import { Layout } from './layout';
import { href } from './paths';
import { sendPage } from './render';
import { siteContext } from './site-context';

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/open311/');
}

export async function sendNotFound(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (wantsJson(request)) return reply.code(404).send({ error: 'not_found', message: 'Not found' });
  const locale = localeFromUrl(request.url);
  const site = await siteContext(db, locale, href(locale === 'lv' ? 'en' : 'lv', 'home'));
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

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    if (status === 404) return sendNotFound(db, request, reply);
    if (wantsJson(request)) {
      return reply.code(status).send({
        error: status === 500 ? 'internal_error' : 'bad_request',
        message: status === 500 ? 'Internal error' : error.message,
      });
    }
    const locale = localeFromUrl(request.url);
    const key = status === 500 ? 'error.server.title' : 'error.badRequest.title';
    const site = await siteContext(db, locale, href(locale === 'lv' ? 'en' : 'lv', 'home')).catch(() => null);
    if (!site) return reply.code(status).type('text/plain; charset=utf-8').send(t(locale, key));
    return sendPage(
      reply,
      <Layout site={site} title={t(locale, key)}>
        <h1 class="govuk-heading-l">{t(locale, key)}</h1>
        {status === 500 && <p class="govuk-body">{t(locale, 'error.server.body')}</p>}
      </Layout>,
      status,
    );
  });
}
