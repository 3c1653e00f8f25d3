import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../src/db/connection';
import { category, serviceVersion } from '../../src/db/schema';
import { type CpsvDocument, exportCatalogue } from '../../src/modules/catalogue/cpsv/export';
import { importCatalogue } from '../../src/modules/catalogue/cpsv/import';
import { canonicalNQuads } from '../../src/modules/catalogue/cpsv/rdf';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import { todayInRiga } from '../../src/platform/calendar/days';
import { freshDatabase } from '../helpers/db';
import { completed } from './editor';
import { examplesDir } from './examples';
import { validateAgainstStandard } from './standard';

const DIR = examplesDir();
const skip =
  !DIR && 'the CPSV-AP examples (../shared/standards/cpsv-ap-examples) are not beside this checkout';
const FILES = [
  '01-eu-semic-taxonweb.jsonld',
  '04-it-trento.jsonld',
  '05-no-skjenkebevilling.jsonld',
  '06-be-vl-lpdc-instance.jsonld',
  '07-nl-heusden.jsonld',
  '08-at-wien.jsonld',
];
const BASE = 'http://localhost:3000';
const AUTHORITY = 'http://publications.europa.eu/resource/authority/';
const NORWAY = 'https://data.norge.no/vocabulary/service-channel-type#';
const editor: Actor = { kind: 'system', id: 0, name: 'editor', grants: [{ role: 'editor' }] };

type Node = { '@id': string; '@type'?: string | string[] } & Record<string, unknown>;

const opened: Database[] = [];
let exported: CpsvDocument;
let byId: Map<string, Node>;
/** The source IRI of each service, by its code. */
const sources = new Map<string, string>();

after(async () => {
  for (const d of opened) await d.close();
});

async function emptyDatabase(): Promise<Database> {
  const database = await freshDatabase();
  opened.push(database);
  return database;
}

before(async () => {
  if (skip) return;
  const source = await emptyDatabase();
  for (const file of FILES) {
    const result = await importCatalogue(
      source.db,
      readFileSync(resolve(DIR!, 'shacl-valid', file), 'utf8'),
      undefined,
      null,
      {
        fileName: file,
      },
    );
    assert.ok(result.ok, file);
  }
  await source.db.insert(category).values({ code: 'citi', name: { lv: 'Citi', en: 'Other' }, sort: 1 });
  const drafts = await source.db.select().from(serviceVersion);
  assert.equal(drafts.length, 8);
  for (const v of drafts) {
    const [code] = (await standards.listStandards(source.db, editor, {})).filter(
      (s) => s.serviceId === v.serviceId,
    );
    const head: Actor = {
      kind: 'system',
      id: 0,
      name: 'head',
      grants: [{ role: 'head', unit: code!.ownerCode }],
    };
    sources.set(code!.code, v.sourceIri!);
    assert.ok(await standards.saveDraft(source.db, editor, code!.code, v.version, completed(v, code!.code)));
    await standards.changeCategory(source.db, editor, code!.code, 'citi');
    await standards.submitForReview(source.db, editor, code!.code, v.version);
    await standards.approve(source.db, head, code!.code, v.version, todayInRiga());
  }
  exported = await exportCatalogue(source.db, BASE);
  byId = new Map((exported['@graph'] as Node[]).map((n) => [n['@id'], n]));
});

const refs = (n: Node | undefined, key: string) => (n?.[key] as string[] | undefined) ?? [];
const serviceOf = (code: string) => byId.get(`${BASE}/id/service/${code}`)!;
const costs = (code: string) => refs(serviceOf(code), 'PublicService.hasCost').map((iri) => byId.get(iri)!);
const channels = (code: string) =>
  refs(serviceOf(code), 'PublicService.hasChannel').map((iri) => byId.get(iri)!);
const authorityPlaces = (code: string) =>
  refs(
    byId.get(refs(serviceOf(code), 'PublicService.hasCompetentAuthority')[0]!),
    'PublicOrganization.spatial',
  );
const codeOf = (source: RegExp) => [...sources].find(([, iri]) => source.test(iri))![0];

