import { trigrams, WordMatcher } from './trigram';

/**
 * The catalogue's search, in this process (docs/search.md). Built from the standards in force once
 * per catalogue revision and day (catalogue-snapshot.ts), it answers a query with no database round
 * trip. It is the SQL search that it replaced, step for step: each query word is matched against the
 * vocabulary of the catalogue by pg_trgm's word similarity (trigram.ts: typos, compound words, a word
 * cut short) or by its stem (Latvian endings: pabalsts, pabalstu, pabalsta), the standards holding
 * the words found are scored, title over body, and only those matching the most query words are kept.
 */

/** One standard in force as the index sees it: the database's normalised text (migrations 0002, 0006). */
export interface IndexedService {
  code: string;
  /** Normalised Latvian and English names (`search_title`). */
  title: string;
  /** The words of the names (`search_title_words`). */
  titleWords: readonly string[];
  /** The words of the names, keywords, description, result and who may apply (`search_words`). */
  words: readonly string[];
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
 * How close a query word must be to a word of the catalogue (word similarity, 0…1), by the query
 * word's length: short words have few trigrams, so one wrong letter costs them more. Body text needs
 * `bodyExtra` more than the title. Chosen by measurement on the demo catalogue (docs/search.md).
 */
export const SEARCH_THRESHOLDS = { short: 0.75, medium: 0.5, long: 0.5, bodyExtra: 0.1 };

/** How many letters longer than a short query word (≤ 4 letters) a word found by its stem may be. */
const SHORT_STEM_EXTRA = 2;
/** What a match by the stem counts as, in single precision like the SQL search's `real`. */
const STEM_SIMILARITY = Math.fround(0.8);

const length = (word: string) => Array.from(word).length;

/** The word without its last letter (4–5 letters) or two (6 and more); shorter words have none. */
export function searchStem(word: string): string | undefined {
  const chars = Array.from(word);
  if (chars.length >= 6) return chars.slice(0, -2).join('');
  if (chars.length >= 4) return chars.slice(0, -1).join('');
  return undefined;
}

interface VocabularyWord {
  word: string;
  length: number;
  trigrams: string[];
  /** Services (positions in `services`) holding the word anywhere, and in their names. */
  inServices: number[];
  inTitles: number[];
}

interface WordHit {
  vocabulary: number;
  sim: number;
  inBody: boolean;
}

export class SearchIndex {
  private readonly services: IndexedService[];
  private readonly vocabulary: VocabularyWord[] = [];
  /** Vocabulary positions sorted by the word, for prefix (stem) look-ups. */
  private readonly sorted: number[];
  /** Trigram → vocabulary positions of the words holding it (each once). */
  private readonly postings = new Map<string, number[]>();

  constructor(services: IndexedService[]) {
    this.services = services;
    const positions = new Map<string, number>();
    const entry = (word: string) => {
      let at = positions.get(word);
      if (at === undefined) {
        at = this.vocabulary.length;
        positions.set(word, at);
        this.vocabulary.push({
          word,
          length: length(word),
          trigrams: trigrams(word),
          inServices: [],
          inTitles: [],
        });
      }
      return this.vocabulary[at]!;
    };
    services.forEach((s, i) => {
      for (const w of new Set(s.words)) entry(w).inServices.push(i);
      for (const w of new Set(s.titleWords)) entry(w).inTitles.push(i);
    });
    this.vocabulary.forEach((v, at) => {
      for (const t of new Set(v.trigrams)) {
        const list = this.postings.get(t);
        if (list) list.push(at);
        else this.postings.set(t, [at]);
      }
    });
    this.sorted = this.vocabulary.map((_, at) => at).sort((a, b) => compare(this.word(a), this.word(b)));
  }

  get size(): number {
    return this.services.length;
  }

  private word(at: number): string {
    return this.vocabulary[at]!.word;
  }

