/**
 * What a resident reads on the way through an online application, tracking and the mail: plain, correct
 * Latvian and complete English (found by walking the journey as a resident, in both languages).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { composeCaseMail } from '../../src/modules/cases/mail';
import { errorText } from '../../src/modules/cases/messages';
import { normaliseRegistrationNumber } from '../../src/modules/cases/tracking';
import type { CaseView } from '../../src/modules/cases/types';
import { receiptRows } from '../../src/modules/cases/views/receipt-page';
import { withinText } from '../../src/modules/catalogue/service';
import { centreErrorMessage } from '../../src/modules/centres/admin/messages';
import type { FormField } from '../../src/modules/eforms/definition';
import { answerProblemMessage } from '../../src/modules/eforms/messages';
import { PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { APPLICANT, Resident, serviceWithForm } from './helpers';

let t: TestApp;
let code: string;
let base: string;
before(async () => {
  t = await testApp();
  code = await serviceWithForm(t.database.db);
  await t.database.db.execute(sql`UPDATE service_version SET processing_time = 10, processing_time_unit = 'working_days'
    WHERE service_id = (SELECT id FROM service WHERE code = ${code}) AND status = 'published'`);
  base = `/pakalpojumi/${code}/pieteikties`;
});
after(() => t.close());

/** Goes through the test form to the confirmation; the confirmation page, its number and access code. */
async function apply(r: Resident, applicant: Record<string, string>, en = false) {
  const b = en ? `/en/services/${code}/apply` : base;
  const [check, delivery, applicantStep, forWhom] = en
    ? ['check', 'delivery', 'applicant', 'for-whom']
    : ['parbaude', 'sanemsana', 'pieteicejs', 'kam'];
  await r.get(b);
  await r.follow(await r.post(b, {}));
  await r.follow(
    await r.post(`${b}/pamatinfo`, { reason: 'Iemesls', has_children: 'yes', children_count: '2' }),
  );
  await r.follow(await r.upload(`${b}/dokumenti`, {}, [{ field: 'proof', filename: 'a.pdf', bytes: PDF }]));
  await r.follow(await r.post(`${b}/${forWhom}`, { applyingFor: 'self' }));
  const deliveryPage = await r.follow(await r.post(`${b}/${applicantStep}`, applicant));
  await r.follow(await r.post(`${b}/${delivery}`, { delivery: 'download' }));
  const done = await r.follow(await r.post(`${b}/${check}`, { declaration: 'yes' }));
  const number = /<strong>([A-Z]+\/\d{4}\/\d+)<\/strong>/.exec(done.body)![1]!;
  const accessCode = /class="pietura-access-code">([^<]+)</.exec(done.body)![1]!;
  return { done, number, accessCode, deliveryPage };
}

const track = (payload: Record<string, string>, ip: string, url = '/statuss') =>
  t.app.inject({ method: 'POST', url, payload, headers: { 'x-forwarded-for': ip } });

