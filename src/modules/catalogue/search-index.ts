import { leastFirst, PackedLists, RANK_SPAN, rankKey, SubstringFilter } from './search-arrays';
import { trigrams, wordSimilarityOfIds } from './trigram';

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

interface WordHit {
  vocabulary: number;
  sim: number;
  inBody: boolean;
}

/**
 * Scratch space of one search, kept between searches (a search runs start to end without awaiting,
 * so one process never runs two at once): the query word's trigrams, the shared-trigram counts per
 * vocabulary word, and per service the best similarity of each query word in its title and body.
 */
class Scratch {
  readonly inQuery: Uint8Array;
  readonly lastpos: Int32Array;
  readonly shared: Int32Array;
  /** The vocabulary words whose count is not 0, `countedLength` of them. */
  readonly counted: Int32Array;
  /** Which search last touched a service (its `best` slots are then this search's). */
  readonly stamp: Int32Array;
  /** The services this search has touched, `touchedCount` of them. */
  readonly touched: Int32Array;
  touchedCount = 0;
  /** The score and the number of query words in the title of each service kept. */
  readonly score: Float64Array;
  readonly inTitle: Int32Array;
  generation = 0;
  title = new Float64Array(0);
  body = new Float64Array(0);

  constructor(trigramCount: number, vocabularySize: number, serviceCount: number) {
    this.inQuery = new Uint8Array(trigramCount);
    this.lastpos = new Int32Array(trigramCount).fill(-1);
    this.shared = new Int32Array(vocabularySize);
    this.counted = new Int32Array(vocabularySize);
    this.stamp = new Int32Array(serviceCount);
    this.touched = new Int32Array(serviceCount);
    this.score = new Float64Array(serviceCount);
    this.inTitle = new Int32Array(serviceCount);
  }

  /** A new search: no service touched yet. */
  nextGeneration(): void {
    if (this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    this.generation++;
    this.touchedCount = 0;
  }

  /** Room for `words` query words per service. */
  reserve(words: number): void {
    const size = this.stamp.length * words;
    if (this.title.length >= size) return;
    this.title = new Float64Array(size);
    this.body = new Float64Array(size);
  }
}

export class SearchIndex {
  /** Each service's code and normalised title; the rest of its text lives on only in the index. */
  private readonly codes: string[];
  private readonly serviceTitles: string[];
  /** The distinct words of the standards, and the length of each in characters. */
  private readonly words: string[] = [];
  private readonly wordLengths: Int32Array;
  /** Each vocabulary word's trigrams in order, as numbers in the table of trigrams. */
  private readonly wordTrigrams: PackedLists;
  /** Each vocabulary word's services (positions in `services`): holding it anywhere, in their names. */
  private readonly inServices: PackedLists;
  private readonly inTitles: PackedLists;
  /** Vocabulary positions sorted by the word, for prefix (stem) look-ups. */
  private readonly sorted: number[];
  /** Each distinct trigram of the vocabulary, numbered. */
  private readonly trigramIds = new Map<string, number>();
  /** Trigram number → vocabulary positions of the words holding it (each once). */
  private readonly postings: PackedLists;
  /** Services in the order of their codes, and each service's place in it (ties are ranked by code). */
  private readonly byCode: Int32Array;
  private readonly codeRank: Int32Array;
  private readonly scratch: Scratch;
  /** Rules out most titles that cannot hold the whole query before they are searched for it. */
  private readonly titleFilter: SubstringFilter;

