/**
 * How the Open311 endpoints appear in /api/openapi.json. The schemas only document: the routes read
 * their input with zod, and answer in JSON or XML as the address's ending says.
 */
import type { Format } from './format';

const TAG = ['open311'];
const str = { type: 'string' } as const;

const error = {
  type: 'array',
  description: "The spec's errors: in XML <errors><error><code/><description/></error></errors>",
  items: {
    type: 'object',
    properties: { code: { type: 'integer' }, description: str },
    required: ['code', 'description'],
  },
} as const;

const service = {
  type: 'object',
  properties: {
    service_code: { ...str, description: 'The service code of the catalogue' },
    service_name: str,
    description: str,
    metadata: { type: 'boolean', description: 'True when the service has an online form (attributes)' },
    type: { type: 'string', enum: ['batch'] },
    keywords: { ...str, description: 'Comma-separated' },
    group: { ...str, description: 'The category' },
  },
} as const;

const attribute = {
  type: 'object',
  properties: {
    variable: {
      type: 'boolean',
      description: 'false: information only (a file field, which Open311 cannot send)',
    },
    code: str,
    datatype: {
      type: 'string',
      enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'],
    },
    required: { type: 'boolean' },
    datatype_description: str,
    order: { type: 'integer' },
    description: { ...str, description: 'The question (the field label)' },
    values: {
      type: 'array',
      items: { type: 'object', properties: { key: str, name: str } },
    },
  },
} as const;

const request = {
  type: 'object',
  properties: {
    service_request_id: { ...str, description: 'The registration number, e.g. ILN/2026/000123' },
    status: { type: 'string', enum: ['open', 'closed'] },
    status_notes: str,
    service_name: str,
    service_code: str,
    agency_responsible: { ...str, description: 'The responsible unit' },
    service_notice: str,
    requested_datetime: { ...str, format: 'date-time' },
    updated_datetime: { ...str, format: 'date-time' },
    expected_datetime: { ...str, format: 'date-time', description: 'The statutory deadline, end of day' },
  },
} as const;

const receipt = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      service_request_id: { ...str, description: 'The registration number of the case' },
      service_notice: str,
      account_id: { type: ['string', 'null'] },
    },
  },
} as const;

const lang = {
  type: 'object',
  properties: {
    lang: {
      type: 'string',
      enum: ['lv', 'en'],
      description: 'Language of the answer (else Accept-Language, else Latvian)',
    },
    jurisdiction_id: { ...str, description: 'Accepted and ignored: one installation is one jurisdiction' },
  },
} as const;

const produces = (format: Format) => (format === 'json' ? 'application/json' : 'text/xml');

function answers(format: Format, ok: Record<string, unknown>, codes: number[]) {
  const out: Record<string | number, unknown> = {};
  const type = produces(format);
  for (const [status, schema] of Object.entries(ok))
    out[status] = { description: 'OK', content: { [type]: { schema } } };
  for (const code of codes) out[code] = { description: 'Error', content: { [type]: { schema: error } } };
  return out;
}

const note = (format: Format) => (format === 'xml' ? ' (XML)' : ' (JSON)');

export const OPEN311_SCHEMAS = {
  services: (format: Format) => ({
    tags: TAG,
    summary: `GeoReport v2: the services that take applications${note(format)}`,
    querystring: lang,
    response: answers(format, { 200: { type: 'array', items: service } }, [400]),
  }),
  service: (format: Format) => ({
    tags: TAG,
    summary: `GeoReport v2: a service's definition, its form as attributes${note(format)}`,
    params: { type: 'object', properties: { code: str }, required: ['code'] },
    querystring: lang,
    response: answers(
      format,
      {
        200: {
          type: 'object',
          properties: { service_code: str, attributes: { type: 'array', items: attribute } },
        },
      },
      [404],
    ),
  }),
  postRequest: (format: Format) => ({
    tags: TAG,
    summary: `GeoReport v2: file a service request; it becomes a case on the API channel${note(format)}`,
    description:
      'Needs an API key (`npx pietura apikey create --name NAME`): the api_key field, an X-Api-Key header or ' +
      'Authorization: Bearer. Attributes as attribute[code]=value (several: attribute[code][]=value). An ' +
      'Idempotency-Key header makes a retry answer the same case. Rate-limited per key (429).',
    consumes: ['application/x-www-form-urlencoded', 'application/json'],
    security: [{ apiKey: [] as string[] }, { bearer: [] as string[] }] as Record<string, string[]>[],
    querystring: lang,
    headers: {
      type: 'object',
      properties: {
        'idempotency-key': { ...str, description: 'Up to 200 printable characters, chosen by the client' },
      },
    },
    body: {
      type: 'object',
      properties: {
        api_key: str,
        service_code: str,
        jurisdiction_id: str,
        lat: { type: 'number' },
        long: { type: 'number' },
        address_string: str,
        email: str,
        first_name: str,
        last_name: str,
        phone: str,
        description: { ...str, maxLength: 5000 },
        media_url: { ...str, description: 'Kept as given, never fetched' },
      },
      additionalProperties: { description: 'attribute[code] or attribute[code][]' },
      required: ['service_code'],
    },
    response: answers(format, { 201: receipt, 200: receipt }, [400, 403, 404, 429]),
  }),
  requests: (format: Format) => ({
    tags: TAG,
    summary: `GeoReport v2: service requests filed through the API, newest first, at most 1,000${note(format)}`,
    querystring: {
      type: 'object',
      properties: {
        ...lang.properties,
        service_request_id: { ...str, description: 'Comma-separated; overrides the other filters' },
        service_code: str,
        start_date: { ...str, format: 'date-time' },
        end_date: { ...str, format: 'date-time' },
        status: { type: 'string', enum: ['open', 'closed'] },
      },
    },
    response: answers(format, { 200: { type: 'array', items: request } }, [400]),
  }),
  request: (format: Format) => ({
    tags: TAG,
    summary: `GeoReport v2: one service request by its registration number (slashes as %2F)${note(format)}`,
    params: { type: 'object', properties: { id: str }, required: ['id'] },
    querystring: lang,
    response: answers(format, { 200: { type: 'array', items: request } }, [404]),
  }),
};
