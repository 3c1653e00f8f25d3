import { and, sql } from 'drizzle-orm';
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
