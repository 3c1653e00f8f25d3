/**
 * pg_trgm's word similarity, computed in this process (the search index, search-index.ts). Ported
 * from `calc_word_similarity` and `iterate_word_similarity` in PostgreSQL's contrib/pg_trgm/trgm_op.c
 * so that the in-process search ranks exactly as the SQL search it replaces (docs/search.md): the
 * same trigrams (each word padded with two spaces before and one after), the same greedy walk over
 * the extents of the second string, the same single-precision arithmetic.
 */

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The trigrams of a text in order, repeats kept: every word (letters and digits) padded "  word ". */
export function trigrams(text: string): string[] {
  const result: string[] = [];
  for (const word of text.split(NOT_WORD)) {
    if (word === '') continue;
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 2 < chars.length; i++) result.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return result;
}

/** PostgreSQL's CALCSML in float4. */
const similarity = (count: number, len1: number, len2: number) => Math.fround(count / (len1 + len2 - count));

/**
 * word_similarity over trigrams the caller has numbered (the search index numbers every trigram of
 * its vocabulary once, so comparing words allocates nothing): the second string's trigram numbers
 * in order are other[from … to); `inFirst[id]` is 1 for each of the first string's distinct
 * trigrams, `ulen1` of them; `lastpos` is scratch, -1 at every number of the second string on entry
 * and left so on return.
 */
export function wordSimilarityOfIds(
  ulen1: number,
  other: ArrayLike<number>,
  from: number,
  to: number,
  inFirst: Uint8Array,
  lastpos: Int32Array,
): number {
  if (ulen1 === 0 || to <= from) return 0;
  let ulen2 = 0;
  let count = 0;
  let upper = -1;
  let lower = -1;
  let max = 0;
  for (let i = from; i < to; i++) {
    const id = other[i]!;
    const found = inFirst[id] === 1;
    if (lower >= 0 || found) {
      if (lastpos[id]! < 0) {
        ulen2++;
        if (found) count++;
      }
      lastpos[id] = i;
    }
    if (!found) continue;
    upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let current = similarity(count, ulen1, ulen2);
    // Try moving the lower bound right for a greater similarity.
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const candidate = similarity(tmpCount, ulen1, tmpUlen2);
      if (candidate > current) {
        current = candidate;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const tmpId = other[tmpLower]!;
      if (lastpos[tmpId] === tmpLower) {
        tmpUlen2--;
        if (inFirst[tmpId] === 1) tmpCount--;
      }
    }
    if (current > max) max = current;
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tmpId = other[tmpLower]!;
      if (lastpos[tmpId] === tmpLower) lastpos[tmpId] = -1;
    }
  }
  for (let i = from; i < to; i++) lastpos[other[i]!] = -1;
  return max;
}

/** pg_trgm's word_similarity(a, b): how well `a` matches the best part of `b`, 0 … 1. */
export function wordSimilarity(a: string, b: string): number {
  const ids = new Map<string, number>();
  const number = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  for (const t of trigrams(a)) number(t);
  const ulen1 = ids.size;
  const other = trigrams(b).map(number);
  const inFirst = new Uint8Array(ids.size);
  inFirst.fill(1, 0, ulen1);
  return wordSimilarityOfIds(ulen1, other, 0, other.length, inFirst, new Int32Array(ids.size).fill(-1));
}
