import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { recordAudit, type Tx } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import { hasRole } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { eraseParties } from '../parties/service';
import { todayInRiga } from './deadlines';

/** The day until which a case closed today is kept: the service's rule, else the municipality default. */
export async function retentionUntil(tx: Db, serviceId: number, closedOn: string): Promise<string> {
  const [row] = await query<{ until: string }>(
    tx,
    sql`SELECT to_char(${closedOn}::date + make_interval(years => coalesce(
          (SELECT years FROM case_retention_rule WHERE service_id = ${serviceId}),
          (SELECT default_retention_years FROM case_settings WHERE id = 1), 5)::int), 'YYYY-MM-DD') AS until`,
  );
  return row!.until;
}

export interface RetentionReport {
  dryRun: boolean;
  today: string;
  cases: number;
  documents: number;
  parties: number;
  /** Letters of no case (received or sent) whose correspondent and scans were removed. */
  letters: number;
  /** Consultations without an application whose link to a person was removed (they stay counted). */
  consultations: number;
}

/**
 * The letters of no case past the usual period from their registration: a case's letters follow the case,
 * these have only the registry. The checked day is inlined where a statement takes no parameters.
 */
const lettersDue = (today: string) => sql`SELECT id FROM registry_entry
  WHERE case_id IS NULL AND kind IN ('correspondence', 'answer') AND correspondent IS NOT NULL
    AND (registered_at AT TIME ZONE 'Europe/Riga')::date + make_interval(years => coalesce(
      (SELECT default_retention_years FROM case_settings WHERE id = 1), 5)::int) <= ${today}::date`;

/**
 * Consultations linked to a person past the usual period from when they took place: the link is personal
 * data; the consultation itself (centre, service or topic, channel, minutes) stays for the statistics.
 */
const consultationsDue = (today: string) => sql`SELECT id, party_id FROM interaction
  WHERE party_id IS NOT NULL
    AND (at AT TIME ZONE 'Europe/Riga')::date + make_interval(years => coalesce(
      (SELECT default_retention_years FROM case_settings WHERE id = 1), 5)::int) <= ${today}::date`;

/** Removes the links of those consultations; the parties they pointed at (to erase if nothing else does). */
async function unlinkConsultations(
  tx: Tx,
  today: string,
): Promise<{ consultations: number; parties: number[] }> {
  const rows = await query<{ partyId: number }>(
    tx,
    sql`WITH due AS (${consultationsDue(today)})
        UPDATE interaction i SET party_id = NULL FROM due WHERE i.id = due.id RETURNING due.party_id AS "partyId"`,
  );
  return { consultations: rows.length, parties: [...new Set(rows.map((r) => r.partyId))] };
}

/** Removes the correspondents and scans of the letters of no case past their period; how many letters. */
async function removeLetters(tx: Tx, today: string): Promise<number> {
  await tx.execute(sql`UPDATE case_document SET bytes = NULL, filename = 'dokuments', removed_at = now()
    WHERE case_id IS NULL AND removed_at IS NULL AND registry_entry_id IN (${lettersDue(today)})`);
  const removed = await query<{ id: number }>(
    tx,
    sql`UPDATE registry_entry SET correspondent = NULL, subject = '—' WHERE id IN (${lettersDue(today)}) RETURNING id`,
  );
  return removed.length;
}

/**
 * Removes the personal data and documents of the cases past retention (R25). What stays: the case row
 * with its service, dates, statuses, channel and centre (statistics), the registry entry without the
 * correspondent, the events without reasons or free text, and each document's hash and size. Consultations
 * linked to a person lose the link after the usual period. A party is erased once no case and no
 * consultation refers to it any more. One transaction; every run (a dry run too) is audited.
 */
