import type { FastifyInstance } from 'fastify';
import { CHANNELS, TIME_UNITS } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { LOCALES, type Locale } from '../../platform/i18n';
import { href, type RouteName } from '../../platform/web/paths';
import { catalogueApiQuerySchema, serviceCodeSchema } from './schema';
import * as catalogue from './service';

// JSON schemas for Fastify: they document the API in /api/openapi.json and fix the response shape
// (fast-json-stringify writes only the declared properties, so internal notes can never leak).
const bilingual = {
  type: 'object',
  properties: { lv: { type: 'string' }, en: { type: 'string' } },
  required: ['lv', 'en'],
} as const;
const optionalBilingual = { anyOf: [bilingual, { type: 'null' }] } as const;
const nullableString = { type: ['string', 'null'] } as const;
const channelList = { type: 'array', items: { type: 'string', enum: CHANNELS } } as const;
const named = {
  type: 'object',
  properties: { code: { type: 'string' }, name: bilingual },
  required: ['code', 'name'],
} as const;
const error = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;
const codeParams = {
  type: 'object',
  properties: {
    code: { type: 'string', description: 'The service (or life situation) code, e.g. buvatlauja' },
  },
  required: ['code'],
} as const;

const serviceSummaryProperties = {
  code: { type: 'string' },
  name: bilingual,
  description: bilingual,
  category: named,
  unit: named,
  feeCents: { type: 'integer', description: 'Fee in euro cents; 0 = free of charge' },
  processingTime: {
    type: 'object',
    properties: { value: { type: 'integer' }, unit: { type: 'string', enum: TIME_UNITS } },
    required: ['value', 'unit'],
  },
  applyChannels: channelList,
  receiveChannels: channelList,
  onTheSpot: { type: 'boolean', description: 'Done at once at the centre' },
  eserviceMaturity: { type: 'integer', minimum: 0, maximum: 4 },
  oneStopLevel: { type: 'string', enum: ['information', 'application', 'full'] },
  url: bilingual,
} as const;

const serviceSummary = {
  type: 'object',
  properties: serviceSummaryProperties,
  required: Object.keys(serviceSummaryProperties),
} as const;

const serviceStandardProperties = {
  ...serviceSummaryProperties,
  version: { type: 'integer' },
  validFrom: { ...nullableString, format: 'date' },
  validTo: { ...nullableString, format: 'date' },
  reviewDue: { ...nullableString, format: 'date' },
  publishedAt: { ...nullableString, format: 'date-time' },
  whoMayApply: bilingual,
  requiredDocuments: {
    type: 'array',
    items: {
      type: 'object',
      properties: { name: bilingual, note: optionalBilingual },
      required: ['name', 'note'],
    },
  },
  result: bilingual,
  feeNote: optionalBilingual,
  processingTime: {
    type: 'object',
    properties: {
      value: { type: 'integer' },
      unit: { type: 'string', enum: TIME_UNITS },
      basis: optionalBilingual,
    },
    required: ['value', 'unit', 'basis'],
  },
  legalBasis: {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        title: bilingual,
        url: nullableString,
        level: { type: 'string', enum: ['state', 'municipal'] },
      },
      required: ['title', 'url', 'level'],
    },
  },
  legalLevel: { type: 'string', enum: ['state', 'municipal'] },
  centres: {
    type: 'array',
    items: { type: 'string' },
    description: 'Codes of the centres where it can be applied for in person; empty = every centre',
  },
  centreException: optionalBilingual,
  eserviceUrl: nullableString,
  contact: optionalBilingual,
  unit: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      name: bilingual,
      email: nullableString,
      phone: nullableString,
      address: nullableString,
      website: nullableString,
    },
    required: ['code', 'name', 'email', 'phone', 'address', 'website'],
  },
} as const;

const serviceStandard = {
  type: 'object',
  properties: serviceStandardProperties,
  required: Object.keys(serviceStandardProperties),
} as const;

const lifeSituationSummaryProperties = {
  code: { type: 'string' },
  title: bilingual,
  summary: bilingual,
  url: bilingual,
} as const;