  constructor(services: IndexedService[]) {
    this.codes = services.map((s) => s.code);
    this.serviceTitles = services.map((s) => s.title);
    const positions = new Map<string, number>();
    const wordTrigrams: number[][] = [];
    const inServices: number[][] = [];
    const inTitles: number[][] = [];
    const postings: number[][] = [];
    const entry = (word: string) => {
      let at = positions.get(word);
      if (at === undefined) {
        at = this.words.length;
        positions.set(word, at);
        const ids = trigrams(word).map((t) => {
          let id = this.trigramIds.get(t);
          if (id === undefined) {
            id = this.trigramIds.size;
            this.trigramIds.set(t, id);
            postings.push([]);
          }
          return id;
        });
        for (const id of new Set(ids)) postings[id]!.push(at);
        this.words.push(word);
        wordTrigrams.push(ids);
        inServices.push([]);
        inTitles.push([]);
      }
      return at;
    };
    services.forEach((s, i) => {
      for (const w of new Set(s.words)) inServices[entry(w)]!.push(i);
      for (const w of new Set(s.titleWords)) inTitles[entry(w)]!.push(i);
    });
    this.wordLengths = Int32Array.from(this.words, length);
    this.wordTrigrams = new PackedLists(wordTrigrams);
    this.inServices = new PackedLists(inServices);
    this.inTitles = new PackedLists(inTitles);
    this.postings = new PackedLists(postings);
    this.sorted = this.words.map((_, at) => at).sort((a, b) => compare(this.words[a]!, this.words[b]!));
    if (services.length >= RANK_SPAN)
      throw new Error(`The search index holds at most ${RANK_SPAN - 1} services`);
    this.byCode = Int32Array.from(
      services.map((_, i) => i).sort((a, b) => compare(services[a]!.code, services[b]!.code)),
    );
    this.codeRank = new Int32Array(services.length);
    this.byCode.forEach((s, rank) => {
      this.codeRank[s] = rank;
    });
    this.scratch = new Scratch(this.trigramIds.size, this.words.length, services.length);
    this.titleFilter = new SubstringFilter(this.serviceTitles);
  }

  get size(): number {
    return this.codes.length;
  }

  private word(at: number): string {
    return this.words[at]!;
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
    const { inQuery, lastpos, shared, counted } = this.scratch;
    const wordLength = length(word);
    const threshold = wordLength <= 4 ? short : wordLength <= 7 ? medium : long;
    const stem = searchStem(word);
    // The query word's distinct trigrams; those the vocabulary lacks can match nothing but count.
    const own = new Set(trigrams(word));
    const unique = own.size;
    const known: number[] = [];
    for (const t of own) {
      const id = this.trigramIds.get(t);
      if (id !== undefined) known.push(id);
    }
    // Word similarity is at most (shared trigrams) / (the query word's trigrams): words sharing fewer
    // cannot reach the threshold and are never compared.
    let countedLength = 0;
    const { start, data } = this.postings;
    for (const id of known) {
      inQuery[id] = 1;
      for (let p = start[id]!; p < start[id + 1]!; p++) {
        const at = data[p]!;
        if (shared[at]!++ === 0) counted[countedLength++] = at;
      }
    }
    const candidates: number[] = [];
    for (let c = 0; c < countedLength; c++) {
      const at = counted[c]!;
      if (shared[at]! / unique >= threshold - 1e-9) candidates.push(at);
      else shared[at] = 0;
    }
    if (stem !== undefined)
      for (const at of this.startingWith(stem)) if (shared[at] === 0) candidates.push(at);
    const hits: WordHit[] = [];
    const { start: from, data: trigramData } = this.wordTrigrams;
    for (const at of candidates) {
      const trgm = wordSimilarityOfIds(unique, trigramData, from[at]!, from[at + 1]!, inQuery, lastpos);
      // A short word's stem ("pas" of "pase") starts too many words ("pašvaldība"): only an
      // ending's worth longer counts ("suns" → "suņa", "suņiem").
      const byStem =
        stem !== undefined &&
        this.words[at]!.startsWith(stem) &&
        (wordLength > 4 || this.wordLengths[at]! <= wordLength + SHORT_STEM_EXTRA);
      if (!byStem && trgm < threshold) continue;
      hits.push({
        vocabulary: at,
        sim: Math.max(trgm, byStem ? STEM_SIMILARITY : 0),
        inBody: byStem || trgm >= threshold + bodyExtra,
      });
    }
    for (let c = 0; c < countedLength; c++) shared[counted[c]!] = 0;
    for (const id of known) inQuery[id] = 0;
    return hits;
  }