describe('the words a resident reads', () => {
  test('a time limit after „laikā” is in the genitive: „10 darba dienu laikā”, never „10 darba dienas laikā”', async () => {
    assert.equal(withinText(10, 'working_days', 'lv'), '10 darba dienu laikā');
    assert.equal(withinText(1, 'working_days', 'lv'), '1 darba dienas laikā');
    assert.equal(withinText(21, 'working_days', 'lv'), '21 darba dienas laikā');
    assert.equal(withinText(11, 'working_days', 'lv'), '11 darba dienu laikā');
    assert.equal(withinText(1, 'months', 'lv'), '1 mēneša laikā');
    assert.equal(withinText(4, 'months', 'lv'), '4 mēnešu laikā');
    assert.equal(withinText(30, 'calendar_days', 'lv'), '30 kalendāra dienu laikā');
    assert.equal(withinText(1, 'years', 'lv'), '1 gada laikā');
    assert.equal(withinText(10, 'working_days', 'en'), 'within 10 working days');
    assert.equal(withinText(1, 'months', 'en'), 'within 1 month');

    const start = await t.app.inject({ url: base });
    assert.match(start.body, /Atbildi sniegsim 10 darba dienu laikā\./);
    assert.doesNotMatch(start.body, /darba dienas laikā/);
    const en = await t.app.inject({ url: `/en/services/${code}/apply` });
    assert.match(en.body, /We answer within 10 working days\./);
  });

  test('the journey speaks of „pakalpojumu centrs”, as the rest of the site does, and the confirmation says so too', async () => {
    const r = new Resident(t.app, '10.7.0.1');
    const start = await r.get(base);
    assert.match(start.body, /tāpat kā pakalpojumu centrā/);
    const { done, deliveryPage } = await apply(r, APPLICANT);
    assert.match(deliveryPage.body, /Klātienē pakalpojumu centrā/);
    assert.match(deliveryPage.body, /Lejupielādēt šajā vietnē/);
    for (const body of [start.body, deliveryPage.body, done.body])
      assert.doesNotMatch(body, /klientu apkalpošanas|klientu centr/);
    assert.match(done.body, /nodots atbildīgajai iestādei/);
    assert.match(done.body, /Atbildi sniegsim 10 darba dienu laikā\./);
  });

  test('the confirmation says a confirmation was e-mailed only when one was', async () => {
    const withEmail = await apply(new Resident(t.app, '10.7.0.2'), {
      ...APPLICANT,
      personalCode: '320000-00101',
    });
    assert.match(withEmail.done.body, /Apstiprinājumu nosūtījām uz e-pastu/);
    // A new person who gave only a phone: no mail was queued, and the page does not pretend one was.
    const phoneOnly = await apply(new Resident(t.app, '10.7.0.3'), {
      ...APPLICANT,
      personalCode: '320000-00102',
      email: '',
      phone: '+371 20000000',
    });
    const [{ n }] = (await query<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM outbox_message m JOIN case_file c ON c.id = m.case_id
          WHERE c.registration_number = ${phoneOnly.number}`,
    )) as [{ n: number }];
    assert.equal(n, 0);
    assert.doesNotMatch(phoneOnly.done.body, /nosūtījām uz e-pastu/);
    assert.match(phoneOnly.done.body, /E-pastu jums nesūtījām/);
    const en = await apply(
      new Resident(t.app, '10.7.0.4'),
      { ...APPLICANT, personalCode: '320000-00103', email: '', phone: '+371 20000001' },
      true,
    );
    assert.doesNotMatch(en.done.body, /We sent a confirmation by email/);
    assert.match(en.done.body, /We have not sent you an email/);
    assert.match(en.done.body, /We answer within 10 working days\./);
  });

  test('tracking takes the number as typed from paper, and heads the status in the resident’s words', async () => {
    const { number, accessCode } = await apply(new Resident(t.app, '10.7.0.5'), {
      ...APPLICANT,
      personalCode: '320000-00104',
    });
    const [prefix, year, serial] = number.split('/') as [string, string, string];
    const short = `${prefix}/${year}/${Number(serial)}`;
    assert.equal(normaliseRegistrationNumber(short), number);
    assert.equal(normaliseRegistrationNumber(` ${prefix.toLowerCase()} ${year} ${serial} `), number);
    assert.equal(normaliseRegistrationNumber(`${prefix}-${year}-${serial}`), number);
    assert.equal(normaliseRegistrationNumber('nav numurs'), 'NAV NUMURS');
    for (const [typed, ip] of [
      [short, '10.7.1.1'],
      [`${prefix.toLowerCase()} ${year} ${serial}`, '10.7.1.2'],
      [`${prefix}-${year}-${Number(serial)}`, '10.7.1.3'],
    ] as const) {
      const res = await track({ number: typed, code: accessCode.toLowerCase() }, ip);
      assert.equal(res.statusCode, 200, typed);
      assert.match(res.body, /govuk-panel__title">Iesniegums reģistrēts</, typed);
      assert.ok(res.body.includes(number));
    }
    const en = await track({ number: short, code: accessCode }, '10.7.1.4', '/en/status');
    assert.match(en.body, /govuk-panel__title">Application registered</);
    // A wrong code is still refused, whatever form the number takes; the page title says there is an error
    // (what a screen reader announces first) and the summary links to the number, which keeps what was typed.
    const wrong = await track({ number: short, code: 'ABCD-2345' }, '10.7.1.5');
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.body, /<title>Kļūda: Iesnieguma statuss — /);
    assert.match(wrong.body, /<a href="#number">Reģistrācijas numurs vai piekļuves kods nav pareizs/);
    assert.match(wrong.body, /id="number-error"/);
    assert.ok(wrong.body.includes(`value="${short}"`));
    const empty = await track({ number: '', code: '' }, '10.7.1.6', '/en/status');
    assert.match(empty.body, /<title>Error: Application status — /);
    const fine = await t.app.inject({ url: '/en/status' });
    assert.match(fine.body, /<title>Application status — /);
    // The form says what an access code looks like.
    const form = await t.app.inject({ url: '/statuss' });
    assert.match(form.body, /8 burti un cipari, piemēram, ABCD-2345/);
  });

  test('the mail greets the resident, says how to follow the application and names places as the site does', () => {
    const facts = {
      caseId: 1,
      registrationNumber: 'ILN/2026/000042',
      serviceName: { lv: 'Pabalsts', en: 'Benefit' },
      dueOn: '2026-12-14',
      message: 'Izziņa par ienākumiem',
      centre: { name: { lv: 'Subates pakalpojumu centrs', en: 'Subate service centre' }, address: 'Subate' },
      trackUrl: 'https://pietura.example/statuss',
      municipality: { lv: 'Ilūkstes novada pašvaldība', en: 'Ilūkste Municipality' },
    };
    const lv = composeCaseMail('registered', 'lv', facts);
    assert.match(lv.text, /^Labdien!\n\nJūsu iesniegums „Pabalsts” reģistrēts ar numuru ILN\/2026\/000042\./);
    assert.match(lv.text, /Atbildi sniegsim līdz 14\.12\.2026\.\n/);
    assert.match(lv.text, /Iesnieguma gaitai varat sekot vietnē https:\/\/pietura\.example\/statuss,/);
    const info = composeCaseMail('info_requested', 'lv', facts);
    assert.match(
      info.text,
      /Atbildi varat nosūtīt tiešsaistē vietnē https:\/\/pietura\.example\/statuss \(.*„Atbildēt tiešsaistē”\), iesniegt jebkurā pakalpojumu centrā vai nosūtīt pa pastu, norādot iesnieguma numuru ILN\/2026\/000042\./,
    );
    const enInfo = composeCaseMail('info_requested', 'en', {
      ...facts,
      trackUrl: 'https://pietura.example/en/status',
    });
    assert.match(
      enInfo.text,
      /You can answer online at https:\/\/pietura\.example\/en\/status \(.*‘Answer online’\), at any service centre or by post, giving the registration number ILN\/2026\/000042\./,
    );
    const ready = composeCaseMail('result_ready', 'lv', facts);
    assert.match(ready.text, /Rezultātu varat saņemt: Subates pakalpojumu centrs, Subate\./);
    const en = composeCaseMail('registered', 'en', {
      ...facts,
      trackUrl: 'https://pietura.example/en/status',
    });
    assert.match(en.text, /^Hello,\n\nYour application ‘Benefit’ has been registered as ILN\/2026\/000042\./);
    assert.match(en.text, /We will answer by 14 December 2026\./);
    const enReady = composeCaseMail('result_ready', 'en', facts);
    assert.match(
      enReady.text,
      /You can collect it at Subate service centre, Subate\. Bring an identity document\./,
    );
    for (const event of [
      'registered',
      'info_requested',
      'forwarded',
      'result_ready',
      'result_issued',
    ] as const) {
      for (const lang of ['lv', 'en'] as const) {
        const m = composeCaseMail(event, lang, facts);
        assert.doesNotMatch(
          m.text,
          /klientu apkalpošanas|klientu centr|customer service|Lietas gaitu|"/,
          `${event} ${lang}`,
        );
        // Who writes, in the mail's language, without reading the sender address.
        assert.ok(
          m.text.endsWith(
            lang === 'lv'
              ? '\n\nAr cieņu\nIlūkstes novada pašvaldība\n'
              : '\n\nKind regards,\nIlūkste Municipality\n',
          ),
          `${event} ${lang}: ${m.text}`,
        );
      }
    }
  });

  test('the receipt of an application sent online has no dangling dash for the centre', () => {
    const c = {
      registrationNumber: 'ILN/2026/000042',
      receivedOn: '2026-11-30',
      dueOn: '2026-12-14',
      service: { name: { lv: 'Pabalsts', en: 'Benefit' } },
      channelIn: 'portal',
      centreIn: null,
      delivery: { channel: 'download', centre: null },
    } as unknown as CaseView;
    const lv = receiptRows(c, 'lv', 'ABCD-2345');
    assert.equal(lv.find((r) => r.key === 'Kā saņemts')?.value, 'Portālā');
    const en = receiptRows(c, 'en', 'ABCD-2345');
    assert.equal(en.find((r) => r.key === 'How it was received')?.value, 'Portal');
  });

  test('a whole-number question is not given a fraction as its example', () => {
    const people = {
      code: 'people',
      type: 'number' as const,
      label: { lv: 'Cik cilvēku?', en: 'How many people?' },
      required: true,
      integer: true,
    };
    assert.equal(
      answerProblemMessage('lv', people, 'not_a_number'),
      'Laukā „Cik cilvēku?” ievadiet veselu skaitli, piemēram, 3',
    );
    assert.equal(
      answerProblemMessage('en', people, 'not_a_number'),
      '‘How many people?’ must be a whole number, like 3',
    );
    const income = { ...people, integer: false };
    assert.match(answerProblemMessage('lv', income, 'not_a_number'), /12 vai 12,5/);
  });

  test('the link to come back later is dated in the language of the mail', async () => {
    for (const [lang, ip] of [
      ['lv', '10.7.2.1'],
      ['en', '10.7.2.2'],
    ] as const) {
      const r = new Resident(t.app, ip);
      const b = lang === 'lv' ? base : `/en/services/${code}/apply`;
      await r.get(b);
      await r.follow(await r.post(b, {}));
      await r.get(`${b}/${lang === 'lv' ? 'saglabat' : 'save'}`);
      await r.post(`${b}/${lang === 'lv' ? 'saglabat' : 'save'}`, { email: 'anna@example.lv' });
      const [mail] = await query<{ body: string }>(
        t.database.db,
        sql`SELECT body_text AS body FROM outbox_message WHERE event_key LIKE 'draft:%' ORDER BY id DESC LIMIT 1`,
      );
      if (lang === 'lv') assert.match(mail!.body, /\(derīga līdz \d{2}\.\d{2}\.\d{4}\.\):/);
      else assert.match(mail!.body, /\(it works until \d{1,2} [A-Z][a-z]+ \d{4}\):/);
    }
  });
});

/** Every .ts/.tsx file under src, as [path relative to src, its text]. */
function sourceFiles(): [string, string][] {
  const root = join(import.meta.dirname, '../../src');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(root, f), 'utf8')]);
}

/** The string literals given as `en:` values (single, double or back quotes, over lines), with where they start. */
function englishValues(file: string, source: string): { at: string; value: string }[] {
  const values: { at: string; value: string }[] = [];
  for (const m of source.matchAll(/\ben:\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)/g)) {
    const line = source.slice(0, m.index).split('\n').length;
    values.push({ at: `${file}:${line}`, value: m[1]!.slice(1, -1) });
  }
  return values;
}

test('English text anywhere in src quotes with ‘…’, never “…”, „…” or "…" (style guide)', () => {
  const files = sourceFiles();
  // “ (U+201C) is no quote of either language: English quotes ‘…’, Latvian „…” (U+201E, U+201D). So no line of
  // src has it, whatever module, whichever side of a message table, demo data or a helper's argument it is in.
  const curly = files.flatMap(([f, source]) =>
    source
      .split('\n')
      .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
      .filter(({ line }) => line.includes('“'))
      .map(({ at }) => at),
  );
  assert.deepEqual(curly, []);
  // Every English message (an `en:` value, in every module) quotes with ‘…’: not with the Latvian „…” nor with
  // straight double quotes around words.
  const english = files.flatMap(([f, source]) => englishValues(f, source));
  assert.ok(
    english.length > 1000,
    `only ${english.length} English values found: is the pattern still right?`,
  );
  const wrong = english
    .filter(({ value }) => /[„“”]|"[^"]*"/.test(value))
    .map(({ at, value }) => `${at}: ${value}`);
  assert.deepEqual(wrong, []);

  const field = {
    code: 'n',
    type: 'number',
    label: { lv: 'Skaits', en: 'How many' },
    required: true,
  } as FormField;
  assert.equal(answerProblemMessage('en', field, 'required'), 'Enter ‘How many’');
  assert.equal(errorText('en', 'file_empty', { file: 'a.pdf' }), 'The file ‘a.pdf’ is empty');
  // Staff pages too: the centres' and the standards' messages that name a field.
  assert.equal(centreErrorMessage('en', 'required', 'note-lv'), 'Fill in ‘Note (Latvian)’');
  assert.equal(centreErrorMessage('lv', 'required', 'note-lv'), 'Aizpildiet lauku „Piezīme (latviski)”');
});