const lifeSituationSummary = {
  type: 'object',
  properties: lifeSituationSummaryProperties,
  required: Object.keys(lifeSituationSummaryProperties),
} as const;

const lifeSituationDetail = {
  type: 'object',
  properties: {
    ...lifeSituationSummaryProperties,
    steps: {
      type: 'array',
      description: 'The services the life event needs, in order (only published services)',
      items: {
        type: 'object',
        properties: { position: { type: 'integer' }, note: optionalBilingual, service: serviceSummary },
        required: ['position', 'note', 'service'],
      },
    },
  },
  required: [...Object.keys(lifeSituationSummaryProperties), 'steps'],
} as const;

const servicesQuerystring = {
  type: 'object',
  properties: {
    q: {
      type: 'string',
      maxLength: 10_000,
      description: 'Search words; diacritics optional, typos tolerated',
    },
    category: { type: 'string', description: 'Category code' },
    unit: { type: 'string', description: 'Code of the responsible unit' },
    centre: { type: 'string', description: 'Centre code: services that can be applied for there' },
    channel: {
      type: 'string',
      enum: CHANNELS,
      description: 'Services that can be applied for on this channel',
    },
    eservice: { type: 'boolean', description: 'Only services with an e-service' },
    onTheSpot: { type: 'boolean', description: 'Only services done at once at the centre' },
    page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
} as const;

const COMMA = Buffer.from(',');
const END = Buffer.from(']}');

/** The published catalogue and the life situations as JSON (issue 2 point 8), documented in OpenAPI. */
export function catalogueApiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const publicUrl = deps.config.PIETURA_PUBLIC_URL;
  const urls = (route: RouteName, code: string) =>
    Object.fromEntries(LOCALES.map((l: Locale) => [l, new URL(href(l, route, code), publicUrl).toString()]));

  const summary = (s: catalogue.ServiceStandard) => ({
    code: s.code,
    name: s.version.name,
    description: s.version.description,
    category: { code: s.category.code, name: s.category.name },
    unit: { code: s.owner.code, name: s.owner.name },
    feeCents: s.version.feeCents,
    processingTime: { value: s.version.processingTime, unit: s.version.processingTimeUnit },
    applyChannels: s.version.applyChannels,
    receiveChannels: s.version.receiveChannels,
    onTheSpot: s.version.onTheSpot,
    eserviceMaturity: s.version.eserviceMaturity,
    oneStopLevel: s.oneStopLevel,
    url: urls('services', s.code),
  });

  /** A standard in force is the same object for as long as its catalogue revision holds. */
  const summaryJson = new WeakMap<catalogue.ServiceStandard, Buffer>();

  const standard = (s: catalogue.ServiceStandard) => {
    const v = s.version;
    return {
      ...summary(s),
      version: v.version,
      validFrom: v.validFrom,
      validTo: v.validTo,
      reviewDue: v.reviewDue,
      publishedAt: v.publishedAt ? v.publishedAt.toISOString() : null,
      whoMayApply: v.whoMayApply,
      requiredDocuments: v.requiredDocuments.map((d) => ({ name: d.name, note: d.note ?? null })),
      result: v.result,
      feeNote: v.feeNote,
      processingTime: { value: v.processingTime, unit: v.processingTimeUnit, basis: v.processingTimeBasis },
      legalBasis: v.legalBasis.map((b) => ({ title: b.title, url: b.url ?? null, level: b.level })),
      legalLevel: v.legalLevel,
      centres: v.centres,
      centreException: v.centreException,
      eserviceUrl: v.eserviceUrl,
      contact: v.contact,
      unit: {
        code: s.owner.code,
        name: s.owner.name,
        email: s.owner.email,
        phone: s.owner.phone,
        address: s.owner.address,
        website: s.owner.website,
      },
    };
  };

  app.get(
    '/api/services',
    {
      config: { publicCache: { query: Object.keys(catalogueApiQuerySchema.shape) } },
      schema: {
        tags: ['catalogue'],
        summary: 'Search and list the published services',
        description:
          'With q: ranked by relevance (titles over body text). Without q: sorted by the Latvian name in Latvian collation.',
        querystring: servicesQuerystring,
        response: {
          200: {
            description: 'One page of the matching published services',
            type: 'object',
            properties: {
              total: { type: 'integer' },
              page: { type: 'integer' },
              pageSize: { type: 'integer' },
              items: { type: 'array', items: serviceSummary },
            },
            required: ['total', 'page', 'pageSize', 'items'],
          },
          400: { description: 'A bad page, page size or filter', ...error },
        },
      },
    },
    async (request, reply) => {
      const parsed = catalogueApiQuerySchema.safeParse(request.query ?? {});
      if (!parsed.success) {
        const message = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        return reply.code(400).send({ error: 'bad_request', message });
      }
      const { page, pageSize, ...filter } = parsed.data;
      const services = await catalogue.listServices(db, filter, 'lv');
      const start = (page - 1) * pageSize;
      // Each service's summary is serialised and encoded once per catalogue revision (by this
      // route's schema), then only copied: the answer is the bytes the whole-response serialiser
      // would write, without encoding them again.
      const toJson = reply.compileSerializationSchema(serviceSummary) as (item: unknown) => string;
      const parts: Buffer[] = [
        Buffer.from(`{"total":${services.length},"page":${page},"pageSize":${pageSize},"items":[`),
      ];
      for (const [i, s] of services.slice(start, start + pageSize).entries()) {
        let json = summaryJson.get(s);
        if (json === undefined) {
          json = Buffer.from(toJson(summary(s)));
          summaryJson.set(s, json);
        }
        if (i > 0) parts.push(COMMA);
        parts.push(json);
      }
      parts.push(END);
      return reply.type('application/json; charset=utf-8').send(Buffer.concat(parts));
    },
  );

  app.get<{ Params: { code: string } }>(
    '/api/services/:code',
    {
      config: { publicCache: true },
      schema: {
        tags: ['catalogue'],
        summary: 'One published service standard, every public field',
        params: codeParams,
        response: {
          200: { description: 'The standard in force', ...serviceStandard },
          404: { description: 'No published service has this code', ...error },
        },
      },
    },
    async (request, reply) => {
      const code = serviceCodeSchema.safeParse(request.params.code);
      const found = code.success ? await catalogue.getPublishedService(db, code.data) : undefined;
      if (!found)
        return reply.code(404).send({ error: 'not_found', message: 'No published service with this code' });
      return standard(found);
    },
  );

  app.get(
    '/api/life-situations',
    {
      config: { publicCache: true },
      schema: {
        tags: ['catalogue'],
        summary: 'Life situations: guides through the services one life event needs',
        response: {
          200: {
            description: 'Every life situation',
            type: 'object',
            properties: { items: { type: 'array', items: lifeSituationSummary } },
            required: ['items'],
          },
        },
      },
    },
    async () => {
      const items = await catalogue.listLifeSituations(db);
      return {
        items: items.map((ls) => ({
          code: ls.code,
          title: ls.title,
          summary: ls.summary,
          url: urls('lifeSituations', ls.code),
        })),
      };
    },
  );

  app.get<{ Params: { code: string } }>(
    '/api/life-situations/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One life situation with its services in order',
        params: codeParams,
        response: {
          200: { description: 'The life situation and its published services', ...lifeSituationDetail },
          404: { description: 'No life situation has this code', ...error },
        },
      },
    },
    async (request, reply) => {
      const code = serviceCodeSchema.safeParse(request.params.code);
      const found = code.success ? await catalogue.getLifeSituation(db, code.data) : undefined;
      if (!found)
        return reply.code(404).send({ error: 'not_found', message: 'No life situation with this code' });
      return {
        code: found.code,
        title: found.title,
        summary: found.summary,
        url: urls('lifeSituations', found.code),
        steps: found.steps.flatMap((step) =>
          step.service ? [{ position: step.position, note: step.note, service: summary(step.service) }] : [],
        ),
      };
    },
  );
}
