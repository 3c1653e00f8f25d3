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

/** A query word prepared once, then compared with many words of the catalogue. */
export class WordMatcher {
  /** Each distinct trigram of the query word, numbered 0 … unique - 1. */
  private readonly ids = new Map<string, number>();
  readonly unique: number;

  constructor(word: string) {
    for (const t of trigrams(word)) if (!this.ids.has(t)) this.ids.set(t, this.ids.size);
    this.unique = this.ids.size;
  }

  /** The distinct trigrams of the query word. */
  get trigramSet(): IterableIterator<string> {
    return this.ids.keys();
  }

  /** word_similarity(query word, other), `other` given as its trigrams in order. */
  similarity(other: readonly string[]): number {
    const ulen1 = this.unique;
    if (ulen1 === 0 || other.length === 0) return 0;
    const local = new Map<string, number>();
    const indexes = new Array<number>(other.length);
    for (let i = 0; i < other.length; i++) {
      const t = other[i]!;
      let id = this.ids.get(t) ?? local.get(t);
      if (id === undefined) {
        id = ulen1 + local.size;
        local.set(t, id);
      }
      indexes[i] = id;
    }
    const found = (id: number) => id < ulen1;
    const lastpos = new Int32Array(ulen1 + local.size).fill(-1);
    let ulen2 = 0;
    let count = 0;
    let upper = -1;
    let lower = -1;
    let max = 0;
    for (let i = 0; i < indexes.length; i++) {
      const id = indexes[i]!;
      if (lower >= 0 || found(id)) {
        if (lastpos[id]! < 0) {
          ulen2++;
          if (found(id)) count++;
        }
        lastpos[id] = i;
      }
      if (!found(id)) continue;
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
        const tmpId = indexes[tmpLower]!;
        if (lastpos[tmpId] === tmpLower) {
          tmpUlen2--;
          if (found(tmpId)) tmpCount--;
        }
      }
      max = Math.max(max, current);
      for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
        const tmpId = indexes[tmpLower]!;
        if (lastpos[tmpId] === tmpLower) lastpos[tmpId] = -1;
      }
    }
    return max;
  }
}

/** pg_trgm's word_similarity(a, b): how well `a` matches the best part of `b`, 0 … 1. */
export function wordSimilarity(a: string, b: string): number {
  return new WordMatcher(a).similarity(trigrams(b));
}
