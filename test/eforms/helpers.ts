import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type Db, query } from '../../src/db/connection';
import { multipartBody, type UploadFile } from '../cases/http-helpers';

/** A form with a condition on the same page, a file field and a page shown only for one answer. */
export const TEST_FORM = {
  pages: [
    {
      id: 'pamatinfo',
      title: { lv: 'Pamatinformācija', en: 'Basic information' },
      fields: [
        { code: 'reason', type: 'text', label: { lv: 'Iemesls', en: 'Reason' }, required: true },
        {
          code: 'has_children',
          type: 'yesno',
          label: { lv: 'Vai jums ir bērni?', en: 'Do you have children?' },
          required: true,
        },
        {
          code: 'children_count',
          type: 'number',
          label: { lv: 'Bērnu skaits', en: 'Number of children' },
          required: true,
          integer: true,
          min: 1,
          max: 20,
          showWhen: { field: 'has_children', values: ['yes'] },
        },
      ],
    },
    {
      id: 'dokumenti',
      title: { lv: 'Dokumenti', en: 'Documents' },
      fields: [
        {
          code: 'proof',
          type: 'file',
          label: { lv: 'Izziņa', en: 'Certificate' },
          required: true,
          accept: ['pdf', 'edoc'],
          maxFiles: 2,
        },
      ],
    },
    {
      id: 'piezimes',
      title: { lv: 'Piezīmes', en: 'Notes' },
      fields: [
        {
          code: 'note',
          type: 'textarea',
          label: { lv: 'Piezīme', en: 'Note' },
          required: true,
          showWhen: { field: 'has_children', values: ['no'] },
        },
      ],
    },
  ],
};

/** Puts TEST_FORM on a published demo service's version in force, applied for on the portal; its code. */
export async function serviceWithForm(db: Db, form: unknown = TEST_FORM): Promise<string> {
  const [row] = await query<{ code: string; versionId: number }>(
    db,
    sql`SELECT s.code, v.id AS "versionId" FROM service s JOIN service_version v ON v.service_id = s.id
        WHERE v.status = 'published' AND s.withdrawn_at IS NULL AND NOT v.on_the_spot
        ORDER BY s.id LIMIT 1`,
  );
  assert.ok(row, 'a published demo service');
  await db.execute(sql`UPDATE service_version SET form_definition = ${JSON.stringify(form)}::jsonb,
      apply_channels = CASE WHEN apply_channels ? 'portal' THEN apply_channels ELSE apply_channels || '["portal"]'::jsonb END,
      receive_channels = '["in_person","email","post"]'::jsonb
    WHERE id = ${row.versionId}`);
  return row.code;
}

/** A browser: keeps the journey's cookies and reads the CSRF token of the last page. */
export class Resident {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(
    readonly app: FastifyInstance,
    readonly ip = '10.9.0.1',
  ) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.maxAge === 0 || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]*)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  get cookie(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookie, 'x-forwarded-for': this.ip },
    });
    this.remember(res);
    return res;
  }

  async post(url: string, fields: Record<string, string | string[]>, opts: { csrf?: string | null } = {}) {
    const body = new URLSearchParams();
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== null) body.append('_csrf', token);
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: this.cookie,
        'x-forwarded-for': this.ip,
      },
    });
    this.remember(res);
    return res;
  }

  async upload(url: string, fields: Record<string, string | string[]>, files: UploadFile[]) {
    const body = await multipartBody(undefined, { _csrf: this.csrf, ...fields }, files);
    const res = await this.app.inject({
      method: 'POST',
      url,
      ...body,
      headers: { ...body.headers, cookie: this.cookie, 'x-forwarded-for': this.ip },
    });
    this.remember(res);
    return res;
  }

  /** Follows a 303 (GET). */
  async follow(res: LightMyRequestResponse) {
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    return this.get(String(res.headers.location));
  }
}

export const APPLICANT = {
  name: 'Anna Bērziņa',
  personalCode: '320000-00000',
  email: 'anna@example.lv',
  phone: '',
  postalAddress: 'Brīvības iela 1, Ilūkste',
};
