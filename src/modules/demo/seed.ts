import { count } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import {
  calendarMovedDay,
  category,
  centre,
  centreException,
  centreHours,
  lifeSituation,
  lifeSituationStep,
  municipality,
  organisation,
  searchSynonym,
  service,
  serviceVersion,
} from '../../db/schema';
import { seedDemoStaff } from '../staff/demo-accounts';
import { CATEGORIES } from './dataset/categories';
import { CENTRE_PLACES, CENTRES } from './dataset/centres';
import { FEE_KINDS } from './dataset/fee-kinds';
import { LIFE_SITUATIONS } from './dataset/life-situations';
import { MOVED_DAYS } from './dataset/moved-days';
import { MUNICIPALITY } from './dataset/municipality';
import { ORGANISATIONS } from './dataset/organisations';
import { SEARCH_SYNONYMS } from './dataset/search-synonyms';
import { SERVICES } from './dataset/services';
import type { ServiceStandard } from './dataset/types';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type VersionRow = typeof serviceVersion.$inferInsert;

export interface SeedCounts {
  services: number;
  lifeSituations: number;
  centres: number;
}

/** True when no municipality has been configured and the catalogue holds no service. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [m] = await db.select({ n: count() }).from(municipality);
  const [s] = await db.select({ n: count() }).from(service);
  return (m?.n ?? 0) === 0 && (s?.n ?? 0) === 0;
}

/**
 * Loads the demo data of the Ilūkste municipality in one transaction. Does nothing when a municipality
 * is already configured, so it is safe to call at every start; returns what the database then holds.
 */
export async function seedDemo(db: Db): Promise<SeedCounts> {
  const [existing] = await db.select({ n: count() }).from(municipality);
  if ((existing?.n ?? 0) > 0) return seededCounts(db);

  await db.transaction(async (tx) => {
    // A concurrent seed that got here first wins; this one then changes nothing.
    const inserted = await tx
      .insert(municipality)
      .values({ id: 1, ...MUNICIPALITY })
      .onConflictDoNothing()
      .returning({ id: municipality.id });
    if (inserted.length === 0) return;

    const organisationIds = await insertOrganisations(tx);
    await tx.insert(category).values(CATEGORIES);
    await insertCentres(tx);
    const serviceIds = await insertServices(tx, organisationIds);
    await insertLifeSituations(tx, serviceIds);
    await tx.insert(searchSynonym).values(SEARCH_SYNONYMS);
    await tx.insert(calendarMovedDay).values(MOVED_DAYS).onConflictDoNothing();
  });
  // One account per role, with a password printed in the README: demo installations only.
  await seedDemoStaff(db);
  return seededCounts(db);
}

async function seededCounts(db: Db): Promise<SeedCounts> {
  const [s] = await db.select({ n: count() }).from(service);
  const [l] = await db.select({ n: count() }).from(lifeSituation);
  const [c] = await db.select({ n: count() }).from(centre);
  return { services: s?.n ?? 0, lifeSituations: l?.n ?? 0, centres: c?.n ?? 0 };
}

async function insertOrganisations(tx: Tx): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const org of ORGANISATIONS) {
    const parentId = org.parent === undefined ? null : ids.get(org.parent);
    if (parentId === undefined) {
      throw new Error(`Demo organisation "${org.code}": parent "${org.parent}" must be listed before it`);
    }
    const [row] = await tx
      .insert(organisation)
      .values({
        code: org.code,
        kind: org.kind,
        parentId,
        name: org.name,
        email: org.email ?? null,
        phone: org.phone ?? null,
        address: org.address ?? null,
        website: org.website ?? null,
      })
      .returning({ id: organisation.id });
    ids.set(org.code, row!.id);
  }
  return ids;
}

async function insertCentres(tx: Tx): Promise<void> {
  for (const c of CENTRES) {
    const [row] = await tx
      .insert(centre)
      .values({
        code: c.code,
        name: c.name,
        isMain: c.isMain,
        address: c.address,
        postalCode: c.postalCode,
        phone: c.phone,
        email: c.email,
        latitude: c.latitude,
        longitude: c.longitude,
        sort: c.sort,
        places: CENTRE_PLACES[c.code] ?? [],
      })
      .returning({ id: centre.id });
    const centreId = row!.id;
    await tx.insert(centreHours).values(
      c.hours.map((h) => ({
        centreId,
        weekday: h.weekday,
        opens: h.opens,
        closes: h.closes,
        weeksOfMonth: h.weeksOfMonth ?? null,
      })),
    );
    if (c.exceptions.length > 0) {
      await tx.insert(centreException).values(
        c.exceptions.map((e) => ({
          centreId,
          day: e.day,
          closed: e.closed,
          opens: e.opens ?? null,
          closes: e.closes ?? null,
          note: e.note,
        })),
      );
    }
  }
}

