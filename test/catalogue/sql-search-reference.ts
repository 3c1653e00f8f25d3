import { and, type SQL, sql } from 'drizzle-orm';
import { type Db, query } from '../../src/db/connection';
import { service, serviceVersion } from '../../src/db/schema';
import { inForceOn, notWithdrawn } from '../../src/db/versions';
import { SEARCH_THRESHOLDS, type SearchHit } from '../../src/modules/catalogue/search-index';

/**
 * The search as it ran in SQL before the in-process index (src/modules/catalogue/search-index.ts),
 * kept here unchanged as the reference the index is checked against (search-index.test.ts): the
 * same words must find the same services in the same order, with the same scores.
 */

const published = and(inForceOn(), notWithdrawn());
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
export async function sqlSearch(
  db: Db,
  words: string,
  limit: number,
  thresholds = SEARCH_THRESHOLDS,
): Promise<SearchHit[]> {
  return db.transaction(async (tx) => {
    await setLowestThreshold(tx, thresholds);
    return query<SearchHit>(tx, referenceSearch(sql`${words}::text`, limit, thresholds));
  });
}

/**
 * `sqlSearch` for many queries in one statement: the same search, run for each query in turn
 * (LATERAL), with one round trip and one plan instead of four and one per query. The hits of each
 * query, in the order of `queries`.
 */
export async function sqlSearchEach(
  db: Db,
  queries: string[],
  limit: number,
  thresholds = SEARCH_THRESHOLDS,
): Promise<SearchHit[][]> {
  const rows = await db.transaction(async (tx) => {
    await setLowestThreshold(tx, thresholds);
    return query<SearchHit & { n: number }>(
      tx,
      sql`SELECT q.n::int AS n, r.code, r.matched, r."inTitle", r.score
        FROM jsonb_array_elements_text(${JSON.stringify(queries)}::jsonb) WITH ORDINALITY AS q(words, n)
        CROSS JOIN LATERAL (${referenceSearch(sql`q.words`, limit, thresholds)}) AS r
        ORDER BY q.n, r.matched DESC, r.score DESC, r.code`,
    );
  });
  const hits: SearchHit[][] = queries.map(() => []);
  for (const { n, ...hit } of rows) hits[n - 1]!.push(hit);
  return hits;
}

async function setLowestThreshold(tx: Db, thresholds: typeof SEARCH_THRESHOLDS): Promise<void> {
  const { short, medium, long } = thresholds;
  // The trigram index answers `<%` at this threshold; each word's own threshold is checked after.
  await tx.execute(
    sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(Math.min(short, medium, long))}, true)`,
  );
}

/** The search statement; `words` is the normalised query (a bound parameter, or a column of a LATERAL join). */
function referenceSearch(words: SQL, limit: number, thresholds: typeof SEARCH_THRESHOLDS): SQL {
  const { short, medium, long, bodyExtra } = thresholds;
  // Every value is a bound parameter; the stem, letters and digits only, is escaped for LIKE all the same.
  return sql`
      WITH words AS (
        SELECT DISTINCT w AS word,
          CASE WHEN length(w) >= 6 THEN left(w, -2) WHEN length(w) >= 4 THEN left(w, -1) END AS stem,
          CASE WHEN length(w) <= 4 THEN ${short}::float8
               WHEN length(w) <= 7 THEN ${medium}::float8
               ELSE ${long}::float8 END AS threshold
        FROM unnest(string_to_array(${words}, ' ')) AS w WHERE w <> ''
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
        (score + CASE WHEN strpos(title, ${words}) > 0 THEN 1 ELSE 0 END)::float8 AS score
      FROM scored, needed
      WHERE matched > 0 AND matched >= greatest(needed.n, (SELECT max(matched) FROM scored))
      ORDER BY matched DESC, score DESC, code
      LIMIT ${limit}`;
}
