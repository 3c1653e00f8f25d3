import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { query } from '../../src/db/connection';
import { PDF } from '../cases/http-helpers';
import { type TestApp, testApp } from '../helpers/app';
import { Resident, serviceWithForm, TEST_FORM } from './helpers';

let t: TestApp;
let code: string;
let base: string;
before(async () => {
  t = await testApp();
  code = await serviceWithForm(t.database.db);
  base = `/pakalpojumi/${code}/pieteikties`;
});
after(() => t.close());

/** The person filling in: the representative. */
const FILLER = {
  name: 'Pēteris Ozols',
  personalCode: '320000-00777',
  email: 'peteris@example.lv',
  phone: '',
  postalAddress: '',
};
const REPRESENTED = {
  representedName: 'Marta Ozola',
  representedCode: '32000000555',
  basis: 'legal_representative',
};

let ips = 0;
/** A resident through the form's pages, to the question of who the application is for. */
async function atForWhom(en = false): Promise<{ r: Resident; b: string }> {
  const r = new Resident(t.app, `10.8.0.${++ips}`);
  const b = en ? `/en/services/${code}/apply` : base;
  await r.get(b);
  await r.follow(await r.post(b, {}));
  await r.post(`${b}/pamatinfo`, { reason: 'Pabalsts', has_children: 'yes', children_count: '1' });
  await r.upload(`${b}/dokumenti`, {}, [{ field: 'proof', filename: 'a.pdf', bytes: PDF }]);
  return { r, b };
}

async function caseOf(number: string) {
  const [row] = await query<{
    id: number;
    applicant: string;
    applicantCode: string;
    applicantEmail: string | null;
    representative: string | null;
    representativeCode: string | null;
    basis: string | null;
  }>(
    t.database.db,
    sql`SELECT c.id, a.name AS applicant, a.personal_code AS "applicantCode", a.email AS "applicantEmail",
          r.name AS representative, r.personal_code AS "representativeCode", c.representation_basis AS basis
        FROM case_file c JOIN party a ON a.id = c.applicant_id LEFT JOIN party r ON r.id = c.representative_id
        WHERE c.registration_number = ${number}`,
  );
  assert.ok(row, number);
  return row;
}

async function mailsOf(caseId: number) {
  return query<{ recipient: string; subject: string; text: string }>(
    t.database.db,
    sql`SELECT recipient, subject, body_text AS text FROM outbox_message WHERE case_id = ${caseId} ORDER BY id`,
  );
}

const numberOf = (body: string) => /<strong>([A-Z0-9/-]+)<\/strong>/.exec(body)![1]!;

