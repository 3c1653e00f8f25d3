import { sql } from 'drizzle-orm';
import { query } from '../../db/connection';
import type { RegistryKind } from '../../db/schema';
import {
  type AuditReservation,
  type ReservedRow,
  reservationOf,
  reserveAuditRowSql,
  type Tx,
} from '../../platform/audit/service';
import { normaliseAccessCode } from './access-code';

export interface RegistryNumber {
  year: number;
  seq: number;
  number: string;
}

/** The current year in Riga: a document registered at 00:30 on 1 January belongs to the new year. */
const RIGA_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Riga', year: 'numeric' });
export function registryYear(now = new Date()): number {
  return Number(RIGA_YEAR.format(now));
}

export function formatRegistryNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}/${year}/${String(seq).padStart(6, '0')}`;
}

/**
 * Takes the next number of the year (ADR 0007). The counter row stays locked until the caller's
 * transaction ends: concurrent intakes queue here, and a rollback returns the number, so the numbers
 * of a year have no gaps. Never a SEQUENCE: a sequence does not roll back.
 */
export async function takeRegistryNumber(tx: Tx, now = new Date()): Promise<RegistryNumber> {
  const year = registryYear(now);
  const [row] = await query<{ seq: number; prefix: string }>(
    tx,
    sql`WITH counter AS (
          INSERT INTO registry_counter (year, last) VALUES (${year}, 1)
          ON CONFLICT (year) DO UPDATE SET last = registry_counter.last + 1
          RETURNING last)
        SELECT counter.last AS seq, (SELECT registry_prefix FROM municipality WHERE id = 1) AS prefix FROM counter`,
  );
  if (!row?.prefix) throw new Error('The municipality (and its registry prefix) must be configured first');
  const seq = Number(row.seq);
  return { year, seq, number: formatRegistryNumber(row.prefix, year, seq) };
}

export interface RegistryEntryInput {
  direction: 'in' | 'out';
  kind: RegistryKind;
  caseId?: number | null;
  correspondent?: string | null;
  subject: string;
  channel?: string | null;
  centreCode?: string | null;
  registeredBy?: number | null;
}

/** Numbers and records one document in the registry; returns its id and number. */
export async function registerDocument(
  tx: Tx,
  entry: RegistryEntryInput,
  taken?: RegistryNumber,
): Promise<{ id: number; number: string }> {
  const n = taken ?? (await takeRegistryNumber(tx));
  const [row] = await query<{ id: string }>(
    tx,
    sql`INSERT INTO registry_entry (number, year, seq, direction, kind, case_id, correspondent, subject, channel,
          centre_code, registered_by)
        VALUES (${n.number}, ${n.year}, ${n.seq}, ${entry.direction}, ${entry.kind}, ${entry.caseId ?? null},
          ${entry.correspondent ?? null}, ${entry.subject}, ${entry.channel ?? null}, ${entry.centreCode ?? null},
          ${entry.registeredBy ?? null})
        RETURNING id`,
  );
  return { id: Number(row!.id), number: n.number };
}

/**
 * Numbers a registered application in one statement: takes the year's next number, records the registry
 * entry, writes the number, the access-code hash (see access-code.ts) and the entry onto the case and its
 * documents, and then locks the audit chain head and reserves the audit row of the registration. Taken
 * last in the intake transaction, so the counter row and the chain head are locked only briefly; the
 * counter is locked before the chain head, the order every writer takes them in.
 */
export async function numberApplication(
  tx: Tx,
  a: {
    caseId: number;
    accessCode: string;
    correspondent: string | null;
    subject: string;
    channel: string;
    centreCode: string | null;
    registeredBy: number | null;
  },
  now = new Date(),
): Promise<{ number: string; audit: AuditReservation }> {
  const year = registryYear(now);
  const code = normaliseAccessCode(a.accessCode);
  const [row] = await query<{ number: string | null } & ReservedRow>(
    tx,
    sql`WITH counter AS (
          INSERT INTO registry_counter (year, last) VALUES (${year}, 1)
          ON CONFLICT (year) DO UPDATE SET last = registry_counter.last + 1
          RETURNING last),
        numbered AS (
          SELECT counter.last AS seq, m.registry_prefix || '/' || ${year}::text || '/' || lpad(counter.last::text, 6, '0') AS number
          FROM counter, municipality m WHERE m.id = 1),
        entry AS (
          INSERT INTO registry_entry (number, year, seq, direction, kind, case_id, correspondent, subject, channel,
            centre_code, registered_by)
          SELECT number, ${year}, seq, 'in', 'application', ${a.caseId}, ${a.correspondent}, ${a.subject}, ${a.channel},
            ${a.centreCode}, ${a.registeredBy}
          FROM numbered
          RETURNING id, number),
        named AS (
          UPDATE case_file SET registration_number = entry.number, registry_entry_id = entry.id,
            access_code_hash = encode(sha256(convert_to(entry.number || E'\n' || ${code}, 'UTF8')), 'hex')
          FROM entry WHERE case_file.id = ${a.caseId}
          RETURNING case_file.id),
        documents AS (
          UPDATE case_document SET registry_number = entry.number, registry_entry_id = entry.id
          FROM entry WHERE case_document.case_id = ${a.caseId}
          RETURNING case_document.id)
        ${reserveAuditRowSql({
          columns: sql`(SELECT number FROM entry) AS number`,
          after: sql`(SELECT number FROM entry) IS NOT NULL`,
        })}`,
  );
  if (!row?.number) throw new Error('The municipality (and its registry prefix) must be configured first');
  return { number: row.number, audit: reservationOf(row) };
}
