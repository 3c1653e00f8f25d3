import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { type TestApp, testApp } from '../helpers/app';
import { Resident, serviceWithForm } from './helpers';

/** A form of one page asking for an income (a decimal number). */
const INCOME_FORM = {
  pages: [
    {
      id: 'ienakumi',
      title: { lv: 'Ienākumi', en: 'Income' },
      fields: [
        {
          code: 'income',
          type: 'number',
          label: { lv: 'Mēneša ienākumi', en: 'Monthly income' },
          required: true,
          min: 0,
        },
      ],
    },
  ],
};

let t: TestApp;
let code: string;
before(async () => {
  t = await testApp();
  code = await serviceWithForm(t.database.db, INCOME_FORM);
});
after(() => t.close());

async function started(base: string, ip: string) {
  const r = new Resident(t.app, ip);
  await r.get(base);
  await r.follow(await r.post(base, {}));
  return r;
}

/** The income as this resident's draft stores it. */
async function storedIncome(r: Resident): Promise<unknown> {
  const hash = createHash('sha256').update(r.cookies.get('pietura_draft')!).digest('hex');
  const [row] = await query<{ answers: Record<string, unknown> }>(
    t.database.db,
    sql`SELECT answers FROM application_draft WHERE token_hash = ${hash}`,
  );
  return row?.answers.income;
}

describe('numbers in the language of the page', () => {
  test('an English page reads "1,200" as twelve hundred, refuses a decimal comma, fills the answer in with a point', async () => {
    const base = `/en/services/${code}/apply`;
    const r = await started(base, '10.6.0.1');
    let res = await r.post(`${base}/ienakumi`, { income: '1,200' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.equal(await storedIncome(r), '1200');
    let page = await r.get(`${base}/ienakumi`);
    assert.match(page.body, /name="income"[^>]*value="1200"/);

    res = await r.post(`${base}/ienakumi`, { income: '1,2' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /‘Monthly income’ must use a point for decimals, like 12\.5/);
    assert.match(res.body, /value="1,2"/, 'what was typed is kept');
    assert.equal(await storedIncome(r), '1200', 'nothing saved');

    res = await r.post(`${base}/ienakumi`, { income: '1,200.50' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.equal(await storedIncome(r), '1200.5');
    page = await r.get(`${base}/ienakumi`);
    assert.match(page.body, /name="income"[^>]*value="1200\.5"/);
    const check = await r.get(`${base}/check`);
    assert.match(check.body, /1200\.5/);
  });

  test('a Latvian page reads a decimal comma and spaces between thousands, and fills the answer in with a comma', async () => {
    const base = `/pakalpojumi/${code}/pieteikties`;
    const r = await started(base, '10.6.0.2');
    const res = await r.post(`${base}/ienakumi`, { income: '1 200,50' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.equal(await storedIncome(r), '1200.5');
    const page = await r.get(`${base}/ienakumi`);
    assert.match(page.body, /name="income"[^>]*value="1200,5"/);
  });
});
