import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import jsonld from 'jsonld';
import { CPSV_AP_CONTEXT_URL, documentLoader } from '../../src/modules/catalogue/cpsv/context';
import * as catalogue from '../../src/modules/catalogue/service';
import { type TestApp, testApp } from '../helpers/app';
import { BUNDLED_DIR, CV, DCT, RELEASE_DIR, RELEASE_PRESENT, SH, validateAgainstStandard } from './standard';

type Node = { '@id': string; '@type': string | string[] } & Record<string, unknown>;
type Doc = { '@context': unknown; '@graph': Node[] };
type Lang = { '@value': string; '@language': string };

let t: TestApp;
let body: string;
let doc: Doc;
let byId: Map<string, Node>;

const isA = (n: Node | undefined, type: string) => !!n && [n['@type']].flat().includes(type);
const ofType = (type: string) => doc['@graph'].filter((n) => isA(n, type));
const refs = (n: Node, key: string) => (n[key] as string[] | undefined) ?? [];
const langs = (n: Node, key: string) =>
  ((n[key] as Lang[] | undefined) ?? []).map((v) => v['@language']).sort();

before(async () => {
  t = await testApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/cpsv-ap' });
  assert.equal(res.statusCode, 200);
  body = res.body;
  doc = JSON.parse(body);
  byId = new Map(doc['@graph'].map((n) => [n['@id'], n]));
});

after(async () => {
  await t?.close();
});

test('GET /api/cpsv-ap answers JSON-LD that uses the CPSV-AP 3.2.0 context', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/cpsv-ap' });
  assert.match(String(res.headers['content-type']), /^application\/ld\+json/);
  assert.equal((doc['@context'] as unknown[])[0], CPSV_AP_CONTEXT_URL);
  assert.equal(res.body, body, 'two exports of the same catalogue are identical');
});

test('the export conforms to the CPSV-AP 3.2.0 SHACL shapes with no violation at all', async () => {
  const violations = await validateAgainstStandard(doc);
  assert.deepEqual(violations, [], `violations:\n${violations.map((v) => JSON.stringify(v)).join('\n')}`);
});

test('every published service is there, with its name and description in Latvian and English', async () => {
  const published = await catalogue.listServices(t.database.db, { q: undefined }, 'lv');
  assert.ok(published.length > 10, 'the demo catalogue has services');
  const services = ofType('PublicService');
  assert.deepEqual(
    services.map((s) => s['PublicService.identifier']).sort(),
    published.map((s) => s.code).sort(),
  );
  for (const s of services) {
    assert.deepEqual(langs(s, 'PublicService.name'), ['en', 'lv'], s['@id']);
    assert.deepEqual(langs(s, 'PublicService.description'), ['en', 'lv'], s['@id']);
    assert.match(s['@id'], /^http:\/\/localhost:3000\/id\/service\/[a-z0-9-]+$/);
  }
});

