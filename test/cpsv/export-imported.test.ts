import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/connection';
import { service, serviceVersion } from '../../src/db/schema';
import { type CpsvDocument, exportCatalogue } from '../../src/modules/catalogue/cpsv/export';
import { importCatalogue } from '../../src/modules/catalogue/cpsv/import';
import { canonicalNQuads } from '../../src/modules/catalogue/cpsv/rdf';
import type { VersionInput } from '../../src/modules/standards/schema';
import * as standards from '../../src/modules/standards/service';
import type { Actor } from '../../src/platform/auth/actor';
import { todayInRiga } from '../../src/platform/calendar/days';
import { freshDatabase } from '../helpers/db';
import { completed } from './editor';
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

test("a new version keeps the imported costs while its fee is unchanged; an editor's new fee is exported in the imported currency", async () => {
  const editor: Actor = { kind: 'system', id: 0, name: 'editor', grants: [{ role: 'editor' }] };
  const publish = async (code: string, change: (v: VersionInput) => VersionInput) => {
    const draft = (await standards.startVersion(source.db, editor, code))!;
    const owner = (await standards.getStandard(source.db, editor, code))!.ownerCode;
    const head: Actor = { kind: 'system', id: 0, name: 'head', grants: [{ role: 'head', unit: owner }] };
    const input = change(completed(draft, code));
    assert.ok(await standards.saveDraft(source.db, editor, code, draft.version, input));
    await standards.submitForReview(source.db, editor, code, draft.version);
    await standards.approve(source.db, head, code, draft.version, todayInRiga());
  };
  await publish('zemes-izraktenu-atlauja', (v) => ({
    ...v,
    description: { lv: 'Pilsēta izsniedz atļauju ātri.', en: 'The city issues a permit quickly.' },
  }));
  await publish('stavvieta', (v) => ({ ...v, feeCents: 35000 }));
  const again = await exportCatalogue(source.db, BASE);
  const nodes = new Map((again['@graph'] as Node[]).map((n) => [n['@id'], n]));
  const service = (code: string) => nodes.get(`${BASE}/id/service/${code}`)!;
  const costs = (code: string) => refs(service(code), 'PublicService.hasCost').map((iri) => nodes.get(iri)!);

  assert.equal(service('zemes-izraktenu-atlauja')['pietura:version'], 2);
  assert.deepEqual(
    costs('zemes-izraktenu-atlauja')
      .map((c) => Number(c['Cost.hasValue']))
      .sort((a, b) => a - b),
    [12.5, 40],
  );
  assert.deepEqual(service('zemes-izraktenu-atlauja')['dct:source'], {
    '@id': 'https://tartu.example.ee/id/service-permit',
  });

  const [parking] = costs('stavvieta');
  assert.equal(costs('stavvieta').length, 1);
  assert.equal(Number(parking!['Cost.hasValue']), 350);
  assert.equal(parking!['Cost.currency'], `${CURRENCY}SEK`, 'the currency is not lost with the new version');
  assert.deepEqual(service('stavvieta')['dct:source'], {
    '@id': 'https://lund.example.se/id/service/parking',
  });
  assert.deepEqual(await validateAgainstStandard(again), []);
});
