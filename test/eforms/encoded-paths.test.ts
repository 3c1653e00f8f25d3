import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { query } from '../../src/db/connection';
import { PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { APPLICANT, Resident, serviceWithForm } from './helpers';

// An attacker's addresses for the online journey: the router decodes `/%70akalpojumi/…` to
// `/pakalpojumi/…`, so every check of the journey must hold for the encoded address just as for the
// plain one. Each route is asked the same thing at its plain address and at encoded ones, with the
// same cookies and body, and must answer the same: status, redirect, cache-control, cookies, page.

let t: TestApp;
let code: string;
before(async () => {
  t = await testApp();
  code = await serviceWithForm(t.database.db);
});
after(() => t.close());

const hex = (c: string) => `%${c.charCodeAt(0).toString(16)}`;

/** The path with the first letter of one segment percent-encoded, for each segment in turn, and all of it. */
function encodings(path: string): string[] {
  const segments = path.split('/').slice(1);
  const one = segments.map(
    (_, i) => `/${segments.map((s, j) => (j === i ? hex(s[0]!) + s.slice(1) : s)).join('/')}`,
  );
  const all = path.replace(/[A-Za-z0-9_-]/g, (c) => hex(c).toUpperCase());
  return [...one, all];
}

const SEGMENTS = {
  lv: {
    forWhom: 'kam',
    applicant: 'pieteicejs',
    delivery: 'sanemsana',
    check: 'parbaude',
    done: 'iesniegts',
    save: 'saglabat',
  },
  en: {
    forWhom: 'for-whom',
    applicant: 'applicant',
    delivery: 'delivery',
    check: 'check',
    done: 'done',
    save: 'save',
  },
};

function send(r: Resident | null, method: 'GET' | 'POST', url: string, body?: Record<string, string>) {
  const form = new URLSearchParams(body ?? {}).toString();
  return t.app.inject({
    method,
    url,
    ...(method === 'POST' ? { payload: form } : {}),
    headers: {
      ...(r ? { cookie: r.cookie } : {}),
      'x-forwarded-for': r?.ip ?? '10.7.0.9',
      ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
  });
}

const cookieNames = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}@${c.path}`).sort();

/** Asks the plain address and then each encoded one the same thing; every answer must match the first. */
async function sameEverywhere(
  r: Resident | null,
  method: 'GET' | 'POST',
  path: string,
  body?: Record<string, string>,
): Promise<LightMyRequestResponse> {
  const plain = await send(r, method, path, body);
  assert.ok(plain.statusCode < 500, `${method} ${path}: ${plain.statusCode}`);
  for (const url of encodings(path)) {
    const res = await send(r, method, url, body);
    const what = `${method} ${url} (plain ${path})`;
    assert.equal(res.statusCode, plain.statusCode, what);
    assert.equal(res.headers.location, plain.headers.location, what);
    assert.equal(res.headers['cache-control'], plain.headers['cache-control'], what);
    assert.equal(res.headers['content-type'], plain.headers['content-type'], what);
    assert.deepEqual(cookieNames(res), cookieNames(plain), what);
    if (method === 'GET' && plain.statusCode === 200) assert.equal(res.body, plain.body, what);
  }
  return plain;
}

async function portalCases(): Promise<number> {
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM case_file WHERE channel_in = 'portal'`,
  );
  return row!.n;
}

async function draftState(serviceCode: string) {
  return query<{ answers: unknown; applicant: unknown; delivery: unknown; submitted: string | null }>(
    t.database.db,
    sql`SELECT d.answers, d.applicant, d.delivery, d.submitted_number AS submitted FROM application_draft d
        JOIN service s ON s.id = d.service_id WHERE s.code = ${serviceCode} ORDER BY d.id`,
  );
}

