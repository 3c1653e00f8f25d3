import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count } from 'drizzle-orm';
import { type Database, openDatabase } from '../../src/db/connection';
import {
  CHANNELS,
  category,
  centre,
  centreException,
  centreHours,
  lifeSituation,
  lifeSituationStep,
  municipality,
  organisation,
  service,
  serviceVersion,
} from '../../src/db/schema';
import { CATEGORIES } from '../../src/modules/demo/dataset/categories';
import { CENTRES } from '../../src/modules/demo/dataset/centres';
import { LIFE_SITUATIONS } from '../../src/modules/demo/dataset/life-situations';
import { MUNICIPALITY } from '../../src/modules/demo/dataset/municipality';
import { ORGANISATIONS } from '../../src/modules/demo/dataset/organisations';
import { SERVICES } from '../../src/modules/demo/dataset/services';
import { type Bilingual, CENTRE_CODES } from '../../src/modules/demo/dataset/types';
import { isEmpty, seedDemo } from '../../src/modules/demo/seed';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let database: Database;
let emptyBeforeSeed: boolean;
let firstCounts: Awaited<ReturnType<typeof seedDemo>>;

before(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  emptyBeforeSeed = await isEmpty(database.db);
  firstCounts = await seedDemo(database.db);
});

after(async () => {
  await database?.close();
});

function assertBilingual(value: Bilingual | null | undefined, what: string): void {
  assert.ok(value, `${what} is missing`);
  assert.ok(value.lv?.trim(), `${what}: Latvian text is empty`);
  assert.ok(value.en?.trim(), `${what}: English text is empty`);
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Every date (UTC) of a year. */
function daysOf(year: number): Date[] {
  const days: Date[] = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d = new Date(d.getTime() + 86_400_000)
  ) {
    days.push(d);
  }
  return days;
}

type HoursRow = typeof centreHours.$inferSelect;

/** The weekly rows that apply on a date: same weekday, and the date is the nth such weekday of a listed week. */
function rowsOn(rows: HoursRow[], day: Date): HoursRow[] {
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  const nth = Math.floor((day.getUTCDate() - 1) / 7) + 1;
  return rows.filter(
    (r) => r.weekday === weekday && (r.weeksOfMonth == null || r.weeksOfMonth.includes(nth)),
  );
}

async function hoursByCentre(): Promise<Map<string, HoursRow[]>> {
  const centres = await database.db.select().from(centre);
  const hours = await database.db.select().from(centreHours);
  const byId = new Map(centres.map((c) => [c.id, c.code]));
  const result = new Map<string, HoursRow[]>();
  for (const c of centres) result.set(c.code, []);
  for (const h of hours) result.get(byId.get(h.centreId)!)!.push(h);
  return result;
}

async function tableCounts(): Promise<Record<string, number>> {
  const tables = {
    municipality,
    organisation,
    category,
    centre,
    centreHours,
    centreException,
    service,
    serviceVersion,
    lifeSituation,
    lifeSituationStep,
  };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await database.db.select({ n: count() }).from(table);
    out[name] = row!.n;
  }
  return out;
}

async function publishedVersions() {
  const services = await database.db.select().from(service);
  const versions = await database.db.select().from(serviceVersion);
  const codeById = new Map(services.map((s) => [s.id, s.code]));
  return versions
    .filter((v) => v.status === 'published')
    .map((v) => ({ ...v, code: codeById.get(v.serviceId)! }));
}

// ---- the data modules themselves ---------------------------------------------------------------

test('codes are unique lowercase ASCII slugs', () => {
  for (const [what, codes] of [
    ['organisation', ORGANISATIONS.map((o) => o.code)],
    ['category', CATEGORIES.map((c) => c.code)],
    ['centre', CENTRES.map((c) => c.code)],
    ['service', SERVICES.map((s) => s.code)],
    ['life situation', LIFE_SITUATIONS.map((l) => l.code)],
  ] as const) {
    assert.equal(new Set(codes).size, codes.length, `${what} codes must be unique`);
    for (const code of codes) assert.match(code, SLUG, `${what} code "${code}"`);
  }
});

