// POST /api/cpsv-ap (issue 7 point 3): the CPSV-AP import for another system, with an API key.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { exportCatalogue } from '../../src/modules/catalogue/cpsv/export';
import {
  ImportInProgress,
  type ImportProgress,
  importCatalogue,
} from '../../src/modules/catalogue/cpsv/import';
import { systemActor } from '../../src/platform/auth/actor';
import { revokeApiKey } from '../../src/platform/auth/api-keys';
import { type TestApp, testApp } from '../helpers/app';
import { ROOT } from '../helpers/cli';
import { newKey } from '../open311/helpers';

const TURTLE = readFileSync(join(ROOT, 'test/fixtures/cpsv/subclass-two-costs.ttl'), 'utf8');
const CODE = 'zemes-izraktenu-atlauja';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

function post(body: string, headers: Record<string, string>, dryRun = false) {
  return t.app.inject({
    method: 'POST',
    url: `/api/cpsv-ap${dryRun ? '?dryRun=true' : ''}`,
    headers: { 'content-type': 'text/turtle', ...headers },
    payload: body,
  });
}

async function versionsOf(code: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM service_version v JOIN service s ON s.id = v.service_id WHERE s.code = ${code}`,
  );
  return row!.n;
}

test('a dry run reports and writes nothing; the import writes, in the audit trail under the key', async () => {
  const { key, id } = await newKey(t.database.db, 'State portal');
  const dry = await post(TURTLE, { 'x-api-key': key }, true);
  assert.equal(dry.statusCode, 200, dry.body);
  assert.equal(dry.json().dryRun, true);
  assert.deepEqual(
    dry.json().services.map((s: { code: string }) => s.code),
    [CODE],
  );
  assert.equal(await versionsOf(CODE), 0);

  const done = await post(TURTLE, { authorization: `Bearer ${key}` });
  assert.equal(done.statusCode, 200, done.body);
  assert.equal(done.json().ok, true);
  assert.equal(done.json().counts.services, 1);
  assert.equal(await versionsOf(CODE), 1);
  const [audit] = await query<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_kind = 'api_key' AND actor_id = ${id}`,
  );
  assert.ok(audit!.n >= 1, 'the import is audited under the key');
});

test('no key, a revoked key: 403 and nothing written', async () => {
  const missing = await post(TURTLE, {});
  assert.equal(missing.statusCode, 403);
  assert.match(missing.json().problems[0].message, /API key is required/);
  const created = await newKey(t.database.db, 'Revoked client');
  const revoked = await revokeApiKey(t.database.db, systemActor('test'), created.id);
  assert.equal(revoked, 'revoked');
  const refused = await post(TURTLE.replaceAll(CODE, 'cits-kods'), { 'x-api-key': created.key });
  assert.equal(refused.statusCode, 403);
  assert.equal(await versionsOf('cits-kods'), 0);
});

test('bad input: not RDF, a truncated file, an unknown media type, too large: a clear error, no 5xx', async () => {
  const { key } = await newKey(t.database.db, 'Careless client');
  const notRdf = await post('this is not a catalogue', { 'x-api-key': key });
  assert.equal(notRdf.statusCode, 400);
  assert.match(notRdf.json().problems[0].message, /Turtle/);
  const cut = await post(TURTLE.slice(0, 900), { 'x-api-key': key });
  assert.equal(cut.statusCode, 400);
  const pdf = await t.app.inject({
    method: 'POST',
    url: '/api/cpsv-ap',
    headers: { 'content-type': 'application/pdf', 'x-api-key': key },
    payload: '%PDF-1.4',
  });
  assert.equal(pdf.statusCode, 415);
  const huge = await post(`# ${'x'.repeat(21 * 1024 * 1024)}`, { 'x-api-key': key });
  assert.equal(huge.statusCode, 413);
  assert.match(huge.json().problems[0].message, /larger than 20 MB/);
});

/** Text in windows-1257 (the Baltic Windows code page), encoded through the decoder's own table. */
function windows1257(text: string): Buffer {
  const decoder = new TextDecoder('windows-1257');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((c) => {
      const b = byChar.get(c);
      if (b === undefined) throw new Error(`${c} is not in windows-1257`);
      return b;
    }),
  );
}

async function titleOf(code: string): Promise<string | undefined> {
  const [row] = await query<{ title: string }>(
    t.database.db,
    sql`SELECT v.name->>'lv' AS title FROM service_version v JOIN service s ON s.id = v.service_id
        WHERE s.code = ${code} ORDER BY v.id DESC LIMIT 1`,
  );
  return row?.title;
}

