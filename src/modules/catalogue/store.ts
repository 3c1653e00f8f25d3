import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { category, lifeSituation, lifeSituationStep, organisation, service, serviceVersion } from '../../db/schema';

export type VersionRow = typeof serviceVersion.$inferSelect;
export type ServiceRow = typeof service.$inferSelect;
export type OrganisationRow = typeof organisation.$inferSelect;
export type CategoryRow = typeof category.$inferSelect;

const published = and(eq(serviceVersion.status, 'published'), isNull(service.withdrawnAt));

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
      and(eq(serviceVersion.serviceId, serviceId), inArray(serviceVersion.status, ['published', 'superseded'])),
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

export interface SearchHit {
  code: string;
  score: number;
}

/**
 * Full-text and fuzzy search over published standards. The query arrives normalised (lower case,
 * no diacritics). Titles weigh more than body text; trigram word similarity tolerates typos.
 */
export async function searchPublished(db: Db, normalisedQuery: string, limit: number): Promise<SearchHit[]> {
  return query<SearchHit>(
    db,
    sql`
    WITH q AS (SELECT ${normalisedQuery}::text AS text)
    SELECT s.code,
      (3 * word_similarity(q.text, v.search_title)
        + 2 * (CASE WHEN v.search_title LIKE '%' || q.text || '%' THEN 1 ELSE 0 END)
        + word_similarity(q.text, v.search_body)
        + ts_rank(to_tsvector('simple', v.search_title || ' ' || v.search_body), plainto_tsquery('simple', q.text))
      )::float8 AS score
    FROM service_version v
    JOIN service s ON s.id = v.service_id, q
    WHERE v.status = 'published' AND s.withdrawn_at IS NULL
      AND (q.text <% v.search_title
        OR q.text <% v.search_body
        OR to_tsvector('simple', v.search_title || ' ' || v.search_body) @@ plainto_tsquery('simple', q.text))
    ORDER BY score DESC, s.code
    LIMIT ${limit}`,
  );
}
