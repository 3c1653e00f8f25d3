/**
 * Open311 GeoReport v2 at /open311/v2/ (issue 9 point 7): every endpoint in .json and .xml. HTTP only:
 * the format and language are read here, the input checked with zod, the work done in service.ts.
 * Errors of every kind (bad input, a missing or revoked key, the rate limit, an unknown address, a
 * body too large) are answered in the spec's format: an array of {code, description}.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { apiKeyStillUsable, requireApiKey } from '../../platform/auth/api-keys';
import { isDay } from '../../platform/calendar';
import { UploadRefusedError } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import * as catalogue from '../catalogue/service';
import { type Format, type Rendered, renderList, renderObject, send, sendErrors, sendList } from './format';
import { ERRORS } from './messages';
import { OPEN311_SCHEMAS } from './openapi';
import { inputProblemMessage, readPostRequest } from './request-input';
import * as open311 from './service';

export const OPEN311_PREFIX = '/open311/v2';

/** ?lang=en or lv; else the first of lv/en in Accept-Language; else Latvian. */
export function open311Locale(request: FastifyRequest): Locale {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (lang === 'en' || lang === 'lv') return lang;
  const accept = String(request.headers['accept-language'] ?? '');
  for (const part of accept.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'lv' || tag === 'en') return tag;
  }
  return 'lv';
}

/** The format an address asks for by its ending; JSON when it names none. */
function formatOf(request: FastifyRequest): Format {
  const path = request.url.split('?')[0] ?? '';
  return path.endsWith('.xml') ? 'xml' : 'json';
}

const commaList = (max: number) =>
  z
    .string()
    .max(100_000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine((list) => list.length <= max && list.every((x) => x.length <= 100), 'too_many');

// A real day of the calendar's years (isDay: 2026-02-30 is no day, and year 0000 none PostgreSQL stores), with
// an optional time.
const dateTime = z
  .string()
  .max(50)
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) &&
      isDay(s.slice(0, 10)) &&
      !Number.isNaN(Date.parse(s)),
  )
  .transform((s) => new Date(s));

const requestsQuerySchema = z.object({
  service_request_id: commaList(open311.MAX_REQUESTS).optional(),
  service_code: commaList(100).optional(),
  start_date: dateTime.optional(),
  end_date: dateTime.optional(),
  status: z.enum(['open', 'closed']).optional(),
});

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

interface CachedAnswer extends Rendered {
  revision: string;
  day: string;
}

const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' });

// Documentation only: the routes read their input with zod (request-input.ts), which also answers
// bad input in Open311's format; Fastify's own validation would answer in its own.
const documentedOnly = () => () => true;

export function open311Routes(app: FastifyInstance, deps: AppDeps): void {
  app.register(async (scope) => plugin(scope, deps), { prefix: OPEN311_PREFIX });
}

