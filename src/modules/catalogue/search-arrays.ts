// The typed-array pieces the search index (search-index.ts) is built from: kept apart so that the index
// reads as the search it is.

/**
 * Lists of numbers packed into one array, list i at data[start[i] … start[i + 1]): a search reads
 * a few lists of many, and one array keeps them close together in memory (and in the CPU's caches,
 * which the rest of a request keeps emptying) where an array per list would scatter them.
 */
export class PackedLists {
  readonly start: Int32Array;
  readonly data: Int32Array;

  constructor(lists: readonly (readonly number[])[]) {
    this.start = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => {
      this.start[i + 1] = this.start[i]! + list.length;
    });
    this.data = new Int32Array(this.start[lists.length]!);
    lists.forEach((list, i) => {
      this.data.set(list, this.start[i]!);
    });
  }
}

const GRAM_WORDS = 16;

/**
 * For each text, which three-character substrings it holds, hashed into 512 bits. A text holding a
 * query holds each of the query's three-character substrings, so a text missing one of them cannot
 * hold the query: most texts are ruled out by a few bit tests, and `includes` decides the rest.
 */
export class SubstringFilter {
  private readonly bits: Int32Array;

  constructor(texts: string[]) {
    this.bits = new Int32Array(texts.length * GRAM_WORDS);
    texts.forEach((text, i) => {
      for (const h of SubstringFilter.gramsOf(text)) this.bits[i * GRAM_WORDS + (h >>> 5)]! |= 1 << (h & 31);
    });
  }

  /** The hashes (0 … 511) of the text's three-character substrings, by UTF-16 code unit as `includes`. */
  static gramsOf(text: string): Int32Array {
    const grams = new Int32Array(Math.max(0, text.length - 2));
    for (let i = 0; i < grams.length; i++) {
      const h =
        Math.imul(text.charCodeAt(i), 0x9e3779b1) ^
        Math.imul(text.charCodeAt(i + 1), 0x85ebca77) ^
        Math.imul(text.charCodeAt(i + 2), 0xc2b2ae3d);
      grams[i] = h >>> 23;
    }
    return grams;
  }

  /** False when text `i` cannot hold a query with these substrings (a query under three characters: true). */
  mayHold(i: number, grams: Int32Array): boolean {
    const at = i * GRAM_WORDS;
    for (let g = 0; g < grams.length; g++) {
      const h = grams[g]!;
      if ((this.bits[at + (h >>> 5)]! & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}

/** The `k` least values of `a` (distinct numbers), in no order: a quickselect that moves them to its start. */
export function leastFirst(a: Float64Array, k: number): Float64Array {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i++] = a[j]!;
        a[j--] = swap;
      }
    }
    // a[lo … j] ≤ pivot ≤ a[i … hi]; between them, the pivot itself.
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return a.subarray(0, k);
}

export const RANK_SPAN = 2 ** 21;
const float = new Float32Array(1);
const floatBits = new Uint32Array(float.buffer);

/**
 * One number that sorts ascending as hits rank: by score descending, then by code. A score is a
 * float4 of at least 0, whose bits as an unsigned integer are in the order of the values; below
 * them, the code's rank. 32 + 21 bits: exact in a double.
 */
export function rankKey(score: number, codeRank: number): number {
  float[0] = score;
  return (0xffffffff - floatBits[0]!) * RANK_SPAN + codeRank;
}
