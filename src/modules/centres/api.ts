import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection';
import { sendNotFound } from '../../platform/web/error-pages';
import { href } from '../../platform/web/paths';
import type { DayHours } from './hours';
import { centreCodeSchema } from './schema';
import * as centres from './service';

const bilingual = {
  type: 'object',
  properties: { lv: { type: 'string' }, en: { type: 'string' } },
  required: ['lv', 'en'],
} as const;
const nullableString = { type: ['string', 'null'] } as const;
const interval = {
  type: 'object',
  properties: { opens: { type: 'string', example: '08:00' }, closes: { type: 'string', example: '19:00' } },
  required: ['opens', 'closes'],
} as const;
const dayHours = {
  type: 'object',
  properties: { day: { type: 'string', format: 'date' }, intervals: { type: 'array', items: interval } },
  required: ['day', 'intervals'],
} as const;

const centreSummary = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    name: bilingual,
    isMain: { type: 'boolean' },
    address: { type: 'string' },
    postalCode: nullableString,
    phone: nullableString,
    email: nullableString,
    latitude: nullableString,
    longitude: nullableString,
    url: bilingual,
    today: {
      ...dayHours,
      properties: { ...dayHours.properties, openNow: { type: 'boolean' } },
      required: [...dayHours.required, 'openNow'],
    },
    nextEveningSession: {
      description:
        'The next day (Europe/Riga) the centre is open until 19:00 or later (R14), null if none within a year.',
      anyOf: [dayHours, { type: 'null' }],
    },
  },
  required: [
    'code',
    'name',
    'isMain',
    'address',
    'postalCode',
    'phone',
    'email',
    'latitude',
    'longitude',
    'url',
    'today',
    'nextEveningSession',
  ],
} as const;

const centreDetail = {
  type: 'object',
  properties: {
    ...centreSummary.properties,
    hours: {
      description:
        'Weekly hours; weekday 1 = Monday … 7 = Sunday; weeksOfMonth [1, 3] = only the 1st and 3rd such weekday.',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          weekday: { type: 'integer', minimum: 1, maximum: 7 },
          opens: { type: 'string' },
          closes: { type: 'string' },
          weeksOfMonth: { anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'null' }] },
        },
        required: ['weekday', 'opens', 'closes', 'weeksOfMonth'],
      },
    },
    exceptions: {
      description: `Closures and changed hours in the next ${centres.UPCOMING_DAYS} days; they replace the weekly hours of their day.`,
      type: 'array',
      items: {
        type: 'object',
        properties: {
          day: { type: 'string', format: 'date' },
          closed: { type: 'boolean' },
          opens: nullableString,
          closes: nullableString,
          note: { anyOf: [bilingual, { type: 'null' }] },
        },
        required: ['day', 'closed', 'opens', 'closes', 'note'],
      },
    },
    serviceCount: { type: 'integer' },
    services: {
      description: 'Published services one can apply for in person at this centre.',
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, name: bilingual },
        required: ['code', 'name'],
      },
    },
  },
  required: [...centreSummary.required, 'hours', 'exceptions', 'serviceCount', 'services'],
} as const;

const notFound = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;

function summary(o: centres.CentreOverview) {
  const c = o.centre;
  const evening: DayHours | null = o.nextEvening ?? null;
  return {
    code: c.code,
    name: c.name,
    isMain: c.isMain,
    address: c.address,
    postalCode: c.postalCode,
    phone: c.phone,
    email: c.email,
    latitude: c.latitude,
    longitude: c.longitude,
    url: { lv: href('lv', 'centres', c.code), en: href('en', 'centres', c.code) },
    today: o.today,
    nextEveningSession: evening,
  };
}

/** GET /api/centres and /api/centres/{code}: the centres with their hours as JSON (R14). */
export function centreApiRoutes(app: FastifyInstance, db: Db): void {
  app.get(
    '/api/centres',
    {
      schema: {
        tags: ['centres'],
        summary: 'Service centres with today’s hours and the next evening session',
        response: {
          200: {
            type: 'object',
            properties: { centres: { type: 'array', items: centreSummary } },
            required: ['centres'],
          },
        },
      },
    },
    async () => ({ centres: (await centres.listCentreOverviews(db, new Date())).map(summary) }),
  );

  app.get<{ Params: { code: string } }>(
    '/api/centres/:code',
    {
      schema: {
        tags: ['centres'],
        summary: 'One service centre: contacts, weekly hours, upcoming exceptions and its services',
        params: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] },
        response: { 200: centreDetail, 404: notFound },
      },
    },
    async (request, reply) => {
      const code = centreCodeSchema.safeParse(request.params.code);
      const details = code.success
        ? await centres.getCentreDetails(db, code.data, new Date(), 'lv')
        : undefined;
      if (!details) return sendNotFound(db, request, reply);
      return {
        ...summary(details),
        hours: details.hours.map((h) => ({
          weekday: h.weekday,
          opens: h.opens,
          closes: h.closes,
          weeksOfMonth: h.weeksOfMonth,
        })),
        exceptions: details.upcoming.map((e) => ({
          day: e.day,
          closed: e.closed,
          opens: e.opens,
          closes: e.closes,
          note: e.note,
        })),
        serviceCount: details.services.length,
        services: details.services.map((s) => ({ code: s.code, name: s.version.name })),
      };
    },
  );
}