export async function runRetention(
  db: Db,
  actor: Actor,
  opts: { dryRun?: boolean; today?: string } = {},
): Promise<RetentionReport> {
  if (actor.kind !== 'system' && !hasRole(actor, 'admin')) throw new ForbiddenError();
  const today = opts.today ?? todayInRiga();
  const dryRun = opts.dryRun ?? false;
  return db.transaction(async (tx) => {
    const due = sql`SELECT id FROM case_file WHERE retention_until <= ${today}::date AND personal_data_removed_at IS NULL`;
    const [counts] = await query<{ cases: number; documents: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM (${due}) d) AS cases,
            (SELECT count(*)::int FROM case_document WHERE bytes IS NOT NULL AND case_id IN (${due})) AS documents`,
    );
    let parties = 0;
    let consultations = 0;
    if (dryRun) {
      parties = await countErasableParties(tx, today);
      consultations = Number(
        (
          await query<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM (${consultationsDue(today)}) c`)
        )[0]?.n ?? 0,
      );
    } else {
      const fromCases = counts!.cases > 0 ? await removePersonalData(tx, today) : [];
      const unlinked = await unlinkConsultations(tx, today);
      consultations = unlinked.consultations;
      parties = await eraseUnlinkedParties(tx, [...fromCases, ...unlinked.parties]);
    }
    const letters = dryRun
      ? Number(
          (await query<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM (${lettersDue(today)}) l`))[0]
            ?.n ?? 0,
        )
      : await removeLetters(tx, today);
    const report = {
      dryRun,
      today,
      cases: counts!.cases,
      documents: counts!.documents,
      parties,
      letters,
      consultations,
    };
    await tx.execute(
      sql`INSERT INTO retention_run (dry_run, cases, documents, parties) VALUES (${dryRun}, ${report.cases}, ${report.documents}, ${parties})`,
    );
    await recordAudit(tx, {
      actor,
      action: dryRun ? 'retention.dry_run' : 'retention.run',
      entity: 'retention_run',
      after: report,
    });
    return report;
  });
}

async function countErasableParties(tx: Tx, today: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    tx,
    sql`WITH due AS (SELECT id, applicant_id, representative_id FROM case_file
                     WHERE retention_until <= ${today}::date AND personal_data_removed_at IS NULL),
          consulted AS (${consultationsDue(today)}),
          touched AS (SELECT applicant_id AS id FROM due UNION SELECT representative_id FROM due
                      UNION SELECT party_id FROM consulted)
        SELECT count(*)::int AS n FROM touched t JOIN party p ON p.id = t.id AND p.erased_at IS NULL
        WHERE NOT EXISTS (
            SELECT 1 FROM case_file c WHERE (c.applicant_id = t.id OR c.representative_id = t.id)
              AND c.id NOT IN (SELECT id FROM due))
          AND NOT EXISTS (
            SELECT 1 FROM interaction i WHERE i.party_id = t.id AND i.id NOT IN (SELECT id FROM consulted))`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Erases the parties of `ids` that nothing refers to any more: no case (as applicant or representative)
 * and no consultation still within its period. How many were erased.
 */
async function eraseUnlinkedParties(tx: Tx, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const erased = await eraseParties(
    tx,
    sql`SELECT t.id FROM (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::int AS id) t
        WHERE NOT EXISTS (SELECT 1 FROM case_file c WHERE c.applicant_id = t.id OR c.representative_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.party_id = t.id)`,
  );
  return erased.length;
}

/** Removes the personal data of the cases past retention; the parties they referred to. */
async function removePersonalData(tx: Tx, today: string): Promise<number[]> {
  // CREATE TABLE AS takes no bind parameters: the checked day is inlined.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`not a day: ${today}`);
  await tx.execute(sql`CREATE TEMP TABLE retention_due ON COMMIT DROP AS
    SELECT id, applicant_id, representative_id FROM case_file
    WHERE retention_until <= ${sql.raw(`'${today}'`)}::date AND personal_data_removed_at IS NULL`);
  await tx.execute(sql`UPDATE case_document SET bytes = NULL, filename = 'dokuments', removed_at = now()
    WHERE case_id IN (SELECT id FROM retention_due) AND removed_at IS NULL`);
  await tx.execute(sql`UPDATE case_event SET reason = NULL,
      data = data - 'message' - 'institution' - 'note' - 'assigneeName'
    WHERE case_id IN (SELECT id FROM retention_due)`);
  await tx.execute(
    sql`UPDATE registry_entry SET correspondent = NULL WHERE case_id IN (SELECT id FROM retention_due)`,
  );
  // The mails to the applicant hold their address and the case's details.
  await tx.execute(sql`DELETE FROM outbox_message WHERE case_id IN (SELECT id FROM retention_due)`);
  const parties = await query<{ id: number | null }>(
    tx,
    sql`SELECT applicant_id AS id FROM retention_due UNION SELECT representative_id FROM retention_due`,
  );
  await tx.execute(sql`UPDATE case_file SET applicant_id = NULL, representative_id = NULL, representation_basis = NULL,
      fields = '{}'::jsonb, access_code_hash = '', personal_data_removed_at = now()
    WHERE id IN (SELECT id FROM retention_due)`);
  return parties.flatMap((p) => (p.id === null ? [] : [p.id]));
}