  /** Vocabulary positions of the words starting with `prefix`. */
  private startingWith(prefix: string): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.word(this.sorted[mid]!), prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sorted.length && this.word(this.sorted[i]!).startsWith(prefix); i++) {
      found.push(this.sorted[i]!);
    }
    return found;
  }

  /** The vocabulary words one query word finds, with how close each is and whether body text counts. */
  private hitsOf(word: string, thresholds: typeof SEARCH_THRESHOLDS): WordHit[] {
    const { short, medium, long, bodyExtra } = thresholds;
    const wordLength = length(word);
    const threshold = wordLength <= 4 ? short : wordLength <= 7 ? medium : long;
    const stem = searchStem(word);
    const matcher = new WordMatcher(word);
    // Word similarity is at most (shared trigrams) / (the query word's trigrams): words sharing fewer
    // cannot reach the threshold and are never compared.
    const shared = new Map<number, number>();
    for (const t of matcher.trigramSet) {
      for (const at of this.postings.get(t) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    }
    const candidates = new Set<number>();
    for (const [at, n] of shared) if (n / matcher.unique >= threshold - 1e-9) candidates.add(at);
    if (stem !== undefined) for (const at of this.startingWith(stem)) candidates.add(at);
    const hits: WordHit[] = [];
    for (const at of candidates) {
      const v = this.vocabulary[at]!;
      const trgm = matcher.similarity(v.trigrams);
      // A short word's stem ("pas" of "pase") starts too many words ("pašvaldība"): only an
      // ending's worth longer counts ("suns" → "suņa", "suņiem").
      const byStem =
        stem !== undefined &&
        v.word.startsWith(stem) &&
        (wordLength > 4 || v.length <= wordLength + SHORT_STEM_EXTRA);
      if (!byStem && trgm < threshold) continue;
      hits.push({
        vocabulary: at,
        sim: Math.max(trgm, byStem ? STEM_SIMILARITY : 0),
        inBody: byStem || trgm >= threshold + bodyExtra,
      });
    }
    return hits;
  }

  /**
   * Ranked matches for normalised words (lower case, no diacritics, letters and digits only,
   * space-separated): only the standards matching the most words are kept (all of them when some
   * standard has them all, never fewer than half); a word in the title counts 1 + similarity, in the
   * body 0.5 × similarity; the whole query in the title adds 1.
   */
  search(query: string, limit: number, thresholds = SEARCH_THRESHOLDS): SearchHit[] {
    const words = [...new Set(query.split(' ').filter((w) => w !== ''))];
    if (words.length === 0) return [];
    const n = words.length;
    // Per candidate service: for each query word the best similarity in the title and in the body.
    const best = new Map<number, { title: Float64Array; body: Float64Array }>();
    const slot = (s: number) => {
      let b = best.get(s);
      if (!b) {
        b = { title: new Float64Array(n).fill(-1), body: new Float64Array(n).fill(-1) };
        best.set(s, b);
      }
      return b;
    };
    words.forEach((word, i) => {
      for (const hit of this.hitsOf(word, thresholds)) {
        const v = this.vocabulary[hit.vocabulary]!;
        for (const s of v.inServices) {
          const b = slot(s);
          if (hit.inBody && hit.sim > b.body[i]!) b.body[i] = hit.sim;
        }
        for (const s of v.inTitles) {
          const b = slot(s);
          if (hit.sim > b.title[i]!) b.title[i] = hit.sim;
        }
      }
    });
    const scored: SearchHit[] = [];
    for (const [s, b] of best) {
      let matched = 0;
      let inTitle = 0;
      let score = 0;
      for (let i = 0; i < n; i++) {
        const title = b.title[i]!;
        const body = b.body[i]!;
        if (title < 0 && body < 0) continue;
        matched++;
        if (title >= 0) inTitle++;
        // Single precision, as the SQL search's sums of `real`.
        const part = Math.fround(
          (title >= 0 ? Math.fround(1 + title) : 0) + (body >= 0 ? Math.fround(0.5 * body) : 0),
        );
        score = Math.fround(score + part);
      }
      if (matched === 0) continue;
      const service = this.services[s]!;
      if (service.title.includes(query)) score = Math.fround(score + 1);
      scored.push({ code: service.code, matched, inTitle, score });
    }
    const most = scored.reduce((m, h) => Math.max(m, h.matched), 0);
    if (most < Math.ceil(n / 2)) return [];
    return scored
      .filter((h) => h.matched === most)
      .sort((a, b) => b.score - a.score || compare(a.code, b.code))
      .slice(0, limit);
  }
}

/** Code-unit order, as the vocabulary's COLLATE "C". */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
