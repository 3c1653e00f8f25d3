import { type SQL, sql } from 'drizzle-orm';
import type { Ref, Shaped } from '../../db/shaped-statement';
import { type AuditEntry, shapedAuditCtes, shapedAuditValues } from '../../platform/audit/service';
import { normaliseAccessCode } from './access-code';
import type { CheckedDocument } from './documents';
import { registeredMailShaped } from './mail';
import { numberingCtes, registryYear } from './registry';
import type { VersionForIntake } from './store';

/** A party of the application: a clause that stores it (`savePartyShaped`), or one already stored. */
export type FiledParty = { save: Shaped } | { id: number };

export interface Filing {
  /** The catalogue revision the version, centres and calendar were read at (ADR 0011). */
  revision: string;
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

/** The party clause as a shaped part, its values under `prefix`. */
function partyPart(p: FiledParty, prefix: string): Shaped {
  if ('save' in p) return p.save;
  return {
    shape: 'party:id',
    values: { [`${prefix}.id`]: p.id },
    build: (ref) =>
      sql`SELECT id, name, email, preferred_language FROM party WHERE id = ${ref(`${prefix}.id`)}::int`,
  };
}

function documentRows(ref: Ref, count: number): SQL {
  return sql.join(
    Array.from(
      { length: count },
      (_, i) =>
        sql`(${ref(`doc${i}.filename`)}::text, ${ref(`doc${i}.mediaType`)}::text, ${ref(`doc${i}.size`)}::int,
          ${ref(`doc${i}.sha256`)}::text, ${ref(`doc${i}.bytes`)}::bytea)`,
    ),
    sql`, `,
  );
}

/**
 * One statement files an application (ADR 0009): it stores the parties, takes the registry number,
 * writes the case under that number with its documents, first event and registry entry, queues the
 * applicant's mail and appends the audit row. One round trip, atomic on its own; the registry counter
 * and the audit chain head are locked only while it runs and commits. It fails, writing nothing, when the
 * catalogue moved on from `revision` (ADR 0011). A shaped statement (db/shaped-statement.ts): its text
 * is built once per shape. Returns (caseId, number).
 */
export function fileApplication(f: Filing): Shaped {
  const applicant = partyPart(f.applicant, 'applicant');
  const representative = f.representative && partyPart(f.representative.party, 'representative');
  const recipient = f.representative ? 'representative' : 'applicant';
  const mail = registeredMailShaped(
    { serviceName: f.version.name, dueOn: f.dueOn },
    { numbered: 'numbered', recipient },
  );
  const documents = f.documents.length;
  const values: Record<string, unknown> = {
    ...applicant.values,
    ...representative?.values,
    ...mail.values,
    ...shapedAuditValues(f.audit),
    year: registryYear(),
    revision: f.revision,
    serviceId: f.version.serviceId,
    versionId: f.version.versionId,
    unitCode: f.version.unitCode,
    basis: f.representative?.basis ?? null,
    channel: f.channel,
    centreCode: f.centreCode,
    receivedOn: f.receivedOn,
    dueOn: f.dueOn,
    maxDueOn: f.maxDueOn,
    onTheSpot: f.onTheSpot,
    deliveryChannel: f.delivery.channel,
    deliveryCentre: f.delivery.centreCode,
    accessCode: normaliseAccessCode(f.accessCode),
    idempotencyKey: f.idempotencyKey,
    fields: JSON.stringify(f.fields),
    eventActorKind: f.event.actorKind,
    eventActorId: f.event.actorId,
    eventActorName: f.event.actorName,
    eventData: JSON.stringify({
      channel: f.channel,
      centre: f.centreCode,
      unit: f.version.unitCode,
      dueOn: f.dueOn,
      documents,
    }),
    subject: f.version.name.lv,
    registeredBy: f.registeredBy,
    auditAfter: JSON.stringify(f.audit.after),
  };
  f.documents.forEach((d, i) => {
    values[`doc${i}.filename`] = d.filename;
    values[`doc${i}.mediaType`] = d.mediaType;
    values[`doc${i}.size`] = d.size;
    values[`doc${i}.sha256`] = d.sha256;
    values[`doc${i}.bytes`] = d.bytes;
  });
  return {
    shape: `file:${applicant.shape}:${representative?.shape ?? '-'}:${documents}:${mail.shape}`,
    values,
    build: (ref) => sql`WITH applicant AS (${applicant.build(ref)}),
    ${representative ? sql`representative AS (${representative.build(ref)}),` : sql``}
    ${numberingCtes(ref)},
    filed AS (
      INSERT INTO case_file (id, registration_number, registry_entry_id, service_id, service_version_id, applicant_id,
        representative_id, representation_basis, channel_in, centre_in, unit_code, status, received_on, due_on,
        max_due_on, on_the_spot, delivery_channel, delivery_centre, access_code_hash, idempotency_key, fields)
      SELECT n.case_id, n.number, n.entry_id::int, ${ref('serviceId')}::int, ${ref('versionId')}::int,
        (SELECT id FROM applicant), ${representative ? sql`(SELECT id FROM representative)` : sql`NULL::int`},
        ${ref('basis')}::text, ${ref('channel')}::text, ${ref('centreCode')}::text, ${ref('unitCode')}::text,
        'registered', ${ref('receivedOn')}::date, ${ref('dueOn')}::date, ${ref('maxDueOn')}::date,
        ${ref('onTheSpot')}::boolean, ${ref('deliveryChannel')}::text, ${ref('deliveryCentre')}::text,
        encode(sha256(convert_to(n.number || E'\\n' || ${ref('accessCode')}::text, 'UTF8')), 'hex'),
        ${ref('idempotencyKey')}::text, ${ref('fields')}::jsonb
      FROM numbered n),
    ${
      documents === 0
        ? sql``
        : sql`filed_documents AS (
      INSERT INTO case_document (case_id, direction, filename, media_type, size, sha256, bytes, registry_number,
        registry_entry_id)
      SELECT n.case_id, 'in', v.filename, v.media_type, v.size, v.sha256, v.bytes, n.number, n.entry_id
      FROM numbered n, (VALUES ${documentRows(ref, documents)}) AS v (filename, media_type, size, sha256, bytes)),`
    }
    filed_event AS (
      INSERT INTO case_event (case_id, actor_kind, actor_id, actor_name, type, to_status, data)
      SELECT n.case_id, ${ref('eventActorKind')}::text, ${ref('eventActorId')}::int, ${ref('eventActorName')}::text,
        'registered', 'registered', ${ref('eventData')}::jsonb
      FROM numbered n),
    filed_entry AS (
      INSERT INTO registry_entry (id, number, year, seq, direction, kind, case_id, correspondent, subject, channel,
        centre_code, registered_by)
      SELECT n.entry_id, n.number, ${ref('year')}::int, n.seq, 'in', 'application', n.case_id,
        (SELECT name FROM ${sql.raw(recipient)}), ${ref('subject')}::text, ${ref('channel')}::text,
        ${ref('centreCode')}::text, ${ref('registeredBy')}::int
      FROM numbered n),
    filed_mail AS (${mail.build(ref)}),
    ${shapedAuditCtes(ref, {
      // The head is locked after the counter, the order every writer takes them in.
      after: sql`(SELECT seq FROM numbered) IS NOT NULL`,
      afterSql: sql`jsonb_build_object('number', (SELECT number FROM numbered)) || ${ref('auditAfter')}::jsonb`,
      entityIdSql: sql`(SELECT case_id FROM numbered)::text`,
    })}
    SELECT n.case_id AS "caseId", n.number FROM numbered n`,
  };
}
