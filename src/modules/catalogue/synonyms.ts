/**
 * Related terms in search (issue 6 point 22). Editors keep a small table: a term residents type
 * ("sociālais pabalsts") and the phrases the standards use for it ("garantētais minimālais ienākums;
 * mājokļa pabalsts"). Pure functions here; the table is read by the service.
 */

export interface Synonym {
  term: string;
  related: string;
}

/** The stem the search uses too: the word without its last letter (4–5 letters) or two (6 and more). */
function stem(word: string): string {
  return word.length >= 6 ? word.slice(0, -2) : word.length >= 4 ? word.slice(0, -1) : word;
}

/**
 * The same word in another ending: "pabalsti" ~ "pabalsts", "socialie" ~ "socialais". A word under
 * six letters only with an ending of its own length ("pasi" ~ "pase"), never "pasts" ~ "pase".
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || long.length - short.length > (short.length < 6 ? 0 : 2)) return false;
  return long.startsWith(stem(short)) || short.startsWith(stem(long));
}

interface PreparedSynonym {
  term: string[];
  related: string[][];
}

/** The table normalised once per table (the service keeps one per catalogue revision), not per query. */
const prepared = new WeakMap<
  Synonym[],
  { normalise: (text: string) => string; entries: PreparedSynonym[] }
>();

function prepare(synonyms: Synonym[], normalise: (text: string) => string): PreparedSynonym[] {
  const known = prepared.get(synonyms);
  if (known?.normalise === normalise) return known.entries;
  const words = (text: string) => normalise(text).split(' ').filter(Boolean);
  const entries = synonyms.map((s) => ({
    term: words(s.term),
    related: s.related
      .split(';')
      .map(words)
      .filter((r) => r.length > 0),
  }));
  prepared.set(synonyms, { normalise, entries });
  return entries;
}

/**
 * For each table entry whose term's words are all in the query, the queries to run besides the
 * original: each related phrase together with the query's other words. `normalise` is the search's
 * own normalisation, so "Sociālais pabalsts" in the table matches "socialais pabalsts" typed.
 */
export function relatedQueries(
  words: string[],
  synonyms: Synonym[],
  normalise: (text: string) => string,
): string[][] {
  const queries: string[][] = [];
  for (const { term, related } of prepare(synonyms, normalise)) {
    if (term.length === 0 || !term.every((t) => words.some((w) => sameWord(t, w)))) continue;
    const rest = words.filter((w) => !term.some((t) => sameWord(t, w)));
    for (const phrase of related) queries.push([...new Set([...phrase, ...rest])]);
  }
  return queries;
}