function versionRow(
  serviceId: number,
  version: number,
  status: 'published' | 'superseded',
  std: ServiceStandard,
  validTo: string | null,
  publishedAt: Date,
): VersionRow {
  return {
    serviceId,
    version,
    status,
    validFrom: std.validFrom,
    validTo,
    reviewDue: std.reviewDue,
    name: std.name,
    description: std.description,
    whoMayApply: std.whoMayApply,
    requiredDocuments: std.requiredDocuments,
    result: std.result,
    feeCents: std.feeCents,
    feeNote: std.feeNote ?? null,
    processingTime: std.processingTime,
    processingTimeUnit: std.processingTimeUnit,
    processingTimeBasis: std.processingTimeBasis,
    legalBasis: std.legalBasis,
    legalLevel: std.legalLevel,
    applyChannels: std.applyChannels,
    receiveChannels: std.receiveChannels,
    centres: std.centres,
    centreException: std.centreException ?? null,
    onTheSpot: std.onTheSpot,
    eserviceMaturity: std.eserviceMaturity,
    eserviceUrl: std.eserviceUrl ?? null,
    contact: std.contact,
    internalNotes: std.internalNotes,
    keywords: std.keywords,
    publishedAt,
  };
}

/** The online form as stored (jsonb), or null. */
function formOf(s: (typeof SERVICES)[number]): Record<string, unknown> | null {
  return (s.form as unknown as Record<string, unknown> | undefined) ?? null;
}

async function insertServices(tx: Tx, organisationIds: Map<string, number>): Promise<Map<string, number>> {
  const rows = await tx
    .insert(service)
    .values(
      SERVICES.map((s) => {
        const ownerId = organisationIds.get(s.owner);
        if (ownerId === undefined) throw new Error(`Demo service "${s.code}": unknown owner "${s.owner}"`);
        return { code: s.code, ownerId, categoryCode: s.category };
      }),
    )
    .returning({ id: service.id, code: service.code });
  const ids = new Map(rows.map((r) => [r.code, r.id]));

  const now = new Date();
  const versions: VersionRow[] = [];
  for (const s of SERVICES) {
    const serviceId = ids.get(s.code)!;
    if (s.previous) {
      // R2: the earlier text stays as version 1, superseded; the current text is version 2.
      const earlier: ServiceStandard = {
        ...s.standard,
        ...s.previous.changes,
        validFrom: s.previous.validFrom,
      };
      versions.push(
        versionRow(
          serviceId,
          1,
          'superseded',
          earlier,
          s.previous.validTo,
          new Date(`${s.previous.validFrom}T08:00:00Z`),
        ),
      );
      versions.push({
        ...versionRow(serviceId, 2, 'published', s.standard, null, now),
        formDefinition: formOf(s),
      });
    } else {
      versions.push({
        ...versionRow(serviceId, 1, 'published', s.standard, null, now),
        formDefinition: formOf(s),
      });
    }
  }
  const feeKindOf = new Map([...ids].map(([code, id]) => [id, FEE_KINDS[code] ?? 'fixed']));
  await tx
    .insert(serviceVersion)
    .values(versions.map((v) => ({ ...v, feeKind: feeKindOf.get(v.serviceId) })));
  return ids;
}

async function insertLifeSituations(tx: Tx, serviceIds: Map<string, number>): Promise<void> {
  for (const ls of LIFE_SITUATIONS) {
    const [row] = await tx
      .insert(lifeSituation)
      .values({ code: ls.code, title: ls.title, summary: ls.summary, sort: ls.sort })
      .returning({ id: lifeSituation.id });
    const lifeSituationId = row!.id;
    await tx.insert(lifeSituationStep).values(
      ls.steps.map((step, i) => {
        const serviceId = serviceIds.get(step.service);
        if (serviceId === undefined) {
          throw new Error(`Demo life situation "${ls.code}": unknown service "${step.service}"`);
        }
        return { lifeSituationId, position: i + 1, serviceId, note: step.note ?? null };
      }),
    );
  }
}
