// Grows the demo catalogue to `total` published services for the search benchmark: copies of the demo's
// standards in force, each named with the original name and two of a few hundred made-up Latvian place
// and object words, so that the vocabulary grows as a real catalogue's would.
import pg from 'pg';

const PLACES = [
  'Kalna',
  'Upes',
  'Meža',
  'Ezera',
  'Lauku',
  'Pils',
  'Dzirnavu',
  'Ozolu',
  'Liepu',
  'Bērzu',
  'Skolas',
  'Baznīcas',
  'Stacijas',
  'Tirgus',
  'Pļavas',
  'Purva',
  'Krasta',
  'Dārza',
  'Sila',
  'Gravas',
];
const THINGS = [
  'ielas',
  'ciema',
  'pagasta',
  'muižas',
  'parka',
  'tilta',
  'laukuma',
  'kvartāla',
  'sētas',
  'mājas',
  'stadiona',
  'ostas',
  'ceļa',
  'klēts',
  'birzs',
  'salas',
  'kalniņa',
  'pilskalna',
];

export async function growCatalogue(url: string, total: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = (
      await client.query<{ name: string }>(`
        SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'service_version' AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'service_id', 'name', 'version')
        ORDER BY ordinal_position`)
    ).rows.map((r) => `"${r.name}"`);
    const source = `
      SELECT v.*, s.owner_id, s.category_code, row_number() OVER (ORDER BY v.id) - 1 AS k
      FROM service_version v JOIN service s ON s.id = v.service_id
      WHERE v.status = 'published' AND s.withdrawn_at IS NULL`;
    const [{ existing, sources }] = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM service) AS existing, (SELECT count(*)::int FROM (${source}) x) AS sources`,
      )
    ).rows;
    const missing = total - existing;
    if (missing <= 0) return existing;
    await client.query(
      `WITH src AS (${source}),
       gen AS (
         SELECT g, src.*, $1::text[] AS places, $2::text[] AS things FROM generate_series(1, $3::int) g
         JOIN src ON src.k = g % $4::int),
       ins AS (
         INSERT INTO service (code, owner_id, category_code)
         SELECT 'gen-' || g, owner_id, category_code FROM gen RETURNING id, code)
       INSERT INTO service_version (service_id, version, name, ${columns.join(', ')})
       SELECT ins.id, 1,
         jsonb_build_object(
           'lv', (gen.name->>'lv') || ' — ' || places[1 + g % array_length(places, 1)] || ' ' || things[1 + (g / 20) % array_length(things, 1)],
           'en', (gen.name->>'en') || ' — ' || places[1 + g % array_length(places, 1)] || ' ' || things[1 + (g / 20) % array_length(things, 1)]),
         ${columns.map((c) => `gen.${c}`).join(', ')}
       FROM ins JOIN gen ON ins.code = 'gen-' || gen.g`,
      [PLACES, THINGS, missing, sources],
    );
    await client.query('ANALYZE');
    return total;
  } finally {
    await client.end();
  }
}
