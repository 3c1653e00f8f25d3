import { sql } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import type { Db } from '../../src/db/connection';
import { query } from '../../src/db/connection';
import { systemActor } from '../../src/platform/auth/actor';
import { createApiKey } from '../../src/platform/auth/api-keys';
import type { TestApp } from '../helpers/app';

/** A service of the demo that takes applications; the tests give it the form below. */
export const SERVICE = 'ielu-tirdzniecibas-atlauja';

const bi = (lv: string, en: string) => ({ lv, en });

/** Every field type, a condition and a file: what Open311 must map to attributes. */
export const FORM = {
  pages: [
    {
      id: 'vieta',
      title: bi('Vieta', 'Place'),
      fields: [
        { code: 'place', type: 'address', label: bi('Tirdzniecības vieta', 'Trading place'), required: true },
        {
          code: 'goods',
          type: 'choice',
          label: bi('Preces', 'Goods'),
          required: true,
          options: [
            { key: 'food', label: bi('Pārtika', 'Food') },
            { key: 'crafts', label: bi('Amatniecība', 'Crafts') },
          ],
        },
        {
          code: 'days',
          type: 'choices',
          label: bi('Dienas', 'Days'),
          required: false,
          options: [
            { key: 'sat', label: bi('Sestdiena', 'Saturday') },
            { key: 'sun', label: bi('Svētdiena', 'Sunday') },
          ],
        },
        {
          code: 'stalls',
          type: 'number',
          label: bi('Galdu skaits', 'Stalls'),
          required: false,
          min: 1,
          max: 5,
          integer: true,
        },
        {
          code: 'start',
          type: 'date',
          label: bi('Sākuma datums', 'Start date'),
          required: false,
          dateRule: 'future',
        },
        {
          code: 'electricity',
          type: 'yesno',
          label: bi('Vajag elektrību', 'Needs electricity'),
          required: true,
        },
        {
          code: 'power',
          type: 'text',
          label: bi('Jauda', 'Power'),
          hint: bi('kW', 'kW'),
          required: true,
          showWhen: { field: 'electricity', values: ['yes'] },
        },
        { code: 'notes', type: 'textarea', label: bi('Piezīmes', 'Notes'), required: false },
        { code: 'plan', type: 'file', label: bi('Plāns', 'Plan'), required: false },
      ],
    },
  ],
};

export async function setForm(db: Db, code: string, form: unknown): Promise<void> {
  await db.execute(sql`UPDATE service_version SET form_definition = ${JSON.stringify(form)}::jsonb
    WHERE id = (SELECT v.id FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE s.code = ${code} AND v.status = 'published')`);
}

export async function newKey(db: Db, name = 'Test client', requestsPerMinute?: number) {
  const created = await createApiKey(db, systemActor('test'), { name, requestsPerMinute });
  if (!created.ok) throw new Error(created.problem);
  return created;
}

export const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['service', 'request', 'error', 'attribute', 'value'].includes(name),
});

export function parseXml(body: string): Record<string, unknown> {
  if (!body.startsWith('<?xml version="1.0" encoding="utf-8"?>'))
    throw new Error(`no XML declaration: ${body.slice(0, 80)}`);
  return xml.parse(body) as Record<string, unknown>;
}

/** A complete, valid request for SERVICE with FORM. */
export function validRequest(key: string): Record<string, string> {
  return {
    api_key: key,
    service_code: SERVICE,
    first_name: 'Jānis',
    last_name: 'Bērziņš',
    email: 'janis@example.lv',
    phone: '+371 20000000',
    description: 'Gribu tirgot medu tirgus laukumā.',
    address_string: 'Brīvības iela 1, Ilūkste',
    lat: '55.978',
    long: '26.295',
    media_url: 'https://example.lv/foto.jpg',
    'attribute[place]': 'Tirgus laukums',
    'attribute[goods]': 'food',
    'attribute[electricity]': 'yes',
    'attribute[power]': '2',
  };
}

export function form(body: Record<string, string | string[]>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) p.append(k, x);
  return p.toString();
}

export async function post(
  t: TestApp,
  body: Record<string, string | string[]>,
  format = 'json',
  headers = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${format}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: form(body),
  });
}

export async function count(db: Db, table: 'case_file' | 'party' | 'audit_log'): Promise<number> {
  const [row] = await query<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return row!.n;
}
