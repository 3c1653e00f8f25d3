import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import {
  category,
  centre,
  lifeSituation,
  lifeSituationStep,
  organisation,
  searchSynonym,
  service,
  serviceVersion,
} from '../../db/schema';
import { inForceOn, notWithdrawn } from '../../db/versions';

export type VersionRow = typeof serviceVersion.$inferSelect;
export type ServiceRow = typeof service.$inferSelect;
export type OrganisationRow = typeof organisation.$inferSelect;
export type CategoryRow = typeof category.$inferSelect;
export type CentreRow = typeof centre.$inferSelect;

/** Withdrawal may be approved from a later date: until then the service stays in the catalogue. */
const published = and(inForceOn(), notWithdrawn());
const withdrawn = and(isNotNull(service.withdrawnAt), lte(service.withdrawnAt, sql`now()`));
const approved = inArray(serviceVersion.status, ['published', 'superseded']);
const rigaToday = sql`(now() AT TIME ZONE 'Europe/Riga')::date`;

/** Every published standard with its service, owner and category (the public catalogue). */
export async function selectPublished(db: Db) {
  return db
    .select({ service, version: serviceVersion, owner: organisation, category })
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .innerJoin(category, eq(category.code, service.categoryCode))
    .where(published);
}

export async function selectPublishedByCode(db: Db, code: string) {
  const rows = await db
    .select({ service, version: serviceVersion, owner: organisation, category })
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .innerJoin(category, eq(category.code, service.categoryCode))
    .where(and(published, eq(service.code, code)));
  return rows[0];
}

/**
 * Withdrawn services by code, with the name of their last approved version (ordered by version, so
 * the newest wins) and the code of the replacement service, if any.
 */
export async function selectWithdrawn(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectDistinctOn([service.id], {
      code: service.code,
      withdrawnAt: service.withdrawnAt,
      reason: service.withdrawnReason,
      replacementServiceId: service.replacementServiceId,
      name: serviceVersion.name,
    })
    .from(service)
    .innerJoin(serviceVersion, and(eq(serviceVersion.serviceId, service.id), approved))
    .where(and(withdrawn, inArray(service.code, codes)))
    .orderBy(service.id, desc(serviceVersion.version));
}

export async function selectServiceCode(db: Db, id: number): Promise<string | undefined> {
  const [row] = await db.select({ code: service.code }).from(service).where(eq(service.id, id));
  return row?.code;
}

/** The next approved version of a service that comes into force after today, if any. */
export async function selectUpcoming(db: Db, serviceId: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(
      and(eq(serviceVersion.serviceId, serviceId), approved, sql`${serviceVersion.validFrom} > ${rigaToday}`),
    )
    .orderBy(asc(serviceVersion.validFrom), asc(serviceVersion.version))
    .limit(1);
  return row;
}

/** The related terms editors maintain for search. */
export async function selectSynonyms(db: Db) {
  return db.select().from(searchSynonym).orderBy(asc(searchSynonym.term));
}

/** Version history of one service, newest first (drafts excluded: the public sees what was published). */
export async function selectHistory(db: Db, serviceId: number) {
  return db
    .select({
      version: serviceVersion.version,
      status: serviceVersion.status,
      validFrom: serviceVersion.validFrom,
      validTo: serviceVersion.validTo,
      publishedAt: serviceVersion.publishedAt,
    })
    .from(serviceVersion)
    .where(
      and(
        eq(serviceVersion.serviceId, serviceId),
        inArray(serviceVersion.status, ['published', 'superseded']),
      ),
    )
    .orderBy(desc(serviceVersion.version));
}

export async function selectOrganisations(db: Db) {
  return db.select().from(organisation).orderBy(asc(organisation.id));
}

export async function selectCategories(db: Db) {
  return db.select().from(category).orderBy(asc(category.sort), asc(category.code));
}

export async function selectLifeSituations(db: Db) {
  return db.select().from(lifeSituation).orderBy(asc(lifeSituation.sort), asc(lifeSituation.id));
}

export async function selectLifeSituation(db: Db, code: string) {
  const [row] = await db.select().from(lifeSituation).where(eq(lifeSituation.code, code));
  return row;
}

/** Steps of life situations with the service code each links to, in order. */
export async function selectSteps(db: Db, lifeSituationIds: number[]) {
  if (lifeSituationIds.length === 0) return [];
  return db
    .select({
      lifeSituationId: lifeSituationStep.lifeSituationId,
      position: lifeSituationStep.position,
      note: lifeSituationStep.note,
      serviceCode: service.code,
    })
    .from(lifeSituationStep)
    .innerJoin(service, eq(service.id, lifeSituationStep.serviceId))
    .where(inArray(lifeSituationStep.lifeSituationId, lifeSituationIds))
    .orderBy(asc(lifeSituationStep.lifeSituationId), asc(lifeSituationStep.position));
}

/**
 * The search text of every published standard, as the database normalises it (migrations 0002 and
 * 0006): what the in-process search index (search-index.ts) is built from.
 */
export async function selectPublishedSearchText(db: Db) {
  return query<{ code: string; title: string; titleWords: string[]; words: string[] }>(
    db,
    sql`SELECT ${service.code} AS code, service_version.search_title AS title,
        service_version.search_title_words AS "titleWords", service_version.search_words AS words
      FROM ${serviceVersion} JOIN ${service} ON ${service.id} = ${serviceVersion.serviceId}
      WHERE ${published}`,
  );
}

/** Centres by their order on the site, for filters and the "where" of a standard (the centre table is catalogue data; hours belong to the centres module). */
export async function selectCentres(db: Db) {
  return db.select().from(centre).orderBy(desc(centre.isMain), asc(centre.sort), asc(centre.id));
}

/** The municipality as the organisation at the top of the catalogue, created or brought up to date. */
export async function upsertMunicipalityOrganisation(
  db: Db,
  org: Pick<OrganisationRow, 'code' | 'name' | 'email' | 'phone' | 'address' | 'website'>,
): Promise<void> {
  const fields = {
    name: org.name,
    email: org.email,
    phone: org.phone,
    address: org.address,
    website: org.website,
  };
  await db
    .insert(organisation)
    .values({ ...org, kind: 'municipality', parentId: null })
    .onConflictDoUpdate({ target: organisation.code, set: fields });
}