for (const locale of ['lv', 'en'] as const) {
  describe(`percent-encoded journey addresses (${locale})`, () => {
    const base = () => (locale === 'lv' ? `/pakalpojumi/${code}/pieteikties` : `/en/services/${code}/apply`);
    const step = (s: keyof (typeof SEGMENTS)['lv'] | 'pamatinfo') =>
      `${base()}/${s === 'pamatinfo' ? s : SEGMENTS[locale][s]}`;
    const ip = locale === 'lv' ? '10.7.1.1' : '10.7.1.2';

    test('without the journey’s CSRF token every POST is refused, encoded or not, and nothing changes', async () => {
      const r = new Resident(t.app, ip);
      // The start: its own token from the start page's cookie (a first visit gets a new one each time).
      await r.get(base());
      const start = await sameEverywhere(r, 'GET', base());
      assert.equal(start.statusCode, 200);
      assert.equal(start.headers['cache-control'], 'no-store');
      const refusedStart = await sameEverywhere(r, 'POST', base(), {});
      assert.equal(refusedStart.statusCode, 403);
      const wrongStart = await sameEverywhere(r, 'POST', base(), { _csrf: 'x'.repeat(43) });
      assert.equal(wrongStart.statusCode, 403);
      const before = await draftState(code);
      await r.follow(await r.post(base(), {}));
      assert.equal((await draftState(code)).length, before.length + 1, 'the real start makes one draft');

      const state = await draftState(code);
      const cases = await portalCases();
      for (const s of ['pamatinfo', 'applicant', 'delivery', 'check', 'save'] as const) {
        // The save page allows 10 requests a minute from one address: one round of its addresses.
        for (const csrf of s === 'save' ? [undefined] : [undefined, 'wrong', r.csrf.slice(1)]) {
          const res = await sameEverywhere(
            r,
            'POST',
            step(s),
            csrf === undefined ? { reason: 'X' } : { _csrf: csrf, reason: 'X', declaration: 'yes' },
          );
          assert.equal(res.statusCode, 403, `${s} with ${csrf ?? 'no token'}`);
        }
      }
      assert.deepEqual(await draftState(code), state, 'no refused POST changed a draft');
      assert.equal(await portalCases(), cases, 'and none sent one');
    });

    test('every page and step answers the same at its encoded address, through to one case', async () => {
      const r = new Resident(t.app, `${ip}1`);
      await r.get(base());
      await r.follow(await r.post(base(), {}));
      const token = r.cookies.get('pietura_draft')!;
      const get = async (path: string) => {
        const res = await sameEverywhere(r, 'GET', path);
        if (res.statusCode === 200) assert.equal(res.headers['cache-control'], 'no-store', path);
        return res;
      };
      const post = (path: string, body: Record<string, string>) =>
        sameEverywhere(r, 'POST', path, { _csrf: r.csrf, ...body });

      await get(step('pamatinfo'));
      assert.equal((await get(`${base()}/nav-tada-lapa`)).statusCode, 404);
      assert.equal((await post(step('pamatinfo'), { reason: '', has_children: 'yes' })).statusCode, 400);
      const saved = await post(step('pamatinfo'), { reason: 'Iemesls', has_children: 'no' });
      assert.equal(saved.statusCode, 303);
      assert.equal((await get(step('check'))).statusCode, 200);
      assert.equal((await post(`${base()}/piezimes`, { note: 'Piezīme' })).statusCode, 303);
      // A file sent to an encoded address is taken as at the plain one (the upload guard reads the route).
      const upload = await r.upload(encodings(`${base()}/dokumenti`).at(-1)!, {}, [
        { field: 'proof', filename: 'izzina.pdf', bytes: PDF },
      ]);
      assert.equal(upload.statusCode, 303, upload.body.slice(0, 300));
      assert.match((await get(`${base()}/dokumenti`)).body, /izzina\.pdf/);
      await get(step('forWhom'));
      assert.equal((await post(step('forWhom'), {})).statusCode, 400);
      assert.equal((await post(step('forWhom'), { applyingFor: 'self' })).statusCode, 303);
      await get(step('applicant'));
      assert.equal((await post(step('applicant'), { ...APPLICANT, personalCode: '1' })).statusCode, 400);
      assert.equal((await post(step('applicant'), APPLICANT)).statusCode, 303);
      await get(step('delivery'));
      assert.equal((await post(step('delivery'), { delivery: 'email' })).statusCode, 303);
      await get(step('save'));
      assert.equal((await post(step('save'), { email: 'nav-adrese' })).statusCode, 400);
      assert.equal((await get(step('check'))).statusCode, 200);
      assert.equal((await get(step('done'))).statusCode, 303, 'not sent yet: back to check');
      assert.equal(
        (await get(`${base()}/${locale === 'lv' ? 'turpinat' : 'resume'}/${token}`)).statusCode,
        303,
      );
      // A visitor without the draft's cookie is sent to the start from every step, encoded or not.
      for (const s of ['pamatinfo', 'applicant', 'check'] as const) {
        const res = await sameEverywhere(null, 'POST', step(s), { _csrf: r.csrf });
        assert.equal(res.statusCode, 303);
        assert.equal(res.headers.location, base());
      }

      // Sent at an encoded address, replayed at the plain one: one case.
      const sent = await send(r, 'POST', encodings(step('check')).at(-1)!, {
        _csrf: r.csrf,
        declaration: 'yes',
      });
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, step('done'));
      const replay = await send(r, 'POST', step('check'), { _csrf: r.csrf, declaration: 'yes' });
      assert.equal(replay.headers.location, step('done'));
      const done = await get(step('done'));
      assert.equal(done.statusCode, 200);
      const number = /<strong>([A-Z0-9/-]+)<\/strong>/.exec(done.body)![1]!;
      const [{ n }] = (await query<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM case_file WHERE registration_number = ${number}`,
      )) as [{ n: number }];
      assert.equal(n, 1);
      assert.equal((await get(step('applicant'))).headers.location, step('done'));
    });
  });
}
