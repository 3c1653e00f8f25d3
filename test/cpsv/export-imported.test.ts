import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/connection';
import { service, serviceVersion } from '../../src/db/schema';
import { type CpsvDocument, exportCatalogue } from '../../src/modules/catalogue/cpsv/export';
import { importCatalogue } from '../../src/modules/catalogue/cpsv/import';
import { canonicalNQuads } from '../../src/modules/catalogue/cpsv/rdf';
import { freshDatabase } from '../helpers/db';
import { validateAgainstStandard } from './standard';

const BASE = 'http://localhost:3000';
const COUNTRY = 'http://publications.europa.eu/resource/authority/country/';
const CURRENCY = 'http://publications.europa.eu/resource/authority/currency/';
const COM = 'http://data.europa.eu/snb/com-channel/';
const FIXTURES = ['costs.rdf', 'subclass-two-costs.ttl', 'eu-channels.ttl'];

type Node = { '@id': string; '@type'?: string | string[] } & Record<string, unknown>;

const opened: Database[] = [];
let source: Database;
let exported: CpsvDocument;
let byId: Map<string, Node>;

after(async () => {
  for (const d of opened) await d.close();
});

async function emptyDatabase(): Promise<Database> {
  const database = await freshDatabase();
  opened.push(database);
  return database;
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/cpsv/${name}`, import.meta.url), 'utf8');
}

const isA = (n: Node | undefined, type: string) => !!n && [n['@type']].flat().includes(type);
const refs = (n: Node, key: string) => (n[key] as string[] | undefined) ?? [];
const serviceNode = (code: string) => byId.get(`${BASE}/id/service/${code}`)!;
const costsOf = (code: string) =>
  refs(serviceNode(code), 'PublicService.hasCost').map((iri) => byId.get(iri)!);
const channelsOf = (code: string) =>
  refs(serviceNode(code), 'PublicService.hasChannel').map((iri) => byId.get(iri)!);
const placesOf = (organisation: string) =>
  refs(byId.get(`${BASE}/id/organisation/${organisation}`)!, 'PublicOrganization.spatial');

before(async () => {
  source = await emptyDatabase();
  for (const file of FIXTURES) {
    const result = await importCatalogue(source.db, fixture(file), undefined, null, { fileName: file });
    assert.ok(result.ok, JSON.stringify(result));
    assert.ok(
      result.services.every((s) => s.outcome === 'published'),
      file,
    );
  }
  exported = await exportCatalogue(source.db, BASE);
  byId = new Map((exported['@graph'] as Node[]).map((n) => [n['@id'], n]));
});

test('a file using the EU com-channel codes maps every channel by the seeded vocabulary, with no to-do', async () => {
  const [v] = await source.db
    .select()
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .where(eq(service.code, 'dzivesvietas-deklaracija-vilnius'));
  assert.equal(v!.service_version.importTodo, null);
  assert.deepEqual(v!.service_version.applyChannels, ['post', 'email', 'portal', 'telephone', 'other']);
  assert.deepEqual(
    v!.service_version.imported!.channels.map((c) => [c.type?.replace(COM, ''), c.kind]),
    [
      ['1fc1caefa8', 'email'],
      ['a1c5444664', 'other'],
      ['5c12931e3f', 'telephone'],
      ['c05134f579', 'telephone'],
      ['0c84394663', 'post'],
      ['b37115f83e', 'portal'],
    ],
  );
});

test('the export of imported services conforms to the CPSV-AP 3.2.0 shapes', async () => {
  const violations = await validateAgainstStandard(exported);
  assert.deepEqual(violations, [], violations.map((v) => JSON.stringify(v)).join('\n'));
});

test('each imported service names its source IRI (dct:source) and its publisher', () => {
  const source = (code: string) =>
    (serviceNode(code)['dct:source'] as { '@id': string } | undefined)?.['@id'];
  assert.equal(source('makskeresana'), 'https://lund.example.se/id/service/fishing');
  assert.equal(source('stavvieta'), 'https://lund.example.se/id/service/parking');
  assert.equal(source('zemes-izraktenu-atlauja'), 'https://tartu.example.ee/id/service-permit');
  assert.equal(source('dzivesvietas-deklaracija-vilnius'), 'https://vilnius.example.lt/id/service-residence');
});

test('every cost is exported as given: a cost not stated has no amount (not 0), two costs stay two, SEK stays SEK', () => {
  const fishing = costsOf('makskeresana');
  assert.equal(fishing.length, 1);
  assert.equal(fishing[0]!['Cost.hasValue'], undefined, 'a cost not stated is not made free');
  assert.equal(fishing[0]!['Cost.currency'], undefined);
  assert.equal(serviceNode('makskeresana')['pietura:feeKind'], 'not_stated');

  const [parking] = costsOf('stavvieta');
  assert.equal(Number(parking!['Cost.hasValue']), 300);
  assert.equal(parking!['Cost.currency'], `${CURRENCY}SEK`);
  assert.ok(isA(byId.get(`${CURRENCY}SEK`), 'Concept'), 'the currency is described as a skos:Concept');

  const permit = costsOf('zemes-izraktenu-atlauja');
  assert.deepEqual(permit.map((c) => [Number(c['Cost.hasValue']), c['Cost.currency']]).sort(), [
    [12.5, `${CURRENCY}EUR`],
    [40, `${CURRENCY}EUR`],
  ]);
  assert.deepEqual(
    permit.map((c) => (c['Cost.description'] as { '@value': string }[])[0]!['@value']).sort(),
    ['Parastā kārtībā', 'Steidzami'],
  );
});

test('every imported channel is exported with its own type, label and address, and the kind Pietura gave it', () => {
  const channels = channelsOf('dzivesvietas-deklaracija-vilnius');
  assert.equal(channels.length, 6, 'both telephone channels are kept');
  const byType = new Map(channels.map((c) => [String(c['Channel.type']).replace(COM, ''), c]));
  assert.deepEqual([...byType.entries()].map(([type, c]) => [type, c['pietura:kind']]).sort(), [
    ['0c84394663', 'post'],
    ['1fc1caefa8', 'email'],
    ['5c12931e3f', 'telephone'],
    ['a1c5444664', 'other'],
    ['b37115f83e', 'portal'],
    ['c05134f579', 'telephone'],
  ]);
  assert.deepEqual(byType.get('b37115f83e')!['foaf:page'], {
    '@id': 'https://vilnius.example.lt/e-paslaugos/deklaracija',
  });
  assert.deepEqual(byType.get('c05134f579')!['Channel.description'], [
    { '@value': 'Informatīvais tālrunis 1664', '@language': 'und' },
  ]);
  for (const c of channels) assert.ok(isA(byId.get(c['Channel.type'] as string), 'Concept'));

  const [phone] = channelsOf('zemes-izraktenu-atlauja');
  assert.equal(phone!['Channel.type'], 'https://data.norge.no/vocabulary/service-channel-type#telephone');
  assert.equal(phone!['pietura:kind'], 'telephone');
});

test("a foreign authority keeps its own place, not Latvia; the service's places are the file's", () => {
  assert.deepEqual(placesOf('lund'), [`${COUNTRY}SWE`]);
  assert.deepEqual(placesOf('city'), [`${COUNTRY}EST`]);
  assert.deepEqual(placesOf('vilnius-city'), [`${COUNTRY}LTU`]);
  assert.ok(!JSON.stringify(exported).includes(`${COUNTRY}LVA`), 'nothing is placed in Latvia');
  assert.deepEqual(refs(serviceNode('zemes-izraktenu-atlauja'), 'PublicService.spatial'), [`${COUNTRY}EST`]);
  assert.ok(isA(byId.get(`${COUNTRY}EST`), 'Location'));
});

test('a processing time in months or years is exported as such, not as days', () => {
  assert.equal(serviceNode('zemes-izraktenu-atlauja')['PublicService.processingTime'], 'P2M');
  assert.equal(serviceNode('makskeresana')['PublicService.processingTime'], 'P1Y');
});

test('imported foreign files: export → import into an empty database → export gives the same graph', async () => {
  const target = await emptyDatabase();
  const result = await importCatalogue(target.db, exported);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(
    result.services.map((s) => s.outcome),
    result.services.map(() => 'published'),
  );
  const again = await exportCatalogue(target.db, BASE);
  const [before, after] = [await canonicalNQuads(exported), await canonicalNQuads(again)];
  const [linesBefore, linesAfter] = [new Set(before.split('\n')), new Set(after.split('\n'))];
  assert.deepEqual(
    {
      missing: [...linesBefore].filter((l) => !linesAfter.has(l)),
      extra: [...linesAfter].filter((l) => !linesBefore.has(l)),
    },
    { missing: [], extra: [] },
  );
  assert.equal(after, before);
});
