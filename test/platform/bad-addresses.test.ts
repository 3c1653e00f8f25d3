// What the router and Node's HTTP parser refuse before any route runs was answered in Fastify's JSON, in English,
// without the security headers (found by fuzzing, 30.11.2026). Now a page in the visitor's language, or the API's
// own format.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

describe('addresses the router cannot read', () => {
  test('a page address with broken percent-encoding or a part too long is a 400 page in its language', async () => {
    for (const [url, lang, text] of [
      ['/pakalpojumi/%E0%A4%A', 'lv', 'Šī adrese nav derīga'],
      ['/en/services/%zz', 'en', 'This address is not valid'],
      [`/pakalpojumi/${'a'.repeat(600)}`, 'lv', 'Šī adrese nav derīga'],
    ] as const) {
      const r = await t.app.inject({ url });
      assert.equal(r.statusCode, 400, url);
      assert.match(String(r.headers['content-type']), /^text\/html/);
      assert.match(r.body, new RegExp(`<html lang="${lang}"`));
      assert.ok(r.body.includes(text), r.body.slice(0, 300));
      // The security headers of every other answer.
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    }
  });

  test('under the APIs the answer is JSON, and Open311’s error list', async () => {
    const api = await t.app.inject({ url: '/api/services/%zz' });
    assert.equal(api.statusCode, 400);
    assert.deepEqual(Object.keys(api.json()), ['error', 'message']);
    assert.equal(api.json().error, 'bad_request');
    const open311 = await t.app.inject({ url: '/open311/v2/requests/%zz.json' });
    assert.equal(open311.statusCode, 400);
    const [error] = open311.json();
    assert.equal(error.code, 400);
    assert.match(error.description, /not valid/);
  });
});

describe('requests Node’s parser refuses', () => {
  let port: number;
  before(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });

  /** What the server answers to `request`, written as it is on a socket of its own. */
  const raw = (request: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk;
      });
      socket.on('end', () => resolve(answer));
      socket.on('error', (err) => (answer ? resolve(answer) : reject(err)));
    });

  test('headers too large are a 431 page in Latvian and English', async () => {
    const answer = await raw(`GET / HTTP/1.1\r\nHost: x\r\nCookie: a=${'x'.repeat(20_000)}\r\n\r\n`);
    assert.match(answer, /^HTTP\/1\.1 431 /);
    assert.match(answer, /Content-Type: text\/html; charset=utf-8/);
    assert.ok(answer.includes('Pieprasījuma galvenes ir pārāk lielas'), answer);
    assert.ok(answer.includes('headers are too large'), answer);
  });

  test('a request that is not HTTP is a 400 page', async () => {
    const answer = await raw('NOT HTTP AT ALL\r\n\r\n');
    assert.match(answer, /^HTTP\/1\.1 400 /);
    assert.ok(answer.includes('Pieprasījumu nevarēja nolasīt'), answer);
    const length = Number(/Content-Length: (\d+)/.exec(answer)?.[1]);
    assert.equal(length, Buffer.byteLength(answer.slice(answer.indexOf('\r\n\r\n') + 4)));
  });
});