test('a catalogue in windows-1257: read in the charset declared (media type or XML declaration), refused when it is not said', async () => {
  const { key } = await newKey(t.database.db, 'Baltic desktop');
  const code = 'zemes-izraktenu-atlauja-1257';
  const bytes = windows1257(TURTLE.replaceAll(CODE, code));
  const send = (payload: Buffer, type: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/cpsv-ap',
      headers: { 'content-type': type, 'x-api-key': key },
      payload,
    });

  const unsaid = await send(bytes, 'text/turtle');
  assert.equal(unsaid.statusCode, 400);
  assert.match(unsaid.json().problems[0].message, /not valid UTF-8.*charset.*nothing was imported/);
  assert.equal(await versionsOf(code), 0);

  const unknown = await send(bytes, 'text/turtle; charset=klingon');
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.json().problems[0].message, /character set "klingon" is not known/);

  const said = await send(bytes, 'text/turtle; charset=windows-1257');
  assert.equal(said.statusCode, 200, said.body);
  assert.equal(await titleOf(code), 'Atļauja zemes dzīļu izmantošanai');

  const rdf = readFileSync(join(ROOT, 'test/fixtures/cpsv/costs.rdf'), 'utf8');
  const declared = windows1257(rdf.replace('encoding="utf-8"', 'encoding="windows-1257"'));
  const xml = await send(declared, 'application/rdf+xml');
  assert.equal(xml.statusCode, 200, xml.body);
  const titles = await query<{ title: string }>(
    t.database.db,
    sql`SELECT v.name->>'lv' AS title FROM service_version v ORDER BY v.id DESC LIMIT 2`,
  );
  assert.ok(
    titles.some((r) => r.title === 'Makšķerēšanas karte'),
    JSON.stringify(titles),
  );

  const bom = await send(
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TURTLE.replaceAll(CODE, `${code}-bom`))]),
    'text/turtle',
  );
  assert.equal(bom.statusCode, 200, bom.body);
  assert.equal(await titleOf(`${code}-bom`), 'Atļauja zemes dzīļu izmantošanai');
});

/** The demo catalogue's export: ~57 services, whose reading and SHACL validation take seconds of CPU. */
const demoExport = () => exportCatalogue(t.database.db, 'http://localhost:3000');

test('while a catalogue is read and validated the event loop keeps turning: a page is answered meanwhile (ADR 0020)', async () => {
  const doc = await demoExport();
  // Turns of the event loop, counted by a chain of setImmediate callbacks (each waits for the next turn).
  let turns = 0;
  let spinning = true;
  const spin = (async () => {
    while (spinning) {
      await new Promise((next) => setImmediate(next));
      turns++;
    }
  })();
  const events: string[] = [];
  const turnsAt: Partial<Record<'read' | 'validated', number>> = {};
  let page: Promise<void> | undefined;
  const onProgress = (p: ImportProgress) => {
    if (p.phase === 'read' && p.done === 0) {
      turnsAt.read = turns;
      events.push('reading');
      page = t.app.inject({ url: '/pakalpojumi' }).then((r) => {
        events.push(`page answered ${r.statusCode}`);
      });
    }
    if (p.phase === 'validate' && p.done === 1) {
      turnsAt.validated = turns;
      events.push('validated');
    }
  };
  try {
    const result = await importCatalogue(t.database.db, doc, onProgress, null, { dryRun: true });
    assert.ok(result.ok, JSON.stringify(result).slice(0, 500));
  } finally {
    spinning = false;
    await spin;
    await page;
  }
  // Read on this thread (before ADR 0020), the file held the event loop from the first event to the last:
  // not one turn (a page on PGlite could still slip in between the parsers' promises, but no timer and no
  // socket could). On the import's thread the loop is free all along: ~100,000 turns on a busy machine.
  assert.deepEqual(events, ['reading', 'page answered 200', 'validated']);
  const during = turnsAt.validated! - turnsAt.read!;
  assert.ok(during >= 100, `the event loop turned ${during} times while the file was read and validated`);
});

test('one import at a time: another, over the API or in the process, is refused (409) while one is under way, and writes nothing', async () => {
  const { key } = await newKey(t.database.db, 'Impatient client');
  const code = 'zemes-izraktenu-atlauja-otra';
  const doc = await demoExport();
  let second: ReturnType<typeof post> | undefined;
  const first = importCatalogue(
    t.database.db,
    doc,
    (p) => {
      // The first import is reading its file (seconds of work ahead): another arrives over the API.
      if (p.phase === 'read' && p.done === 0)
        second ??= post(TURTLE.replaceAll(CODE, code), { 'x-api-key': key });
    },
    null,
    { dryRun: true },
  );
  await assert.rejects(importCatalogue(t.database.db, doc), ImportInProgress);
  assert.ok((await first).ok);
  const refused = await second!;
  assert.equal(refused.statusCode, 409, refused.body);
  assert.deepEqual(Object.keys(refused.json()), ['ok', 'problems']);
  assert.equal(refused.json().ok, false);
  assert.match(refused.json().problems[0].message, /Another catalogue import is under way; try again/);
  assert.equal(await versionsOf(code), 0);

  // The next is accepted: after an import, after a refused file, after one that failed.
  const invalid = await post('this is not a catalogue', { 'x-api-key': key });
  assert.equal(invalid.statusCode, 400);
  await assert.rejects(
    importCatalogue(t.database.db, { '@graph': [() => 'not data'] }),
    /could not be cloned/,
  );
  const accepted = await post(TURTLE.replaceAll(CODE, code), { 'x-api-key': key });
  assert.equal(accepted.statusCode, 200, accepted.body);
  assert.equal(await versionsOf(code), 1);
});
