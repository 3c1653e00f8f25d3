import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { organisation, service, serviceVersion } from '../../src/db/schema';
import { importCatalogue } from '../../src/modules/catalogue/cpsv/import';
import { importTargets } from './databases';
import { examplesDir } from './examples';

const DIR = examplesDir();
const skip =
  !DIR && 'the CPSV-AP examples (../shared/standards/cpsv-ap-examples) are not beside this checkout';
const targets = importTargets();
const emptyDatabase = targets.empty;

function read(folder: string, name: string): string {
  return readFileSync(resolve(DIR!, folder, name), 'utf8');
}

/** Every service of each repaired file, whether it is published or a draft, and the items of its to-do. */
const EXPECTED: Record<string, { code: string; outcome: 'published' | 'draft'; todo: string[] }[]> = {
  '01-eu-semic-taxonweb.jsonld': [
    {
      code: 'tax-on-web',
      outcome: 'draft',
      // Its channel's type is the EU com-channel "Web" code, which migration 0020 maps to the portal.
      todo: ['category', 'latvian', 'processingTime'],
    },
  ],
  '04-it-trento.jsonld': [
    { code: 'p-tn-1519', outcome: 'draft', todo: ['category', 'channel', 'latvian', 'processingTime'] },
    { code: 'p-tn-np7', outcome: 'draft', todo: ['category', 'channel', 'latvian', 'processingTime'] },
  ],
  '05-no-skjenkebevilling.jsonld': [
    {
      code: 'https-raw-githubusercontent-com-informasjonsforvaltning-cpsv-ap-no-develop-examples-exoffentligtjene',
      outcome: 'draft',
      todo: ['category', 'latvian'],
    },
    {
      code: 'https-raw-githubusercontent-com-informasjonsforvaltning-cpsv-ap-no-develop-examples-extjenestedummy',
      outcome: 'draft',
      todo: ['category', 'latvian', 'processingTime'],
    },
  ],
  '06-be-vl-lpdc-instance.jsonld': [
    {
      code: '45769c3c-0fa0-476e-b90e-0d5f1f49355a',
      outcome: 'draft',
      todo: ['category', 'latvian', 'processingTime'],
    },
  ],
  '07-nl-heusden.jsonld': [
    { code: 'heusdenpaskindpakket', outcome: 'draft', todo: ['category', 'latvian', 'processingTime'] },
  ],
  '08-at-wien.jsonld': [
    {
      code: 'https-www-wien-gv-at-amtshelfer-finanzielles-finanzwesen-foerderung-oeffentliches-interesse-html',
      outcome: 'draft',
      todo: ['category', 'latvian', 'processingTime'],
    },
  ],
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`${file} (conforms to the 3.2.0 shapes) is imported: its services as drafts with a to-do list`, {
    skip,
  }, async () => {
    const target = await emptyDatabase();
    const result = await importCatalogue(target.db, read('shacl-valid', file), undefined, null, {
      fileName: file,
    });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 5)));
    const got = result.services.map((s) => ({
      code: s.code,
      outcome: s.outcome,
      todo: [...new Set(s.todo.map((t) => t.item))].sort(),
    }));
    assert.deepEqual(got, expected);
    for (const s of result.services) {
      const [row] = await target.db
        .select({
          status: serviceVersion.status,
          todo: serviceVersion.importTodo,
          source: serviceVersion.sourceIri,
        })
        .from(serviceVersion)
        .innerJoin(service, eq(service.id, serviceVersion.serviceId))
        .where(eq(service.code, s.code));
      assert.equal(row?.status, 'draft');
      assert.ok(row?.todo && row.todo.length > 0 && row.todo.every((t) => t.lv && t.en));
      assert.equal(row?.source, s.sourceIri);
    }
  });
}

