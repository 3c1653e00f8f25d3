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

export interface SearchHit {
  code: string;
  /** How many of the query's words the service matched. */
  matched: number;
  /** How many of them in its name. */
  inTitle: number;
  score: number;
}

/**
 * How close a query word must be to a word of the catalogue (pg_trgm word_similarity, 0…1), by the
 * query word's length: short words have few trigrams, so one wrong letter costs them more. Body text
 * needs `bodyExtra` more than the title. Chosen by measurement on the demo catalogue (docs/search.md).
 */
export const SEARCH_THRESHOLDS = { short: 0.75, medium: 0.5, long: 0.5, bodyExtra: 0.1 };

/** How many letters longer than a short query word (≤ 4 letters) a word found by its stem may be. */
const SHORT_STEM_EXTRA = 2;

/**
 * Fuzzy search over the standards in force. `words` arrive normalised (lower case, no diacritics,
 * letters and digits only, space-separated). Each query word is first matched against the catalogue's
 * vocabulary (search_vocabulary, trigram-indexed): by trigram word similarity, which tolerates typos,
 * or by its "stem" (the word without its last one or two letters) starting a word, which catches the
 * Latvian endings (suns → suņa) that short words have too few trigrams for. The standards holding
 * those words are then scored: only those matching the most query words are kept (all of them when
 * some standard has them all, never fewer than half); title matches rank over body matches.
 */
export async function searchPublished(
  db: Db,
  words: string,
  limit: number,
  thresholds = SEARCH_THRESHOLDS,
): Promise<SearchHit[]> {
  const { short, medium, long, bodyExtra } = thresholds;
  const lowest = Math.min(short, medium, long);
  return db.transaction(async (tx) => {
    // The trigram index answers `<%` at this threshold; each word's own threshold is checked after.
    await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(lowest)}, true)`);
    // Every value is a bound parameter; the stem, letters and digits only, is escaped for LIKE all the same.
    return query<SearchHit>(
      tx,
      sql`
      WITH words AS (
        SELECT DISTINCT w AS word,
          CASE WHEN length(w) >= 6 THEN left(w, -2) WHEN length(w) >= 4 THEN left(w, -1) END AS stem,
          CASE WHEN length(w) <= 4 THEN ${short}::float8
               WHEN length(w) <= 7 THEN ${medium}::float8
               ELSE ${long}::float8 END AS threshold
        FROM unnest(string_to_array(${words}::text, ' ')) AS w WHERE w <> ''
      ), needed AS (
        SELECT ceil(count(*) / 2.0) AS n FROM words
      ), close AS (
        SELECT w.word, w.threshold, v.word AS v, word_similarity(w.word, v.word) AS trgm,
          -- A short word's stem ("pas" of "pase") starts too many words ("pašvaldība"): only an
          -- ending's worth longer counts ("suns" → "suņa", "suņiem"; docs/search.md).
          coalesce(starts_with(v.word, w.stem), false)
            AND (length(w.word) > 4 OR length(v.word) <= length(w.word) + ${SHORT_STEM_EXTRA}) AS by_stem
        FROM words w JOIN search_vocabulary v
          ON w.word <% v.word
          OR v.word LIKE replace(replace(replace(w.stem, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
      ), hits AS (
        SELECT word, v, by_stem OR trgm >= threshold + ${bodyExtra}::float8 AS in_body,
          greatest(trgm, CASE WHEN by_stem THEN 0.8 ELSE 0 END) AS sim
        FROM close WHERE by_stem OR trgm >= threshold
      ), candidates AS (
        SELECT ${service.code} AS code, service_version.search_title AS title,
          service_version.search_title_words AS title_words, service_version.search_words AS all_words
        FROM ${serviceVersion} JOIN ${service} ON ${service.id} = ${serviceVersion.serviceId}
        WHERE ${published} AND service_version.search_words && (SELECT coalesce(array_agg(v), '{}') FROM hits)
      ), pairs AS (
        SELECT c.code, c.title,
          (SELECT max(h.sim) FROM hits h WHERE h.word = w.word AND h.v = ANY (c.title_words)) AS title_sim,
          (SELECT max(h.sim) FROM hits h WHERE h.word = w.word AND h.in_body AND h.v = ANY (c.all_words)) AS body_sim
        FROM candidates c CROSS JOIN words w
      ), scored AS (
        SELECT code, title,
          count(*) FILTER (WHERE title_sim IS NOT NULL OR body_sim IS NOT NULL) AS matched,
          count(*) FILTER (WHERE title_sim IS NOT NULL) AS in_title,
          sum(coalesce(1 + title_sim, 0) + coalesce(0.5 * body_sim, 0)) AS score
        FROM pairs GROUP BY code, title
      )
      SELECT code, matched::int AS matched, in_title::int AS "inTitle",
        (score + CASE WHEN strpos(title, ${words}::text) > 0 THEN 1 ELSE 0 END)::float8 AS score
      FROM scored, needed
      WHERE matched > 0 AND matched >= greatest(needed.n, (SELECT max(matched) FROM scored))
      ORDER BY matched DESC, score DESC, code
      LIMIT ${limit}`,
    );
  });
}

/** How many published services each category has. */
export async function selectPublishedCountByCategory(db: Db) {
  return db
    .select({ categoryCode: service.categoryCode, count: sql<number>`count(*)::int` })
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .where(published)
    .groupBy(service.categoryCode);
}

/** The organisations that own at least one published service. */
export async function selectOwnersOfPublished(db: Db) {
  return db
    .selectDistinct({ organisation })
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .where(published)
    .then((rows) => rows.map((r) => r.organisation));
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

export async function selectCatalogueRevision(db: Db): Promise<string> {
  const [row] = await query<{ n: string }>(db, sql`SELECT n::text AS n FROM catalogue_revision WHERE id = 1`);
  return row?.n ?? '0';
}
