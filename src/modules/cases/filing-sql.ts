import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { caseFile } from '../../db/schema';
import { type AuditEntry, auditCtes } from '../../platform/audit/service';
import { normaliseAccessCode } from './access-code';
import type { CheckedDocument } from './documents';
import { registeredMailSql } from './mail';
import { numberingCtes } from './registry';
import type { VersionForIntake } from './store';

/** A party of the application: a clause that stores it (`savePartySql`), or one already stored. */
export type FiledParty = { save: SQL } | { id: number };

export interface Filing {
  version: VersionForIntake;
  applicant: FiledParty;
  representative?: { party: FiledParty; basis: string };
  channel: string;
  centreCode: string | null;
  receivedOn: string;
  dueOn: string;
  maxDueOn: string | null;
  onTheSpot: boolean;
  delivery: { channel: string; centreCode: string | null };
  accessCode: string;
  idempotencyKey: string;
  fields: Record<string, string>;
  documents: CheckedDocument[];
  registeredBy: number | null;
  event: { actorKind: 'staff' | 'system'; actorId: number | null; actorName: string };
  audit: Omit<AuditEntry, 'after' | 'entityId'> & { after: Record<string, unknown> };
}

function partyClause(p: FiledParty): SQL {
  return 'save' in p ? p.save : sql`SELECT id, name, email, preferred_language FROM party WHERE id = ${p.id}`;
}

/**
 * One statement files an application (ADR 0009): it stores the parties, takes the registry number,
 * writes the case under that number with its documents, first event and registry entry, queues the
 * applicant's mail and appends the audit row. One round trip, atomic on its own; the registry counter
 * and the audit chain head are locked only while it runs and commits. Returns (case_id, number).
 */
export function fileApplicationSql(db: Db, f: Filing): SQL {
  const numbering = numberingCtes();
  const n = (column: string) => sql.raw(`(SELECT ${column} FROM numbered)`);
  const recipient = f.representative ? 'representative' : 'applicant';
  const inserted = db
    .insert(caseFile)
    .values({
      id: sql`${n('case_id')}`,
      registrationNumber: sql`${n('number')}`,
      registryEntryId: sql`${n('entry_id')}::int`,
      serviceId: f.version.serviceId,
      serviceVersionId: f.version.versionId,
      applicantId: sql`(SELECT id FROM applicant)`,
      representativeId: f.representative ? sql`(SELECT id FROM representative)` : null,
      representationBasis: f.representative?.basis ?? null,
      channelIn: f.channel as typeof caseFile.$inferInsert.channelIn,
      centreIn: f.centreCode,
      unitCode: f.version.unitCode,
      status: 'registered',
      receivedOn: f.receivedOn,
      dueOn: f.dueOn,
      maxDueOn: f.maxDueOn,
      onTheSpot: f.onTheSpot,
      deliveryChannel: f.delivery.channel as typeof caseFile.$inferInsert.deliveryChannel,
      deliveryCentre: f.delivery.centreCode,
      accessCodeHash: sql`encode(sha256(convert_to(${n('number')} || E'\\n' || ${normaliseAccessCode(f.accessCode)}, 'UTF8')), 'hex')`,
      idempotencyKey: f.idempotencyKey,
      fields: f.fields,
    })
    .getSQL();
  const documents = f.documents.map(
    (d) =>
      sql`(${d.filename}::text, ${d.mediaType}::text, ${d.size}::int, ${d.sha256}::text, ${d.bytes}::bytea)`,
  );
  const eventData = {
    channel: f.channel,
    centre: f.centreCode,
    unit: f.version.unitCode,
    dueOn: f.dueOn,
    documents: f.documents.length,
  };
  const mail = registeredMailSql(
    { serviceName: f.version.name, dueOn: f.dueOn },
    { numbered: 'numbered', recipient },
  );
  return sql`WITH applicant AS (${partyClause(f.applicant)}),
    ${f.representative ? sql`representative AS (${partyClause(f.representative.party)}),` : sql``}
    ${numbering.sql},
    filed AS (${inserted}),
    ${
      documents.length === 0
        ? sql``
        : sql`filed_documents AS (
      INSERT INTO case_document (case_id, direction, filename, media_type, size, sha256, bytes, registry_number,
        registry_entry_id)
      SELECT n.case_id, 'in', v.filename, v.media_type, v.size, v.sha256, v.bytes, n.number, n.entry_id
      FROM numbered n, (VALUES ${sql.join(documents, sql`, `)}) AS v (filename, media_type, size, sha256, bytes)),`
    }
    filed_event AS (
      INSERT INTO case_event (case_id, actor_kind, actor_id, actor_name, type, to_status, data)
      SELECT n.case_id, ${f.event.actorKind}, ${f.event.actorId}::int, ${f.event.actorName}, 'registered', 'registered',
        ${JSON.stringify(eventData)}::jsonb
      FROM numbered n),
    filed_entry AS (
      INSERT INTO registry_entry (id, number, year, seq, direction, kind, case_id, correspondent, subject, channel,
        centre_code, registered_by)
      SELECT n.entry_id, n.number, ${numbering.year}, n.seq, 'in', 'application', n.case_id,
        (SELECT name FROM ${sql.raw(recipient)}), ${f.version.name.lv}, ${f.channel}, ${f.centreCode},
        ${f.registeredBy}::int
      FROM numbered n),
    filed_mail AS (${mail}),
    ${auditCtes(
      { ...f.audit, entityId: null },
      {
        // The head is locked after the counter, the order every writer takes them in.
        after: sql`(SELECT seq FROM numbered) IS NOT NULL`,
        afterSql: sql`jsonb_build_object('number', ${n('number')}) || ${JSON.stringify(f.audit.after)}::jsonb`,
        entityIdSql: sql`${n('case_id')}::text`,
      },
    )}
    SELECT n.case_id AS "caseId", n.number FROM numbered n`;
}
