import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import {
  CHANNELS,
  type Channel,
  category,
  channelVocabulary,
  lifeSituation,
  lifeSituationStep,
  organisation,
  service,
  serviceVersion,
} from '../../../db/schema';
import { inForceOn } from '../../../db/versions';
import type { ImportedCategory, ImportedLifeSituation, ImportedOrganisation, ImportedStandard } from './read';

export type VersionRow = typeof serviceVersion.$inferSelect;

export async function upsertCategories(db: Db, categories: ImportedCategory[]): Promise<void> {
  if (categories.length === 0) return;
  await db
    .insert(category)
    .values(categories)
    .onConflictDoUpdate({
      target: category.code,
      set: { name: sql`excluded.name`, sort: sql`excluded.sort` },
    });
}

/** Inserts or updates organisations by code, then links each to its parent; returns their ids by code. */
export async function upsertOrganisations(
  db: Db,
  organisations: ImportedOrganisation[],
): Promise<Map<string, number>> {
  if (organisations.length > 0) {
    await db
      .insert(organisation)
      .values(organisations.map(({ parentCode: _, ...o }) => o))
      .onConflictDoUpdate({
        target: organisation.code,
        set: {
          spatial: sql`excluded.spatial`,
          kind: sql`excluded.kind`,
          name: sql`excluded.name`,
          email: sql`excluded.email`,
          phone: sql`excluded.phone`,
          address: sql`excluded.address`,
          website: sql`excluded.website`,
        },
      });
  }
  const rows = await db.select({ id: organisation.id, code: organisation.code }).from(organisation);
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  for (const o of organisations) {
    const parentId = o.parentCode ? (ids.get(o.parentCode) ?? null) : null;
    await db.update(organisation).set({ parentId }).where(eq(organisation.code, o.code));
  }
  return ids;
}

/** The service row, locked until the transaction ends: versions of one service are written one writer at a time. */
export async function lockServiceByCode(db: Db, code: string) {
  const [row] = await db.select().from(service).where(eq(service.code, code)).for('update');
  return row;
}

export async function insertService(db: Db, values: { code: string; ownerId: number; categoryCode: string }) {
  const [row] = await db.insert(service).values(values).returning({ id: service.id });
  return row!.id;
}

/** Owner and category follow the imported file; a withdrawn service that is imported again is offered again. */
export async function updateService(db: Db, id: number, values: { ownerId: number; categoryCode: string }) {
  await db
    .update(service)
    .set({ ...values, withdrawnAt: null, withdrawnReason: null })
    .where(eq(service.id, id));
}

/** The latest approved version (status published), which may take effect only on a later date. */
export async function selectPublishedVersion(db: Db, serviceId: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(and(eq(serviceVersion.serviceId, serviceId), eq(serviceVersion.status, 'published')));
  return row;
}

/** The version in force today (docs/adr/0003): the one the public catalogue and the export show. */
export async function selectVersionInForce(db: Db, serviceId: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(and(eq(serviceVersion.serviceId, serviceId), inForceOn()));
  return row;
}

export async function selectLastVersionNumber(db: Db, serviceId: number): Promise<number> {
  const [row] = await db
    .select({ last: max(serviceVersion.version) })
    .from(serviceVersion)
    .where(eq(serviceVersion.serviceId, serviceId));
  return row?.last ?? 0;
}

export async function supersede(db: Db, versionId: number, validTo: string): Promise<void> {
  await db
    .update(serviceVersion)
    .set({ status: 'superseded', validTo })
    .where(eq(serviceVersion.id, versionId));
}

export async function insertPublishedVersion(
  db: Db,
  serviceId: number,
  version: number,
  standard: ImportedStandard,
): Promise<number> {
  const [row] = await db
    .insert(serviceVersion)
    .values({ serviceId, version, status: 'published', publishedAt: new Date(), ...standard })
    .returning({ id: serviceVersion.id });
  return row!.id;
}

/** A stored standard that an editor must complete: a draft, with the to-do list the import left. */
export async function insertDraftVersion(
  db: Db,
  serviceId: number,
  version: number,
  standard: ImportedStandard,
): Promise<number> {
  const [row] = await db
    .insert(serviceVersion)
    .values({ serviceId, version, status: 'draft', ...standard })
    .returning({ id: serviceVersion.id });
  return row!.id;
}

/** The draft an earlier import left (it has provenance), which a new import of the file replaces. */
export async function selectImportedDraft(db: Db, serviceId: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(
      and(
        eq(serviceVersion.serviceId, serviceId),
        eq(serviceVersion.status, 'draft'),
        sql`${serviceVersion.importTodo} IS NOT NULL`,
      ),
    )
    .orderBy(desc(serviceVersion.version))
    .limit(1);
  return row;
}

export async function replaceDraft(db: Db, versionId: number, standard: ImportedStandard): Promise<void> {
  await db.update(serviceVersion).set(standard).where(eq(serviceVersion.id, versionId));
}

/** The channel vocabulary: concept IRIs and lower-case labels to channel kinds (migration 0018). */
export async function selectChannelVocabulary(db: Db): Promise<Map<string, Channel>> {
  const rows = await db.select().from(channelVocabulary);
  return new Map(
    rows
      .filter((r) => (CHANNELS as readonly string[]).includes(r.kind))
      .map((r) => [r.match.startsWith('http') ? r.match : r.match.toLowerCase(), r.kind]),
  );
}

export async function selectServiceIds(db: Db, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: service.id, code: service.code })
    .from(service)
    .where(inArray(service.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Inserts or updates a life situation by code and replaces its steps. */
export async function replaceLifeSituation(
  db: Db,
  ls: ImportedLifeSituation,
  serviceIds: Map<string, number>,
): Promise<void> {
  const [row] = await db
    .insert(lifeSituation)
    .values({ code: ls.code, title: ls.title, summary: ls.summary, sort: ls.sort })
    .onConflictDoUpdate({
      target: lifeSituation.code,
      set: { title: sql`excluded.title`, summary: sql`excluded.summary`, sort: sql`excluded.sort` },
    })
    .returning({ id: lifeSituation.id });
  const id = row!.id;
  await db.delete(lifeSituationStep).where(eq(lifeSituationStep.lifeSituationId, id));
  if (ls.steps.length === 0) return;
  await db.insert(lifeSituationStep).values(
    ls.steps.map((s) => ({
      lifeSituationId: id,
      position: s.position,
      serviceId: serviceIds.get(s.serviceCode)!,
      note: s.note,
    })),
  );
}