test('the subclass of PublicService in the Flemish IPDC profile is a service; its cost without an amount is not stated', {
  skip,
}, async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, read('shacl-valid', '06-be-vl-lpdc-instance.jsonld'));
  assert.ok(result.ok);
  const [v] = await target.db.select().from(serviceVersion);
  assert.equal(v!.feeKind, 'not_stated');
  assert.equal(v!.imported?.costs.length, 1);
  assert.equal(v!.imported!.costs[0]!.amount, null);
  assert.equal(v!.legalBasis.length, 3, 'the rule and both legal resources');
  assert.equal(
    v!.legalBasis.filter((b) => b.title.lv === 'https://ipdc.be/regelgeving' && b.level === 'state').length,
    2,
    'legal resources without a title are named by their address',
  );
  assert.ok(
    (v!.unmappedTriples ?? []).some((t) => t.includes('yourEuropeCategory')),
    'unmapped triples kept',
  );
  assert.deepEqual(v!.imported?.categories.length, 2, 'every thematic area kept');
});

test("Norway's file keeps the NOK cost, every channel mapped by Norway's vocabulary, and contact points", {
  skip,
}, async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, read('shacl-valid', '05-no-skjenkebevilling.jsonld'));
  assert.ok(result.ok);
  const rows = await target.db.select().from(serviceVersion);
  const main = rows.find((r) => r.sourceIri?.endsWith('exOffentligTjeneste.ttl'))!;
  assert.equal(main.feeCurrency, 'NOK');
  assert.equal(main.feeCents, 51);
  assert.deepEqual(main.applyChannels, ['in_person', 'email', 'portal', 'telephone']);
  assert.equal(main.processingTime, 6);
  assert.ok(main.imported!.contactPoints.length > 0);
  assert.ok(result.warnings.some((w) => w.group === 'currency not euro'));
  const orgs = await target.db.select().from(organisation);
  assert.ok(
    orgs.some((o) => o.spatial?.some((p) => p.iri.endsWith('/country/NOR'))),
    "the authority's own place is kept",
  );
});

test('Vienna: events linked from the service side and the contact point are read', { skip }, async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, read('shacl-valid', '08-at-wien.jsonld'));
  assert.ok(result.ok);
  const [v] = await target.db.select().from(serviceVersion);
  assert.equal(v!.imported!.events.length, 2);
  assert.ok(v!.contact?.lv.includes('+43 1 4000-86528'));
  assert.ok(v!.imported!.contactPoints[0]!.openingHours.includes('All day, all night.'));
});

const ORIGINALS: Record<string, RegExp> = {
  '01-eu-semic-taxonweb.orig.ttl': /certicate.*|skos:Concept/,
  '01-eu-semic-taxonweb.orig.jsonld': /skos:Concept/,
  '04-it-trento.orig.jsonld': /langString/,
  '05-no-skjenkebevilling.orig.ttl': /must be a/,
  '06-be-vl-lpdc-instance.orig.ttl': /Less than 1 values/,
  '07-nl-heusden.orig.ttl': /Less than 1 values/,
  '08-at-wien.orig.ttl': /langString/,
};

for (const [file, named] of Object.entries(ORIGINALS)) {
  test(`${file} (does not conform) is refused with messages that name the problem; nothing is written`, {
    skip,
  }, async () => {
    const target = await targets.forRefusals();
    const result = await importCatalogue(target.db, read('original', file), undefined, null, {
      fileName: file,
    });
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems;
    assert.ok(problems.length > 0);
    assert.ok(problems.every((p) => p.focusNode && p.path && p.message));
    assert.ok(
      problems.some((p) => named.test(p.message)),
      problems.map((p) => p.message).join('\n'),
    );
    assert.deepEqual(await target.db.select().from(service), []);
  });
}

test('the SEMIC example conforms once its code lists are known: only its two example.com concepts remain', {
  skip,
}, async () => {
  const target = await targets.forRefusals();
  const result = await importCatalogue(
    target.db,
    read('original', '01-eu-semic-taxonweb.orig.ttl'),
    undefined,
    null,
    {
      fileName: 'x.ttl',
    },
  );
  assert.equal(result.ok, false);
  const values = result.ok ? [] : result.problems.map((p) => p.message);
  assert.equal(values.length, 2, values.join('\n'));
  assert.ok(values.every((m) => m.includes('http://example.com/')));
  assert.deepEqual(await target.db.select().from(service), []);
});