test('the competent authority is a public organisation located in the municipality (or, for the state, Latvia)', () => {
  for (const s of ofType('PublicService')) {
    const [owner] = refs(s, 'PublicService.hasCompetentAuthority');
    const org = byId.get(owner!);
    assert.ok(isA(org, 'PublicOrganization'), `${owner} is described as a public organisation`);
    assert.ok(langs(org!, 'PublicOrganization.preferredLabel').includes('lv'));
    const [place] = refs(org!, 'PublicOrganization.spatial');
    assert.ok(isA(byId.get(place!), 'Location'), `${place} is typed dct:Location`);
  }
  const municipal = ofType('PublicOrganization').find((o) => o['pietura:organisationKind'] === 'department')!;
  assert.match(refs(municipal, 'PublicOrganization.spatial')[0]!, /\/id\/location\//);
});

test('the standard fields map to channels, cost, evidence, requirement, output, rules and legal resources', async () => {
  for (const s of ofType('PublicService')) {
    const code = s['PublicService.identifier'] as string;
    const standard = (await catalogue.getPublishedService(t.database.db, code))!;
    const v = standard.version;

    const unit = { months: 'M', years: 'Y' }[v.processingTimeUnit as string] ?? 'D';
    assert.equal(s['PublicService.processingTime'], `P${v.processingTime}${unit}`);
    assert.equal(s['pietura:feeKind'], v.feeKind);
    assert.equal(s['pietura:processingTimeUnit'], v.processingTimeUnit);

    const channels = refs(s, 'PublicService.hasChannel').map((iri) => byId.get(iri)!);
    assert.equal(channels.length, new Set([...v.applyChannels, ...v.receiveChannels]).size, code);
    for (const c of channels) {
      assert.ok(isA(c, 'Channel'));
      assert.ok(isA(byId.get(c['Channel.type'] as string), 'Concept'), 'channel types are skos:Concepts');
    }

    const cost = byId.get(refs(s, 'PublicService.hasCost')[0]!)!;
    assert.equal(Number(cost['Cost.hasValue']), v.feeCents / 100);
    assert.equal(cost['Cost.currency'], 'http://publications.europa.eu/resource/authority/currency/EUR');
    assert.ok(isA(byId.get(cost['Cost.currency'] as string), 'Concept'));

    const evidence = refs(s, 'PublicService.hasInput').map((iri) => byId.get(iri)!);
    assert.equal(evidence.length, v.requiredDocuments.length, code);
    assert.ok(evidence.every((e) => isA(e, 'Evidence')));

    if (v.whoMayApply.lv) {
      const requirement = byId.get(refs(s, 'PublicService.holdsRequirement')[0]!)!;
      assert.ok(isA(requirement, 'Requirement') && isA(requirement, 'cv:Criterion'));
    }
    if (v.result.lv) assert.ok(isA(byId.get(refs(s, 'PublicService.produces')[0]!), 'Output'));

    const rules = refs(s, 'PublicService.follows').map((iri) => byId.get(iri)!);
    assert.equal(rules.length, v.legalBasis.length, code);
    for (const [i, rule] of rules.entries()) {
      assert.ok(isA(rule, 'Rule'));
      assert.match(rule['Rule.type'] as string, new RegExp(`/legal-level/${v.legalBasis[i]!.level}$`));
      assert.ok(isA(byId.get(refs(rule, 'Rule.implements')[0]!), 'LegalResource'));
    }
    assert.equal(refs(s, 'PublicService.hasLegalResource').length, v.legalBasis.length);
    assert.equal(s['pietura:legalLevel'], v.legalLevel);
    assert.equal(s['pietura:onTheSpot'], v.onTheSpot);
    assert.equal(s['pietura:eserviceMaturity'], v.eserviceMaturity);
  }
  assert.ok(
    ofType('PublicService').some((s) => s['pietura:processingTimeUnit'] === 'working_days'),
    'the demo has services with deadlines in working days',
  );
});

test('life situations are life events that group their services', async () => {
  const situations = await catalogue.listLifeSituations(t.database.db);
  assert.ok(situations.length > 0);
  for (const ls of situations) {
    const event = byId.get(`http://localhost:3000/id/life-event/${ls.code}`);
    assert.ok(isA(event, 'Event') && isA(event, 'LifeEvent'), ls.code);
    const view = (await catalogue.getLifeSituation(t.database.db, ls.code))!;
    const linked = new Set(view.steps.filter((s) => s.service).map((s) => s.serviceCode));
    assert.equal(refs(event!, 'Event.hasRelatedService').length, linked.size, ls.code);
    for (const code of linked) {
      const service = byId.get(`http://localhost:3000/id/service/${code}`)!;
      assert.ok(refs(service, 'PublicService.isGroupedBy').includes(event!['@id']), `${code} in ${ls.code}`);
    }
  }
});

test('internal staff notes are not published', async () => {
  const published = await catalogue.listServices(t.database.db, { q: undefined }, 'lv');
  const notes = published.map((s) => s.version.internalNotes).filter((n): n is string => !!n && n.length > 8);
  for (const note of notes)
    assert.ok(!body.includes(JSON.stringify(note).slice(1, -1)), 'a staff note leaked');
});

test('the bundled context and shapes are the release files, unchanged', {
  skip: !RELEASE_PRESENT && 'the release in ../shared is not beside this checkout',
}, () => {
  for (const [copy, original] of [
    ['cpsv-ap.context.jsonld', 'cpsv-ap.jsonld'],
    ['cpsv-ap-SHACL.ttl', 'cpsv-ap-SHACL.ttl'],
  ] as const) {
    assert.equal(
      readFileSync(resolve(BUNDLED_DIR, copy), 'utf8'),
      readFileSync(resolve(RELEASE_DIR, original), 'utf8'),
    );
  }
});

test('the JSON-LD reader resolves only the CPSV-AP context, to the bundled copy, and refuses any other address', async () => {
  const loaded = await documentLoader(CPSV_AP_CONTEXT_URL);
  assert.ok('PublicService.name' in (loaded.document as { '@context': object })['@context']);
  await assert.rejects(documentLoader('https://example.org/context.jsonld'), /example\.org/);
  const other = { '@context': 'http://127.0.0.1:9/context.jsonld', '@id': 'http://x/a', 'http://x/p': 'v' };
  await assert.rejects(
    jsonld.toRDF(other, { documentLoader, format: 'application/n-quads' } as jsonld.Options.ToRdf),
    (err: { details?: { cause?: Error } }) => /127\.0\.0\.1:9/.test(String(err.details?.cause?.message)),
  );
});

function service(document: Doc): Node {
  return document['@graph'].find((n) => isA(n, 'PublicService'))!;
}

test('the same validator finds a public service without a name', async () => {
  const broken = structuredClone(doc);
  const s = service(broken);
  delete s['PublicService.name'];
  const violations = await validateAgainstStandard(broken);
  assert.deepEqual(
    violations.map((v) => [v.focusNode, v.path, v.component]),
    [[s['@id'], `${DCT}title`, `${SH}MinCountConstraintComponent`]],
  );
  assert.equal(violations[0]!.severity, `${SH}Violation`);
});

test('the same validator finds a processing time that is not an xsd:duration', async () => {
  const broken = structuredClone(doc);
  const s = service(broken);
  s['PublicService.processingTime'] = '10 darba dienas';
  const violations = await validateAgainstStandard(broken);
  assert.deepEqual(
    violations.map((v) => [v.focusNode, v.path, v.component]),
    [[s['@id'], `${CV}processingTime`, `${SH}DatatypeConstraintComponent`]],
  );
});

test('the same validator finds a channel type that is not typed skos:Concept', async () => {
  const broken = structuredClone(doc);
  const concept = broken['@graph'].find((n) => /\/concept\/channel\//.test(n['@id']))!;
  concept['@type'] = 'Location';
  const violations = await validateAgainstStandard(broken);
  assert.ok(violations.length > 0);
  assert.ok(
    violations.every((v) => v.path === `${DCT}type` && v.component === `${SH}ClassConstraintComponent`),
  );
});