  /**
   * For each service on list `at` of `lists`, the best similarity of query word `word` (of `n`) so
   * far, in `best` (the scratch's title or body, at [service × n + word]); a service touched for the
   * first time in this search starts at -1, not found, for every word.
   */
  private record(
    lists: PackedLists,
    at: number,
    best: Float64Array,
    word: number,
    n: number,
    sim: number,
  ): void {
    const scratch = this.scratch;
    const { stamp, touched, title, body, generation } = scratch;
    const { start, data } = lists;
    for (let p = start[at]!; p < start[at + 1]!; p++) {
      const s = data[p]!;
      const slot = s * n;
      if (stamp[s] !== generation) {
        stamp[s] = generation;
        touched[scratch.touchedCount++] = s;
        for (let j = slot; j < slot + n; j++) {
          title[j] = -1;
          body[j] = -1;
        }
      }
      if (sim > best[slot + word]!) best[slot + word] = sim;
    }
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
    const scratch = this.scratch;
    scratch.reserve(n);
    scratch.nextGeneration();
    for (let i = 0; i < n; i++) {
      for (const hit of this.hitsOf(words[i]!, thresholds)) {
        // A word that counts only in titles leaves the service untouched through its body.
        if (hit.inBody) this.record(this.inServices, hit.vocabulary, scratch.body, i, n, hit.sim);
        this.record(this.inTitles, hit.vocabulary, scratch.title, i, n, hit.sim);
      }
    }
    const { touched, touchedCount: count } = scratch;
    const { title, body } = scratch;
    // Only the services matching the most words are kept.
    let most = 0;
    const kept: number[] = [];
    for (let k = 0; k < count; k++) {
      const s = touched[k]!;
      let matched = 0;
      for (let j = s * n; j < s * n + n; j++) if (title[j]! >= 0 || body[j]! >= 0) matched++;
      if (matched < most) continue;
      if (matched > most) {
        most = matched;
        kept.length = 0;
      }
      kept.push(s);
    }
    if (most < Math.ceil(n / 2)) return [];
    const { score: scoreOf, inTitle: inTitleOf } = scratch;
    const grams = SubstringFilter.gramsOf(query);
    const keys = new Float64Array(kept.length);
    for (const [k, s] of kept.entries()) {
      let inTitle = 0;
      let score = 0;
      for (let j = s * n; j < s * n + n; j++) {
        const t = title[j]!;
        const b = body[j]!;
        if (t < 0 && b < 0) continue;
        if (t >= 0) inTitle++;
        // Single precision, as the SQL search's sums of `real`.
        const part = Math.fround((t >= 0 ? Math.fround(1 + t) : 0) + (b >= 0 ? Math.fround(0.5 * b) : 0));
        score = Math.fround(score + part);
      }
      if (this.titleFilter.mayHold(s, grams) && this.serviceTitles[s]!.includes(query)) {
        score = Math.fround(score + 1);
      }
      scoreOf[s] = score;
      inTitleOf[s] = inTitle;
      keys[k] = rankKey(score, this.codeRank[s]!);
    }
    // A numeric sort of one number per hit (far cheaper than comparing objects), of the best `limit`.
    const top = keys.length > limit ? leastFirst(keys, limit) : keys;
    top.sort();
    const hits: SearchHit[] = [];
    for (let k = 0; k < top.length; k++) {
      const s = this.byCode[top[k]! % RANK_SPAN]!;
      hits.push({ code: this.codes[s]!, matched: most, inTitle: inTitleOf[s]!, score: scoreOf[s]! });
    }
    return hits;
  }
}

/** Code-unit order, as the vocabulary's COLLATE "C". */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
