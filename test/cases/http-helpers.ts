import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Db, query } from '../../src/db/connection';
import type { Browser } from '../staff/helpers';

/** A one-page PDF: enough for the type check from the bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A 1×1 PNG image. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000a49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

export interface UploadFile {
  field: string;
  filename: string;
  bytes: Buffer;
  type?: string;
}

/** A multipart/form-data body as a browser sends it, with the CSRF token of the signed-in browser. */
export async function multipartBody(
  browser: Browser | undefined,
  fields: Record<string, string | string[] | undefined>,
  files: UploadFile[] = [],
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  if (browser) form.append('_csrf', browser.csrf);
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value ?? []].flat()) form.append(name, v);
  }
  for (const f of files)
    form.append(
      f.field,
      new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/octet-stream' }),
      f.filename,
    );
  const response = new Response(form);
  const headers: Record<string, string> = { 'content-type': response.headers.get('content-type')! };
  if (browser) headers.cookie = browser.cookie;
  return { payload: Buffer.from(await response.arrayBuffer()), headers };
}

export async function postMultipart(
  app: FastifyInstance,
  browser: Browser,
  url: string,
  fields: Record<string, string | string[] | undefined>,
  files: UploadFile[] = [],
) {
  const body = await multipartBody(browser, fields, files);
  return app.inject({ method: 'POST', url, ...body });
}

/** A published service of the social service (the demo specialist's unit), not done on the spot. */
export async function socialService(db: Db): Promise<{ serviceId: number; versionId: number; code: string }> {
  const [row] = await query<{ serviceId: number; versionId: number; code: string }>(
    db,
    sql`SELECT s.id AS "serviceId", v.id AS "versionId", s.code FROM service s JOIN organisation o ON o.id = s.owner_id
        JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
        WHERE o.code = 'socialais-dienests' AND NOT v.on_the_spot AND v.processing_time_unit = 'working_days'
          AND v.apply_channels ? 'post'
        ORDER BY s.id LIMIT 1`,
  );
  assert.ok(row, 'the demo data has a social service that takes post');
  return row;
}

export async function onTheSpotService(
  db: Db,
): Promise<{ serviceId: number; versionId: number; code: string }> {
  const [row] = await query<{ serviceId: number; versionId: number; code: string }>(
    db,
    sql`SELECT s.id AS "serviceId", v.id AS "versionId", s.code FROM service s
        JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
        WHERE v.on_the_spot AND v.apply_channels ? 'in_person' ORDER BY s.id LIMIT 1`,
  );
  assert.ok(row, 'the demo data has a service done on the spot');
  return row;
}

export async function count(
  db: Db,
  table: 'case_file' | 'registry_entry' | 'case_event' | 'interaction',
): Promise<number> {
  const [row] = await query<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
  return row!.n;
}

let keys = 0;
/** The fields of a complete postal application at the demo clerk's desk. */
export function intakeFields(
  versionId: number,
  serviceId: number,
  overrides: Record<string, string | string[]> = {},
) {
  keys++;
  return {
    serviceId: String(serviceId),
    serviceVersionId: String(versionId),
    idempotencyKey: `http-${process.pid}-${keys}-${Date.now()}`,
    channel: 'post',
    centre: 'ilukste',
    receivedOn: '',
    'applicant-kind': 'person',
    'applicant-code': '32123456789',
    'applicant-name': 'Līga Ābele',
    'applicant-email': 'liga@example.lv',
    'applicant-phone': '',
    'applicant-address': 'Raiņa iela 1, Ilūkste',
    summary: 'Lūdzu piešķirt pabalstu',
    delivery: 'centre',
    deliveryCentre: 'subate',
    step: 'register',
    ...overrides,
  };
}