test('municipality identity: colours pass WCAG AA and the coat of arms is a safe standalone SVG', () => {
  assert.equal(MUNICIPALITY.code, 'ilukste');
  assert.equal(MUNICIPALITY.registryPrefix, 'ILN');
  assert.match(MUNICIPALITY.registrationNumber, /^\d{11}$/);
  assert.equal(MUNICIPALITY.website, 'https://www.ilukste.lv');
  assert.equal(MUNICIPALITY.address, 'Brīvības iela 7, Ilūkste, Ilūkstes novads, LV-5447');

  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  assert.match(MUNICIPALITY.primaryColour, /^#[0-9a-f]{6}$/i);
  assert.match(MUNICIPALITY.accentColour, /^#[0-9a-f]{6}$/i);
  assert.ok(contrast('#ffffff', MUNICIPALITY.primaryColour) >= 4.5, 'white text on the primary colour');
  assert.ok(contrast('#1a1a1a', MUNICIPALITY.accentColour) >= 4.5, 'dark text on the accent colour');

  const svg = MUNICIPALITY.coatOfArmsSvg;
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /viewBox="0 0 \d+ \d+"/);
  assert.match(svg, /<title[^>]*>[^<]+<\/title>/);
  assert.match(svg, /<\/svg>$/);
  assert.doesNotMatch(svg, /<script|href|url\(|on[a-z]+=/i, 'no scripts, links or external references');
  // Balanced elements: every opened tag is closed or self-closing.
  const opened = (svg.match(/<[a-z]+[\s>]/g) ?? []).length;
  const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length + (svg.match(/\/>/g) ?? []).length;
  assert.equal(opened, closed, 'every SVG element is closed');
});

test('organisation tree: one municipality, every unit hangs under it, state institutions stand alone', () => {
  const byCode = new Map(ORGANISATIONS.map((o) => [o.code, o]));
  const roots = ORGANISATIONS.filter((o) => o.kind === 'municipality');
  assert.deepEqual(
    roots.map((o) => o.code),
    ['ilukste'],
  );
  for (const o of ORGANISATIONS) {
    assertBilingual(o.name, `organisation ${o.code} name`);
    if (o.kind === 'municipality' || o.kind === 'state') {
      assert.equal(o.parent, undefined, `${o.code} has no parent`);
      continue;
    }
    let cursor = o;
    for (let depth = 0; cursor.parent !== undefined; depth++) {
      assert.ok(depth < 10, `${o.code}: parent chain too deep`);
      const parent = byCode.get(cursor.parent);
      assert.ok(parent, `${cursor.code}: unknown parent ${cursor.parent}`);
      cursor = parent;
    }
    assert.equal(cursor.code, 'ilukste', `${o.code} belongs to the municipality`);
  }
  for (const kind of ['department', 'institution', 'company', 'state'] as const) {
    assert.ok(
      ORGANISATIONS.some((o) => o.kind === kind),
      `at least one ${kind}`,
    );
  }
});

test('every service standard is complete and consistent', () => {
  const orgCodes = new Set(ORGANISATIONS.map((o) => o.code));
  const categoryCodes = new Set(CATEGORIES.map((c) => c.code));
  const centreCodes = new Set<string>(CENTRE_CODES);
  for (const { code, owner, category: cat, standard: s, form } of SERVICES) {
    const at = `service ${code}`;
    // The portal is Pietura: a service it lists as applied for there can be applied for online.
    if (s.applyChannels.includes('portal'))
      assert.ok(form, `${at}: applied for on the portal, without a form`);
    assert.ok(orgCodes.has(owner), `${at}: owner ${owner}`);
    assert.ok(categoryCodes.has(cat), `${at}: category ${cat}`);
    for (const field of [
      'name',
      'description',
      'whoMayApply',
      'result',
      'processingTimeBasis',
      'contact',
      'keywords',
    ] as const) {
      assertBilingual(s[field], `${at} ${field}`);
    }
    for (const doc of s.requiredDocuments) {
      assertBilingual(doc.name, `${at} document`);
      if (doc.note) assertBilingual(doc.note, `${at} document note`);
    }
    if (s.feeNote) assertBilingual(s.feeNote, `${at} feeNote`);
    if (s.centreException) assertBilingual(s.centreException, `${at} centreException`);
    assert.ok(Number.isInteger(s.feeCents) && s.feeCents >= 0, `${at}: feeCents`);
    if (s.feeCents > 0) assert.ok(s.feeNote, `${at}: a fee needs a fee note`);
    assert.ok(Number.isInteger(s.processingTime) && s.processingTime > 0, `${at}: processingTime`);
    assert.ok(s.legalBasis.length > 0, `${at}: legal basis`);
    for (const basis of s.legalBasis) {
      assertBilingual(basis.title, `${at} legal basis title`);
      if (basis.url) assert.match(basis.url, /^https:\/\//, `${at}: legal basis URL`);
    }
    assert.ok(
      s.legalBasis.some((b) => b.level === s.legalLevel) || s.legalLevel === 'municipal',
      `${at}: level`,
    );
    for (const channels of [s.applyChannels, s.receiveChannels]) {
      assert.ok(channels.length > 0, `${at}: at least one channel`);
      assert.equal(new Set(channels).size, channels.length, `${at}: channels unique`);
      for (const ch of channels)
        assert.ok((CHANNELS as readonly string[]).includes(ch), `${at}: channel ${ch}`);
    }
    for (const c of s.centres) assert.ok(centreCodes.has(c), `${at}: centre ${c}`);
    if (s.centres.length > 0) assert.ok(s.centreException, `${at}: restricted centres need an explanation`);
    assert.ok(s.eserviceMaturity >= 0 && s.eserviceMaturity <= 4, `${at}: maturity`);
    if (s.eserviceMaturity >= 3) {
      // Applied for on another site (its address), or here, through the portal's online form.
      if (s.eserviceUrl || !s.applyChannels.includes('portal'))
        assert.match(s.eserviceUrl ?? '', /^https:\/\//, `${at}: e-service URL`);
      assert.ok(
        s.applyChannels.includes('portal') || s.applyChannels.includes('latvija_lv'),
        `${at}: an e-service is applied for online`,
      );
    }
    assert.ok(s.internalNotes.trim(), `${at}: internal notes`);
    assert.match(s.reviewDue, /^2027-\d{2}-\d{2}$/, `${at}: reviewDue in 2027`);
    assert.match(s.validFrom, /^202[56]-\d{2}-\d{2}$/, `${at}: validFrom in 2025 or 2026`);
  }
});

// ---- the seeded database -----------------------------------------------------------------------

test('isEmpty is true before seeding and false after', async () => {
  assert.equal(emptyBeforeSeed, true);
  assert.equal(await isEmpty(database.db), false);
});

test('at least 45 published services, each with complete Latvian and English texts', async () => {
  assert.ok(firstCounts.services >= 45, `only ${firstCounts.services} services`);
  const published = await publishedVersions();
  assert.ok(published.length >= 45, `only ${published.length} published versions`);
  assert.equal(
    new Set(published.map((v) => v.serviceId)).size,
    published.length,
    'one published version each',
  );
  for (const v of published) {
    for (const field of ['name', 'description', 'whoMayApply', 'result'] as const) {
      assertBilingual(v[field], `${v.code} ${field}`);
    }
    assert.ok(v.publishedAt, `${v.code}: publishedAt`);
  }
});

test('the catalogue mixes on-the-spot services, e-services, legal levels and time units', async () => {
  const published = await publishedVersions();
  assert.ok(published.filter((v) => v.onTheSpot).length >= 8, 'at least 8 on-the-spot services');
  const eservices = published.filter(
    (v) =>
      v.eserviceMaturity >= 3 &&
      (v.applyChannels.includes('portal') || v.applyChannels.includes('latvija_lv')),
  );
  assert.ok(eservices.length >= 3, 'several mature e-services');
  assert.deepEqual(new Set(published.map((v) => v.legalLevel)), new Set(['state', 'municipal']));
  assert.deepEqual(
    new Set(published.map((v) => v.processingTimeUnit)),
    new Set(['working_days', 'calendar_days']),
  );
  assert.ok(published.some((v) => v.feeCents === 0));
  assert.ok(
    published.some((v) => v.feeCents === 1400),
    'marriage ceremony fee',
  );
});

test("every service's owner and category exist", async () => {
  const services = await database.db.select().from(service);
  const orgIds = new Set((await database.db.select().from(organisation)).map((o) => o.id));
  const categoryCodes = new Set((await database.db.select().from(category)).map((c) => c.code));
  for (const s of services) {
    assert.ok(orgIds.has(s.ownerId), `${s.code}: owner`);
    assert.ok(categoryCodes.has(s.categoryCode), `${s.code}: category`);
  }
  const orgs = await database.db.select().from(organisation);
  const orgIdSet = new Set(orgs.map((o) => o.id));
  for (const o of orgs) if (o.parentId !== null) assert.ok(orgIdSet.has(o.parentId), `${o.code}: parent`);
});

test('two services are versioned: version 1 superseded with validTo, version 2 published', async () => {
  const services = await database.db.select().from(service);
  const versions = await database.db.select().from(serviceVersion);
  const codeById = new Map(services.map((s) => [s.id, s.code]));
  const superseded = versions.filter((v) => v.status === 'superseded');
  assert.equal(superseded.length, 2);
  for (const old of superseded) {
    const code = codeById.get(old.serviceId);
    assert.equal(old.version, 1, `${code}: superseded is version 1`);
    assert.ok(old.validTo, `${code}: superseded has validTo`);
    const current = versions.find((v) => v.serviceId === old.serviceId && v.status === 'published');
    assert.ok(current, `${code}: has a published version`);
    assert.equal(current.version, 2);
    assert.ok(current.validFrom! > old.validTo!, `${code}: the new text starts after the old one ends`);
  }
  const versionedCodes = superseded.map((v) => codeById.get(v.serviceId)).sort();
  assert.deepEqual(versionedCodes, ['iesniegums-pasvaldibai', 'nin-atvieglojumi']);
});

test('at least 8 life situations; every step references an existing service, in order', async () => {
  assert.ok(firstCounts.lifeSituations >= 8);
  const situations = await database.db.select().from(lifeSituation);
  const steps = await database.db.select().from(lifeSituationStep);
  const serviceIds = new Set((await database.db.select().from(service)).map((s) => s.id));
  assert.ok(situations.length >= 8);
  for (const ls of situations) {
    assertBilingual(ls.title, `${ls.code} title`);
    assertBilingual(ls.summary, `${ls.code} summary`);
    const own = steps.filter((s) => s.lifeSituationId === ls.id).sort((a, b) => a.position - b.position);
    assert.ok(own.length >= 3, `${ls.code}: at least three steps`);
    own.forEach((step, i) => {
      assert.equal(step.position, i + 1, `${ls.code}: positions are 1..n`);
      assert.ok(serviceIds.has(step.serviceId), `${ls.code}: step ${step.position} service`);
      if (step.note) assertBilingual(step.note, `${ls.code} step ${step.position} note`);
    });
  }
});

test('exactly 8 centres with exactly one main centre (Ilūkste)', async () => {
  const centres = await database.db.select().from(centre);
  assert.equal(centres.length, 8);
  assert.equal(firstCounts.centres, 8);
  assert.deepEqual(new Set(centres.map((c) => c.code)), new Set(CENTRE_CODES));
  const main = centres.filter((c) => c.isMain);
  assert.equal(main.length, 1);
  assert.equal(main[0]!.code, 'ilukste');
  for (const c of centres) {
    assertBilingual(c.name, `${c.code} name`);
    assert.match(c.postalCode ?? '', /^LV-54\d{2}$/, `${c.code}: postcode`);
    assert.ok(c.address.includes(c.postalCode!), `${c.code}: address has the postcode`);
    assert.ok(Number(c.latitude) > 55.5 && Number(c.latitude) < 56.5, `${c.code}: latitude`);
    assert.ok(Number(c.longitude) > 25.5 && Number(c.longitude) < 27, `${c.code}: longitude`);
  }
});

test('weekly hours rows are well formed', async () => {
  for (const [code, rows] of await hoursByCentre()) {
    assert.ok(rows.length > 0, `${code}: has hours`);
    for (const r of rows) {
      assert.ok(r.weekday >= 1 && r.weekday <= 7, `${code}: weekday`);
      assert.match(r.opens, HHMM, `${code}: opens`);
      assert.match(r.closes, HHMM, `${code}: closes`);
      assert.ok(minutes(r.opens) < minutes(r.closes), `${code}: ${r.opens} < ${r.closes}`);
      for (const w of r.weeksOfMonth ?? []) assert.ok(w >= 1 && w <= 5, `${code}: week ${w}`);
    }
  }
});

test('every centre is open until 19:00 or later on at least two days of every month of 2027', async () => {
  const byCentre = await hoursByCentre();
  for (const [code, rows] of byCentre) {
    for (let month = 0; month < 12; month++) {
      const evenings = daysOf(2027)
        .filter((d) => d.getUTCMonth() === month)
        .filter((d) => rowsOn(rows, d).some((r) => minutes(r.closes) >= minutes('19:00')));
      assert.ok(evenings.length >= 2, `${code}: only ${evenings.length} evening(s) in 2027-${month + 1}`);
    }
  }
});

test('no two hours rows of a centre overlap on any date of 2026 and 2027', async () => {
  const byCentre = await hoursByCentre();
  for (const [code, rows] of byCentre) {
    for (const day of [...daysOf(2026), ...daysOf(2027)]) {
      const today = rowsOn(rows, day);
      for (let i = 0; i < today.length; i++) {
        for (let j = i + 1; j < today.length; j++) {
          const a = today[i]!;
          const b = today[j]!;
          const overlap = minutes(a.opens) < minutes(b.closes) && minutes(b.opens) < minutes(a.closes);
          assert.ok(
            !overlap,
            `${code} ${day.toISOString().slice(0, 10)}: ${a.opens}–${a.closes} overlaps ${b.opens}–${b.closes}`,
          );
        }
      }
    }
  }
});

test('centre exceptions are dated in 2026–2027 and explained in both languages', async () => {
  const exceptions = await database.db.select().from(centreException);
  assert.ok(exceptions.length >= 3);
  for (const e of exceptions) {
    assert.match(e.day, ISO_DATE);
    assert.ok(e.day >= '2026-01-01' && e.day <= '2027-12-31', `exception ${e.day}`);
    assertBilingual(e.note, `exception ${e.day} note`);
    if (!e.closed) {
      assert.match(e.opens ?? '', HHMM);
      assert.match(e.closes ?? '', HHMM);
    }
  }
  assert.ok(
    exceptions.some((e) => e.closed && e.day === '2026-11-18'),
    '18 November closure',
  );
  assert.ok(
    exceptions.some((e) => !e.closed && minutes(e.closes!) >= minutes('19:00')),
    'an extra evening session',
  );
});

test("the orphan's court certifications are accepted only at the main centre, with an explanation", async () => {
  const published = await publishedVersions();
  const v = published.find((p) => p.code === 'barintiesas-apliecinajumi');
  assert.ok(v, "orphan's court certification service exists");
  assert.deepEqual(v.centres, ['ilukste']);
  const [main] = (await database.db.select().from(centre)).filter((c) => c.isMain);
  assert.equal(v.centres[0], main!.code);
  assertBilingual(v.centreException, 'centreException');
});

test('seeding twice changes nothing', async () => {
  const before = await tableCounts();
  const again = await seedDemo(database.db);
  assert.deepEqual(again, firstCounts);
  assert.deepEqual(await tableCounts(), before);
});
