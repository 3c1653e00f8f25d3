import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import {
  addDays,
  computeDeadline,
  loadCalendar,
  maximumExtension,
  todayInRiga,
  type WorkingCalendar,
} from '../../platform/calendar';

const BATCH = 50_000;

// CREATE TABLE AS takes no bind parameters: these values are ours (numbers and today's date), inlined.
const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return sql.raw(String(n));
};
const day = (d: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`not a day: ${d}`);
  return sql.raw(`'${d}'::date`);
};
const DAYS = 3 * 365;

/** Each day of [from, to] with the due date (10 working days) and the latest extension of a case received then. */
function deadlinesOfDays(cal: WorkingCalendar, from: string, to: string): string {
  const rows: { received_on: string; due_on: string; max_due_on: string }[] = [];
  for (let d = from; d <= to; d = addDays(d, 1))
    rows.push({
      received_on: d,
      due_on: computeDeadline(cal, d, 10, 'working_days'),
      max_due_on: maximumExtension(cal, d),
    });
  return JSON.stringify(rows);
}

/**
 * N synthetic cases spread over the last three years, for benchmarks (issue 8, item 14): bulk SQL with
 * generate_series, in chronological batches so that registry numbers follow the dates and continue the
 * registry's gapless counter. Statuses as a municipality would have them: old cases closed, recent ones
 * spread over the open statuses. Parties are shared (a person applies more than once). One audit row
 * per run, not per case. `onBatch` reports progress.
 */