describe('applying for someone else', () => {
  test('the start page says what someone applying for another person needs: their name, personal code and the basis (found by review)', async () => {
    const lv = await t.app.inject({ method: 'GET', url: base });
    assert.match(
      lv.body,
      /<li>ja piesakāties citas personas vārdā, arī tās vārds, uzvārds un personas kods un tas, uz kāda pamata jūs to pārstāvat \(piemēram, pilnvara — tad arī tās kopija datnē\)<\/li>/,
    );
    const en = await t.app.inject({ method: 'GET', url: `/en/services/${code}/apply` });
    assert.match(
      en.body,
      /<li>if you are applying for someone else, also their name and personal code, and on what basis you represent them \(for example, a power of attorney — then also a copy of it as a file\)<\/li>/,
    );
  });

  test('a full journey for someone else files the represented person as applicant, the filler as representative with the basis', async () => {
    const { r } = await atForWhom();
    const forWhom = await r.get(`${base}/kam`);
    assert.match(forWhom.body, /<h1 class="govuk-fieldset__heading">Kura vārdā jūs piesakāties\?<\/h1>/);
    assert.match(forWhom.body, /Citas personas vārdā \(kā tās pārstāvis\)/);
    const applicant = await r.follow(await r.post(`${base}/kam`, { applyingFor: 'other' }));
    assert.match(applicant.body, /<h1 class="govuk-heading-l">Jūsu kā pārstāvja dati<\/h1>/);
    assert.match(applicant.body, /Norādiet savus datus, nevis tās personas datus/);
    const represented = await r.follow(await r.post(`${base}/pieteicejs`, FILLER));
    assert.match(represented.body, /Persona, kuru pārstāvat/);
    assert.match(
      represented.body,
      /href="\/pakalpojumi\/[^"]+\/pieteikties\/pieteicejs" class="govuk-back-link"/,
    );
    const delivery = await r.follow(await r.post(`${base}/parstavamais`, REPRESENTED));
    assert.match(
      delivery.body,
      /href="\/pakalpojumi\/[^"]+\/pieteikties\/parstavamais" class="govuk-back-link"/,
    );
    const check = await r.follow(await r.post(`${base}/sanemsana`, { delivery: 'email' }));
    assert.match(check.body, /Citas personas vārdā \(kā tās pārstāvis\)/);
    assert.match(check.body, /Marta Ozola/);
    assert.match(check.body, /320000-00555/, 'the code is kept with its hyphen');
    assert.match(check.body, /Likumiskais pārstāvis \(vecāks, aizbildnis\)/);
    assert.match(check.body, /Jūsu kā pārstāvja dati/);
    assert.match(
      check.body,
      /man ir tiesības pārstāvēt norādīto personu/,
      'the declaration covers acting for them',
    );
    assert.ok(check.body.includes(`href="${base}/parstavamais?from=check"`));
    assert.ok(check.body.includes(`href="${base}/kam?from=check"`));
    const done = await r.follow(await r.post(`${base}/parbaude`, { declaration: 'yes' }));
    assert.match(done.body, /Iesniegums iesniegts/);
    assert.match(
      done.body,
      /Pārstāvētā persona: <strong>Marta Ozola<\/strong>/,
      'the confirmation names the person',
    );
    const c = await caseOf(numberOf(done.body));
    assert.equal(c.applicant, 'Marta Ozola');
    assert.equal(c.applicantCode, '32000000555');
    assert.equal(c.applicantEmail, null, "the filler's contacts are not the represented person's");
    assert.equal(c.representative, 'Pēteris Ozols');
    assert.equal(c.representativeCode, '32000000777');
    assert.equal(c.basis, 'Likumiskais pārstāvis (vecāks, aizbildnis)');
    const mails = await mailsOf(c.id);
    assert.deepEqual(
      mails.map((m) => m.recipient),
      ['peteris@example.lv'],
    );
    assert.match(
      mails[0]!.text,
      /Atbildi sniegsim līdz [\d.]+\n\nPārstāvētā persona: Marta Ozola\n\nIesnieguma gaitai/,
    );
  });

  test('in English, with another basis: the basis is the text typed and the mail is in English to the representative', async () => {
    const { r, b } = await atForWhom(true);
    await r.follow(await r.post(`${b}/for-whom`, { applyingFor: 'other' }));
    const represented = await r.follow(
      await r.post(`${b}/applicant`, { ...FILLER, personalCode: '320000-00778', email: 'rep.en@example.lv' }),
    );
    assert.match(represented.body, /The person you are applying for/);
    assert.match(represented.body, /On what basis do you represent this person\?/);
    const res = await r.post(`${b}/represented-person`, {
      representedName: 'John Smith',
      representedCode: '320000-00556',
      basis: 'other',
      basisOther: '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#basisOther"[^>]*>Describe the basis on which you represent this person/);
    assert.match(res.body, /value="John Smith"/);
    assert.match(res.body, /value="320000-00556"/);
    await r.follow(
      await r.post(`${b}/represented-person`, {
        representedName: 'John Smith',
        representedCode: '320000-00556',
        basis: 'other',
        basisOther: 'Court decision No. 12',
      }),
    );
    const check = await r.follow(await r.post(`${b}/delivery`, { delivery: 'email' }));
    assert.match(check.body, /Other: Court decision No\. 12/);
    assert.match(check.body, /I have the right to represent the person named/);
    const done = await r.follow(await r.post(`${b}/check`, { declaration: 'yes' }));
    const c = await caseOf(numberOf(done.body));
    assert.equal(c.applicant, 'John Smith');
    assert.equal(c.representative, 'Pēteris Ozols');
    assert.equal(c.basis, 'Court decision No. 12');
    const mails = await mailsOf(c.id);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.recipient, 'rep.en@example.lv');
    assert.doesNotMatch(mails[0]!.subject, /[āēīūčšžņļķģ]/i, `an English subject: ${mails[0]!.subject}`);
    assert.match(
      mails[0]!.text,
      /We will answer by [^\n]+\.\n\nThe person you applied for: John Smith\n\nFollow your application/,
    );
  });

  test('the text of another basis is revealed only when ‘Other’ is chosen, with the journey’s script; without it the hint says when (found by review: it was always shown)', async () => {
    const { r } = await atForWhom();
    await r.post(`${base}/kam`, { applyingFor: 'other' });
    await r.post(`${base}/pieteicejs`, FILLER);
    const page = await r.get(`${base}/parstavamais`);
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /<div data-show-when="basis" data-show-when-values="other">\s*<div class="govuk-form-group[^"]*">\s*<label class="govuk-label" for="basisOther">/,
    );
    assert.match(page.body, /<script type="module" src="\/assets\/js\/form-conditions\.js"><\/script>/);
    assert.match(page.body, /Tikai, ja izvēlējāties „Cits”/);
    // Said to a man or a woman alike: no participle that has a gender (‘būsiet norādīts’).
    assert.match(
      page.body,
      /Iesniegumu reģistrēsim šīs personas vārdā, un jūs tajā norādīsim kā tās pārstāvi\./,
    );
  });

  test('a missing or invalid code, no basis, or no text for Other give a 400 page with linked errors and the values kept', async () => {
    const { r } = await atForWhom();
    await r.post(`${base}/kam`, { applyingFor: 'other' });
    await r.post(`${base}/pieteicejs`, FILLER);
    let res = await r.post(`${base}/parstavamais`, { representedName: 'Marta Ozola', representedCode: '' });
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /href="#representedCode"[^>]*>Aizpildiet lauku „Pārstāvamās personas personas kods”/,
    );
    assert.match(res.body, /href="#basis"[^>]*>Izvēlieties, uz kāda pamata pārstāvat šo personu/);
    assert.match(res.body, /value="Marta Ozola"/);
    res = await r.post(`${base}/parstavamais`, { ...REPRESENTED, representedCode: '123456-1234' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#representedCode"[^>]*>Ievadiet derīgu pārstāvamās personas personas kodu/);
    assert.match(res.body, /value="123456-1234"/);
    assert.match(res.body, /id="basis-2"[^>]*checked/, 'the basis chosen stays chosen');
    res = await r.post(`${base}/parstavamais`, { ...REPRESENTED, basis: 'other', basisOther: ' ' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#basisOther"[^>]*>Aprakstiet, uz kāda pamata pārstāvat šo personu/);
    assert.match(res.body, /id="basis-3"[^>]*checked/);
    // Nothing of it was saved: check your answers sends the resident back to this page.
    const check = await r.get(`${base}/parbaude`);
    assert.ok(check.body.includes(`href="${base}/parstavamais?from=check"`));
    assert.equal((await r.post(`${base}/parbaude`, { declaration: 'yes' })).statusCode, 400);
  });

  test('the same person both ways is refused on the represented person’s code, with the values kept', async () => {
    const { r } = await atForWhom();
    await r.post(`${base}/kam`, { applyingFor: 'other' });
    await r.post(`${base}/pieteicejs`, FILLER);
    const res = await r.post(`${base}/parstavamais`, {
      ...REPRESENTED,
      representedName: 'Pēteris Ozols',
      representedCode: '32000000777',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#representedCode"[^>]*>Šis ir jūsu pašu personas kods/);
    assert.match(res.body, /value="32000000777"/);
    assert.match(res.body, /value="Pēteris Ozols"/);
    // Changing one's own code afterwards to the represented person's is caught before sending.
    await r.post(`${base}/parstavamais`, REPRESENTED);
    await r.post(`${base}/pieteicejs`, { ...FILLER, personalCode: '320000-00555' });
    await r.post(`${base}/sanemsana`, { delivery: 'email' });
    const sent = await r.post(`${base}/parbaude`, { declaration: 'yes' });
    assert.equal(sent.statusCode, 400);
    assert.match(sent.body, /href="[^"]*\/parstavamais\?from=check"[^>]*>Šis ir jūsu pašu personas kods/);
  });

  test('a resumed draft keeps the choice and the represented person; choosing oneself forgets them', async () => {
    const { r } = await atForWhom();
    await r.post(`${base}/kam`, { applyingFor: 'other' });
    await r.post(`${base}/pieteicejs`, FILLER);
    await r.post(`${base}/parstavamais`, REPRESENTED);
    const saved = await r.post(`${base}/saglabat`, { email: 'peteris@example.lv' });
    assert.equal(saved.statusCode, 200);
    const [mail] = await query<{ body: string }>(
      t.database.db,
      sql`SELECT body_text AS body FROM outbox_message WHERE event_key LIKE 'draft:%:resume:%' ORDER BY id DESC LIMIT 1`,
    );
    const link = /https?:\/\/\S+\/turpinat\/\S+/.exec(mail!.body)![0]!;
    const other = new Resident(t.app, '10.8.1.1');
    const resumed = await other.get(new URL(link).pathname);
    assert.equal(resumed.statusCode, 303);
    const forWhom = await other.get(`${base}/kam`);
    assert.match(forWhom.body, /value="other"[^>]*checked/);
    const represented = await other.get(`${base}/parstavamais`);
    assert.match(represented.body, /value="Marta Ozola"/);
    assert.match(represented.body, /value="320000-00555"/);
    assert.match(represented.body, /id="basis-2"[^>]*checked/);
    const applicant = await other.get(`${base}/pieteicejs`);
    assert.match(applicant.body, /value="Pēteris Ozols"/);
    // Myself: the represented person's page is no longer a step, and what was typed on it is gone.
    const back = await other.post(`${base}/kam`, { applyingFor: 'self' });
    assert.equal(back.headers.location, `${base}/pieteicejs`);
    assert.equal((await other.get(`${base}/parstavamais`)).headers.location, `${base}/kam`);
    const check = await other.follow(await other.post(`${base}/sanemsana`, { delivery: 'email' }));
    assert.doesNotMatch(check.body, /Marta Ozola/);
    assert.match(check.body, /<dd class="govuk-summary-list__value">Savā vārdā<\/dd>/);
  });

  test('a power of attorney needs its copy: refused without one, checked from its bytes, shown, removable and filed with the case', async () => {
    const { r } = await atForWhom();
    await r.follow(await r.post(`${base}/kam`, { applyingFor: 'other' }));
    const page = await r.follow(await r.post(`${base}/pieteicejs`, FILLER));
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(
      page.body,
      /<label class="govuk-label govuk-label--s" for="_representation">Pārstāvību apliecinošs dokuments<\/label>/,
    );
    assert.match(page.body, /Ja pārstāvat ar pilnvaru, tā jāpievieno/);
    const attorney = { ...REPRESENTED, basis: 'power_of_attorney' };
    let res = await r.post(`${base}/parstavamais`, attorney);
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /href="#_representation"[^>]*>Pievienojiet pilnvaras kopiju vai izvēlieties citu pārstāvības pamatu/,
    );
    assert.match(res.body, /value="Marta Ozola"/, 'what was typed is kept');
    assert.match(res.body, /id="basis"[^>]*checked/, 'the basis chosen stays chosen');
    res = await r.upload(`${base}/parstavamais`, attorney, [
      { field: '_representation', filename: 'pilnvara.pdf', bytes: Buffer.from('only text, no PDF') },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /href="#_representation"[^>]*>Failu „pilnvara.pdf” nevar pievienot: tā saturs nav atļauta veida/,
    );
    assert.doesNotMatch(
      res.body,
      /<dt class="govuk-summary-list__key">pilnvara.pdf/,
      'a refused file is not kept',
    );
    const delivery = await r.follow(
      await r.upload(`${base}/parstavamais`, attorney, [
        { field: '_representation', filename: 'pilnvara.pdf', bytes: PDF },
      ]),
    );
    assert.match(delivery.body, /Kā vēlaties saņemt rezultātu/);
    const back = await r.get(`${base}/parstavamais`);
    assert.match(back.body, /<dt class="govuk-summary-list__key">pilnvara.pdf<\/dt>/);
    const removeId = /name="remove" value="(\d+)"/.exec(back.body)![1]!;
    // Removed, the copy is missing again: the check page sends the resident back to it.
    await r.follow(await r.post(`${base}/parstavamais`, { remove: removeId }));
    await r.post(`${base}/sanemsana`, { delivery: 'email' });
    res = await r.post(`${base}/parbaude`, { declaration: 'yes' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="[^"]*\/parstavamais[^"]*"[^>]*>Pievienojiet pilnvaras kopiju/);
    await r.upload(`${base}/parstavamais`, attorney, [
      { field: '_representation', filename: 'pilnvara-2.pdf', bytes: PDF },
    ]);
    const check = await r.get(`${base}/parbaude`);
    assert.match(
      check.body,
      /Pārstāvību apliecinošs dokuments<\/dt>\s*<dd class="govuk-summary-list__value">pilnvara-2.pdf<\/dd>/,
    );
    const done = await r.follow(await r.post(`${base}/parbaude`, { declaration: 'yes' }));
    const c = await caseOf(numberOf(done.body));
    assert.equal(c.basis, 'Pilnvara');
    const documents = await query<{ filename: string }>(
      t.database.db,
      sql`SELECT filename FROM case_document WHERE case_id = ${c.id} ORDER BY id`,
    );
    assert.deepEqual(
      documents.map((d) => d.filename),
      ['a.pdf', 'pilnvara-2.pdf'],
    );
  });

  test('a proof sent for someone the resident then applies for as themselves is not filed', async () => {
    const { r } = await atForWhom();
    await r.follow(await r.post(`${base}/kam`, { applyingFor: 'other' }));
    await r.post(`${base}/pieteicejs`, FILLER);
    const sent = await r.upload(`${base}/parstavamais`, { ...REPRESENTED, basis: 'power_of_attorney' }, [
      { field: '_representation', filename: 'pilnvara.pdf', bytes: PDF },
    ]);
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    const proofs = () =>
      query<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM draft_file WHERE field_code = '_representation' AND filename = 'pilnvara.pdf'`,
      ).then((rows) => rows[0]!.n);
    assert.equal(await proofs(), 1, 'the proof is kept in the draft');
    await r.post(`${base}/kam?from=check`, { applyingFor: 'self' });
    assert.equal(await proofs(), 0, 'for oneself, another person’s power of attorney is not kept');
    await r.post(`${base}/sanemsana`, { delivery: 'email' });
    const done = await r.follow(await r.post(`${base}/parbaude`, { declaration: 'yes' }));
    const c = await caseOf(numberOf(done.body));
    assert.equal(c.representative, null);
    const documents = await query<{ filename: string }>(
      t.database.db,
      sql`SELECT filename FROM case_document WHERE case_id = ${c.id} ORDER BY id`,
    );
    assert.deepEqual(
      documents.map((d) => d.filename),
      ['a.pdf'],
    );
  });

  test('for oneself the case has no representative, as before', async () => {
    const { r } = await atForWhom();
    await r.follow(await r.post(`${base}/kam`, { applyingFor: 'self' }));
    const delivery = await r.follow(await r.post(`${base}/pieteicejs`, FILLER));
    assert.match(delivery.body, /Kā vēlaties saņemt rezultātu/);
    assert.match(
      delivery.body,
      /href="\/pakalpojumi\/[^"]+\/pieteikties\/pieteicejs" class="govuk-back-link"/,
    );
    const check = await r.follow(await r.post(`${base}/sanemsana`, { delivery: 'email' }));
    assert.match(check.body, /Apliecinu, ka sniegtā informācija ir patiesa</);
    const done = await r.follow(await r.post(`${base}/parbaude`, { declaration: 'yes' }));
    assert.match(done.body, /Jūsu piekļuves kods/);
    assert.doesNotMatch(done.body, /Pārstāvētā persona/);
    const c = await caseOf(numberOf(done.body));
    assert.equal(c.applicant, 'Pēteris Ozols');
    assert.equal(c.representative, null);
    assert.equal(c.basis, null);
    const mails = await mailsOf(c.id);
    assert.deepEqual(
      mails.map((m) => m.recipient),
      ['peteris@example.lv'],
    );
    assert.doesNotMatch(mails[0]!.text, /Pārstāvētā persona|\u2063/, 'no line for oneself, no marker left');
    assert.match(mails[0]!.text, /Atbildi sniegsim līdz [\d.]+\n\nIesnieguma gaitai/);
  });
});

describe('applying for someone else: the proof counts among the files a case takes', () => {
  let app: TestApp;
  let url: string;
  before(async () => {
    app = await testApp();
    const form = structuredClone(TEST_FORM);
    form.pages[1]!.fields[0] = { ...form.pages[1]!.fields[0]!, maxFiles: 10 };
    url = `/pakalpojumi/${await serviceWithForm(app.database.db, form)}/pieteikties`;
  });
  after(() => app.close());

  test('ten files of the form and a power of attorney: the eleventh is refused with the reason, not at sending', async () => {
    const r = new Resident(app.app, '10.8.1.1');
    await r.get(url);
    await r.follow(await r.post(url, {}));
    await r.post(`${url}/pamatinfo`, { reason: 'Pabalsts', has_children: 'yes', children_count: '1' });
    const ten = Array.from({ length: 10 }, (_, i) => ({
      field: 'proof',
      filename: `izzina-${i}.pdf`,
      bytes: PDF,
    }));
    assert.equal((await r.upload(`${url}/dokumenti`, {}, ten)).statusCode, 303);
    await r.post(`${url}/kam`, { applyingFor: 'other' });
    await r.post(`${url}/pieteicejs`, FILLER);
    const res = await r.upload(`${url}/parstavamais`, { ...REPRESENTED, basis: 'power_of_attorney' }, [
      { field: '_representation', filename: 'pilnvara.pdf', bytes: PDF },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /href="#_representation"[^>]*>Failu „pilnvara.pdf” nevar pievienot: iesniegumam var pievienot ne vairāk kā 10 failus kopā/,
    );
  });
});