async function plugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const cache = new Map<string, CachedAnswer>();

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const locale = open311Locale(request);
    const format = formatOf(request);
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'open311 request failed');
    if (status === 429)
      return sendErrors(reply, format, 429, [{ code: 429, description: ERRORS.tooMany[locale] }]);
    // A body Open311 does not take is bad input, not a refused key: 403 is only for the key.
    if (error instanceof UploadRefusedError)
      return sendErrors(reply, format, 400, [{ code: 400, description: ERRORS.noMultipart[locale] }]);
    if (status === 403)
      return sendErrors(reply, format, 403, [{ code: 403, description: ERRORS.keyRefused[locale] }]);
    if (status === 404)
      return sendErrors(reply, format, 404, [{ code: 404, description: ERRORS.notFound[locale] }]);
    if (status === 500)
      return sendErrors(reply, format, 500, [{ code: 500, description: ERRORS.server[locale] }]);
    // Too large, unreadable or of an unknown type: bad input, answered as 400 like any other.
    const description =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? ERRORS.bodyTooLarge[locale] : ERRORS.badBody[locale];
    return sendErrors(reply, format, 400, [{ code: 400, description }]);
  });
  app.setNotFoundHandler((request, reply) =>
    sendErrors(reply, formatOf(request), 404, [
      { code: 404, description: ERRORS.notFound[open311Locale(request)] },
    ]),
  );

  const refuseKey = (request: FastifyRequest, reply: FastifyReply, reason: 'missing' | 'refused') =>
    sendErrors(reply, formatOf(request), 403, [
      {
        code: 403,
        description: (reason === 'missing' ? ERRORS.keyMissing : ERRORS.keyRefused)[open311Locale(request)],
      },
    ]);
  // Keys from memory (ADR 0014): a filing checks its key in its own statement (a revoked one is a
  // ForbiddenError, answered 403 by the error handler), and `refusal` asks before any other answer.
  const keyGuard = requireApiKey(app, db, { refuse: refuseKey, fromMemory: true });

  /** A refusal that writes nothing: 403 instead when the key was revoked meanwhile (by any process). */
  async function refusal(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    errors: { code: number; description: string }[],
  ) {
    if (request.apiKey && !(await apiKeyStillUsable(db, request.apiKey)))
      return refuseKey(request, reply, 'refused');
    return sendErrors(reply, formatOf(request), status, errors);
  }

  /**
   * Catalogue answers are kept while the catalogue revision and the day stay the same (a write in any
   * process moves the revision, migration 0007); `build` answers undefined for an unknown address.
   */
  async function cached(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    build: (locale: Locale) => Promise<Rendered | undefined>,
  ) {
    const locale = open311Locale(request);
    const format = formatOf(request);
    reply.header('vary', 'Accept-Language');
    const full = `${format}:${locale}:${key}`;
    const revision = await catalogue.catalogueRevision(db);
    const day = rigaDay.format(new Date());
    const hit = cache.get(full);
    if (hit && hit.revision === revision && hit.day === day) return send(reply, hit);
    const rendered = await build(locale);
    if (!rendered)
      return sendErrors(reply, format, 404, [{ code: 404, description: ERRORS.serviceUnknown[locale] }]);
    if (cache.size >= 1000) cache.clear();
    cache.set(full, { ...rendered, revision, day });
    return send(reply, rendered);
  }

  for (const format of ['json', 'xml'] as const) {
    app.get(
      `/services.${format}`,
      { schema: OPEN311_SCHEMAS.services(format), validatorCompiler: documentedOnly },
      (request, reply) =>
        cached(request, reply, 'services', async (locale) =>
          renderList(format, 'services', 'service', await open311.listOpen311Services(db, locale)),
        ),
    );

    app.get<{ Params: { code: string } }>(
      `/services/:code.${format}`,
      { schema: OPEN311_SCHEMAS.service(format), validatorCompiler: documentedOnly },
      (request, reply) =>
        cached(request, reply, `service:${request.params.code}`, async (locale) => {
          const def = await open311.open311Definition(db, request.params.code, locale);
          return def && renderObject(format, 'service_definition', definitionFor(format, def));
        }),
    );

    app.post(
      `/requests.${format}`,
      {
        schema: OPEN311_SCHEMAS.postRequest(format),
        validatorCompiler: documentedOnly,
        preHandler: keyGuard,
      },
      async (request, reply) => {
        const locale = open311Locale(request);
        const read = readPostRequest(request.body);
        if (!read.ok)
          return refusal(
            request,
            reply,
            400,
            read.problems.map((p) => ({ code: 400, description: inputProblemMessage(locale, p) })),
          );
        const header = request.headers['idempotency-key'];
        const clientKey = typeof header === 'string' && header !== '' ? header : undefined;
        if (clientKey !== undefined && !IDEMPOTENCY_KEY.test(clientKey))
          return refusal(request, reply, 400, [
            {
              code: 400,
              description: inputProblemMessage(locale, { field: 'Idempotency-Key', code: 'invalid' }),
            },
          ]);
        const actor = request.apiKey?.actor;
        if (!actor) throw new Error('requireApiKey let a request through without a key');
        const result = await open311.submitRequest(db, actor, read.value, locale, clientKey);
        if (!result.ok) return refusal(request, reply, result.status, result.errors);
        return sendList(reply.code(result.replayed ? 200 : 201), format, 'service_requests', 'request', [
          result.receipt,
        ]);
      },
    );

    app.get(
      `/requests.${format}`,
      { schema: OPEN311_SCHEMAS.requests(format), validatorCompiler: documentedOnly },
      async (request, reply) => {
        const locale = open311Locale(request);
        const parsed = requestsQuerySchema.safeParse(request.query ?? {});
        if (!parsed.success) {
          const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'query')))];
          return sendErrors(
            reply,
            format,
            400,
            fields.map((field) => ({
              code: 400,
              description: inputProblemMessage(locale, { field, code: 'invalid' }),
            })),
          );
        }
        const q = parsed.data;
        const list = await open311.listOpen311Requests(
          db,
          {
            numbers: q.service_request_id,
            serviceCodes: q.service_code,
            from: q.start_date,
            to: q.end_date,
            status: q.status,
          },
          locale,
        );
        return sendList(reply, format, 'service_requests', 'request', list);
      },
    );

    const oneRequest = async (id: string, request: FastifyRequest, reply: FastifyReply) => {
      const locale = open311Locale(request);
      const found = await open311.getOpen311Request(db, id, locale);
      if (!found)
        return sendErrors(reply, format, 404, [{ code: 404, description: ERRORS.requestUnknown[locale] }]);
      return sendList(reply, format, 'service_requests', 'request', [found]);
    };
    app.get<{ Params: { id: string } }>(
      `/requests/:id.${format}`,
      { schema: OPEN311_SCHEMAS.request(format), validatorCompiler: documentedOnly },
      (request, reply) => oneRequest(request.params.id, request, reply),
    );
  }
  // A registration number (ILN/2026/000123) sent with its slashes unencoded.
  app.get<{ Params: { '*': string } }>('/requests/*', { schema: { hide: true } }, async (request, reply) => {
    const rest = request.params['*'];
    const m = /^(.+)\.(json|xml)$/.exec(rest);
    if (!m)
      return sendErrors(reply, formatOf(request), 404, [
        { code: 404, description: ERRORS.notFound[open311Locale(request)] },
      ]);
    const locale = open311Locale(request);
    const format = m[2] as Format;
    const found = await open311.getOpen311Request(db, m[1]!, locale);
    if (!found)
      return sendErrors(reply, format, 404, [{ code: 404, description: ERRORS.requestUnknown[locale] }]);
    return sendList(reply, format, 'service_requests', 'request', [found]);
  });
}

/** In XML the attribute list and each attribute's values are wrapped: <attributes><attribute>…<values><value>. */
function definitionFor(format: Format, def: open311.Open311Definition): Record<string, unknown> {
  if (format === 'json') return { ...def };
  return {
    service_code: def.service_code,
    attributes:
      def.attributes.length === 0
        ? ''
        : {
            attribute: def.attributes.map((a) => ({
              ...a,
              values: a.values.length === 0 ? '' : { value: a.values },
            })),
          },
  };
}