export async function seedSyntheticCases(
  db: Db,
  n: number,
  onBatch?: (done: number, total: number) => void,
): Promise<number> {
  if (!Number.isInteger(n) || n <= 0) return 0;
  const today = todayInRiga();
  const cal = await loadCalendar(db);
  const [ready] = await query<{ versions: number; centres: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM service_version WHERE status = 'published') AS versions,
          (SELECT count(*)::int FROM centre) AS centres`,
  );
  if (!ready?.versions || !ready.centres) throw new Error('Load the catalogue first (pietura seed --demo)');
  const partyCount = Math.max(1, Math.min(Math.ceil(n / 3), 300_000));
  const [firstParty] = await query<{ id: number }>(
    db,
    sql`WITH inserted AS (
          INSERT INTO party (kind, personal_code, name, email, preferred_language)
          SELECT 'person', '32' || lpad((700000000 + g)::text, 9, '0'),
            (ARRAY['Jānis','Anna','Pēteris','Inese','Andris','Līga','Kārlis','Ilze'])[1 + g % 8] || ' ' ||
            (ARRAY['Bērziņš','Kalniņa','Ozoliņš','Liepiņa','Krūmiņš','Vītola','Zariņš','Egle'])[1 + (g / 8) % 8],
            CASE WHEN g % 3 = 0 THEN 'synthetic' || g || '@example.lv' END, CASE WHEN g % 10 = 0 THEN 'en' ELSE 'lv' END
          FROM generate_series(1, ${partyCount}) g
          ON CONFLICT DO NOTHING RETURNING id)
        SELECT coalesce(min(id), 0) AS id FROM inserted`,
  );
  const partyBase = firstParty!.id;
  let done = 0;
  const batches = Math.ceil(n / BATCH);
  for (let b = 0; b < batches; b++) {
    const count = Math.min(BATCH, n - done);
    // This batch covers its own slice of the three years, oldest first.
    const fromOffset = Math.floor((DAYS * (batches - b)) / batches);
    const toOffset = Math.floor((DAYS * (batches - b - 1)) / batches);
    await db.transaction(async (tx) => {
      const [last] = await query<{ id: number }>(tx, sql`SELECT coalesce(max(id), 0) AS id FROM case_file`);
      const after = last!.id;
      await tx.execute(sql`CREATE TEMP TABLE synth_version ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY v.id) - 1 AS idx, v.id AS version_id, s.id AS service_id, o.code AS unit_code
        FROM service_version v JOIN service s ON s.id = v.service_id JOIN organisation o ON o.id = s.owner_id
        WHERE v.status = 'published'`);
      await tx.execute(sql`CREATE TEMP TABLE synth_centre ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY code) - 1 AS idx, code FROM centre`);
      await tx.execute(sql`CREATE TEMP TABLE synth ON COMMIT DROP AS
        SELECT g, received_on, extract(year FROM received_on)::int AS year,
          row_number() OVER (PARTITION BY extract(year FROM received_on) ORDER BY received_on, g) AS rn,
          r1, r2, r3, r4
        FROM (SELECT g, (${day(today)} - ${int(fromOffset)} + floor(random() * ${int(fromOffset - toOffset)})::int) AS received_on,
                random() AS r1, random() AS r2, random() AS r3, random() AS r4
              FROM generate_series(1, ${int(count)}) g) x`);
      await tx.execute(sql`CREATE TEMP TABLE synth_due (received_on date PRIMARY KEY, due_on date, max_due_on date)
        ON COMMIT DROP`);
      await tx.execute(
        sql`INSERT INTO synth_due SELECT * FROM jsonb_to_recordset(${deadlinesOfDays(
          cal,
          addDays(today, -fromOffset),
          addDays(today, -toOffset),
        )}::jsonb) AS x(received_on date, due_on date, max_due_on date)`,
      );
      await tx.execute(sql`INSERT INTO registry_counter (year, last)
        SELECT DISTINCT year, 0 FROM synth ON CONFLICT (year) DO NOTHING`);
      await tx.execute(sql`CREATE TEMP TABLE synth_counter ON COMMIT DROP AS
        SELECT year, last FROM registry_counter WHERE year IN (SELECT DISTINCT year FROM synth) FOR UPDATE`);
      await tx.execute(sql`INSERT INTO case_file (registration_number, service_id, service_version_id, applicant_id,
          channel_in, centre_in, unit_code, assignee_id, status, received_on, due_on, max_due_on, delivery_channel,
          delivery_centre, access_code_hash, fields, decision, decided_on, closed_at, retention_until, created_at)
        SELECT m.registry_prefix || '/' || s.year || '/' || lpad((k.last + s.rn)::text, 6, '0'),
          v.service_id, v.version_id, ${partyBase} + floor(s.r3 * ${partyCount})::int,
          (ARRAY['in_person','post','email','e_address','portal','latvija_lv','in_person','in_person'])[1 + floor(s.r4 * 8)::int],
          c.code, v.unit_code, NULL, st.status, s.received_on, dd.due_on, dd.max_due_on,
          (ARRAY['centre','centre','post','email','download'])[1 + floor(s.r4 * 5)::int],
          c.code, md5(s.g::text || s.received_on::text), '{}'::jsonb,
          CASE WHEN st.status IN ('decided','ready_for_issue','issued') THEN 'granted' END,
          CASE WHEN st.status IN ('decided','ready_for_issue','issued') THEN s.received_on + 10 END,
          CASE WHEN st.status IN ('issued','rejected','withdrawn','forwarded') THEN (s.received_on + 12)::timestamptz END,
          CASE WHEN st.status IN ('issued','rejected','withdrawn','forwarded') THEN s.received_on + 12 + 365 * 5 END,
          s.received_on::timestamptz
        FROM synth s
        JOIN synth_counter k ON k.year = s.year
        JOIN synth_due dd ON dd.received_on = s.received_on
        JOIN synth_version v ON v.idx = floor(s.r1 * (SELECT count(*) FROM synth_version))::int
        JOIN synth_centre c ON c.idx = floor(s.r4 * (SELECT count(*) FROM synth_centre))::int
        CROSS JOIN municipality m
        CROSS JOIN LATERAL (SELECT CASE
          WHEN s.received_on < ${today}::date - 45 THEN
            CASE WHEN s.r2 < 0.85 THEN 'issued' WHEN s.r2 < 0.9 THEN 'rejected' WHEN s.r2 < 0.95 THEN 'withdrawn' ELSE 'forwarded' END
          ELSE CASE WHEN s.r2 < 0.2 THEN 'registered' WHEN s.r2 < 0.55 THEN 'in_progress' WHEN s.r2 < 0.7 THEN 'awaiting_applicant'
            WHEN s.r2 < 0.8 THEN 'decided' WHEN s.r2 < 0.9 THEN 'ready_for_issue' ELSE 'issued' END
          END AS status) st
        ORDER BY s.year, s.rn`);
      await tx.execute(sql`UPDATE registry_counter r SET last = r.last + x.n
        FROM (SELECT year, count(*) AS n FROM synth GROUP BY year) x WHERE x.year = r.year`);
      await tx.execute(sql`UPDATE case_file SET assignee_id = (SELECT min(g.user_id) FROM role_grant g
          WHERE g.role = 'specialist' AND g.unit_code = case_file.unit_code)
        WHERE id > ${after} AND status NOT IN ('registered', 'forwarded', 'withdrawn')`);
      await tx.execute(sql`WITH entries AS (
          INSERT INTO registry_entry (number, year, seq, direction, kind, case_id, subject, channel, centre_code, registered_at)
          SELECT c.registration_number, extract(year FROM c.received_on)::int,
            split_part(c.registration_number, '/', 3)::int, 'in', 'application', c.id, 'Iesniegums', c.channel_in,
            c.centre_in, c.received_on::timestamptz
          FROM case_file c WHERE c.id > ${after}
          RETURNING id, case_id)
        UPDATE case_file c SET registry_entry_id = e.id FROM entries e WHERE e.case_id = c.id`);
      await tx.execute(sql`INSERT INTO case_event (case_id, at, actor_kind, actor_name, type, to_status, data)
        SELECT c.id, c.received_on::timestamptz, 'system', 'synthetic data', 'registered', 'registered', '{}'::jsonb
        FROM case_file c WHERE c.id > ${after}`);
      await tx.execute(sql`INSERT INTO case_event (case_id, at, actor_kind, actor_name, type, from_status, to_status, data)
        SELECT c.id, c.received_on::timestamptz + interval '1 day', 'system', 'synthetic data',
          CASE c.status WHEN 'issued' THEN 'issue' WHEN 'rejected' THEN 'reject' WHEN 'withdrawn' THEN 'withdraw'
            WHEN 'forwarded' THEN 'forward' WHEN 'decided' THEN 'decide' WHEN 'ready_for_issue' THEN 'ready_for_issue'
            WHEN 'awaiting_applicant' THEN 'request_info' ELSE 'assign' END,
          'registered', c.status, '{}'::jsonb
        FROM case_file c WHERE c.id > ${after} AND c.status <> 'registered'`);
    });
    done += count;
    onBatch?.(done, n);
  }
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor: systemActor('pietura seed --cases'),
      action: 'case.synthetic_seeded',
      entity: 'case_file',
      after: { cases: n },
    }),
  );
  return n;
}
