// What residents type into the search box: words of the catalogue, one or two at a time; a third without
// diacritics, some with a typo, some cut short. Seeded, so every run sends the same 2,000 queries.
import pg from 'pg';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '');

export async function searchQueries(url: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let texts: string[];
  try {
    texts = (
      await client.query<{ t: string }>(`
        SELECT concat_ws(' ', name->>'lv', name->>'en', keywords->>'lv', description->>'lv') AS t
        FROM service_version WHERE status = 'published'`)
    ).rows.map((r) => r.t);
  } finally {
    await client.end();
  }
  const words = [...new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? []))].sort();
  const random = prng(20261129);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const typo = (w: string) => {
    const i = 1 + Math.floor(random() * (w.length - 2));
    const kind = random();
    if (kind < 0.4) return w.slice(0, i) + w.slice(i + 1);
    if (kind < 0.7) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    return w.slice(0, i) + 'aeiklmnrst'[Math.floor(random() * 10)] + w.slice(i + 1);
  };
  const cut = (w: string) => w.slice(0, Math.max(3, Math.ceil(w.length * (0.5 + random() * 0.3))));
  const queries = new Set<string>();
  while (queries.size < count) {
    let typed = (random() < 0.7 ? [pick()] : [pick(), pick()]).map((w) => {
      const r = random();
      return r < 0.15 ? typo(w) : r < 0.3 ? cut(w) : w;
    });
    if (random() < 1 / 3) typed = typed.map(fold);
    queries.add(typed.join(' '));
  }
  return [...queries];
}