test("the six publishers' files, completed by an editor and approved, export with every service and its source IRI", {
  skip,
}, () => {
  assert.equal(sources.size, 8);
  for (const [code, iri] of sources) {
    assert.deepEqual(serviceOf(code)['dct:source'], { '@id': iri }, code);
  }
});

test('the export of the six files conforms to the CPSV-AP 3.2.0 shapes', { skip }, async () => {
  const violations = await validateAgainstStandard(exported);
  assert.deepEqual(violations, [], violations.map((v) => JSON.stringify(v)).join('\n'));
});

test('costs as the files gave them: NOK stays NOK; costs without an amount stay without one (never 0); none stays none', {
  skip,
}, () => {
  const norway = codeOf(/exOffentligTjeneste\.ttl$/);
  const [fee] = costs(norway);
  assert.equal(Number(fee!['Cost.hasValue']), 0.51);
  assert.equal(fee!['Cost.currency'], `${AUTHORITY}currency/NOK`);

  const trento = codeOf(/p_TN_1519$/);
  assert.equal(costs(trento).length, 2);
  assert.ok(costs(trento).every((c) => c['Cost.hasValue'] === undefined));
  assert.equal(serviceOf(trento)['pietura:feeKind'], 'not_stated');

  const flanders = codeOf(/ipdc/);
  assert.equal(costs(flanders).length, 1);
  assert.equal(costs(flanders)[0]!['Cost.hasValue'], undefined);

  const vienna = codeOf(/cefat4cities/);
  assert.deepEqual(costs(vienna), [], 'the file names no cost: none is made up');
  assert.equal(serviceOf(vienna)['pietura:feeKind'], 'not_stated');
});

test("channels as the files gave them: Norway's four with their types, the SEMIC example's EU com-channel code as the portal", {
  skip,
}, () => {
  const norway = codeOf(/exOffentligTjeneste\.ttl$/);
  assert.deepEqual(
    channels(norway)
      .map((c) => [String(c['Channel.type']).replace(NORWAY, ''), c['pietura:kind']])
      .sort(),
    [
      ['e-mail', 'email'],
      ['online-service', 'portal'],
      ['service-bureau', 'in_person'],
      ['telephone', 'telephone'],
    ],
  );
  const [web] = channels(codeOf(/publicService1$/));
  assert.equal(web!['Channel.type'], 'http://data.europa.eu/snb/com-channel/b37115f83e');
  assert.equal(web!['pietura:kind'], 'portal');
});

test('each foreign authority keeps its own places: none is placed in Latvia', { skip }, () => {
  assert.deepEqual(authorityPlaces(codeOf(/cefat4cities/)), [`${AUTHORITY}atu/AUT_GBK_VIE05`]);
  assert.deepEqual(authorityPlaces(codeOf(/exOffentligTjeneste\.ttl$/)), [`${AUTHORITY}country/NOR`]);
  assert.deepEqual(authorityPlaces(codeOf(/heusden/)), [`${AUTHORITY}country/NLD`]);
  assert.deepEqual(authorityPlaces(codeOf(/publicService1$/)), [`${AUTHORITY}atu/BEL`]);
  assert.ok(
    authorityPlaces(codeOf(/ipdc/)).every((p) => p.startsWith('http://data.europa.eu/nuts/code/BE')),
    'the Flemish authority, which the file does not describe, covers the places of its service',
  );
  assert.ok(!JSON.stringify(exported).includes(`${AUTHORITY}country/LVA`));
});

test('round trip of the six files: export → import into an empty database → export gives the same graph', {
  skip,
}, async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, exported);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 5)));
  assert.deepEqual(
    result.services.filter((s) => s.outcome !== 'published').map((s) => [s.code, s.todo]),
    [],
  );
  const [before, after] = [
    await canonicalNQuads(exported),
    await canonicalNQuads(await exportCatalogue(target.db, BASE)),
  ];
  const [linesBefore, linesAfter] = [new Set(before.split('\n')), new Set(after.split('\n'))];
  assert.deepEqual(
    {
      missing: [...linesBefore].filter((l) => !linesAfter.has(l)),
      extra: [...linesAfter].filter((l) => !linesBefore.has(l)),
    },
    { missing: [], extra: [] },
  );
});
