import { type SQL, sql } from 'drizzle-orm';
import { WRITES_NO_CATALOGUE } from '../../db/catalogue-revision';
import type { Ref, Shaped } from '../../db/shaped-statement';
import { type AuditEntry, shapedAuditCtes, shapedAuditValues } from '../../platform/audit/service';
import { apiKeyIdOf, apiKeyUsableSql } from '../../platform/auth/api-key-guard';
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

/** The party clause as a shaped part. */
function partyPart(p: FiledParty): Shaped {
  if ('save' in p) return p.save;
  return {
    shape: 'party:id',
    values: { id: p.id },
    build: (ref) => sql`SELECT id, name, email, preferred_language FROM party WHERE id = ${ref('id')}::int`,
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

/** `ref` for the values of a part nested under `prefix`. */
const under =
  (ref: Ref, prefix: string): Ref =>
  (name) =>
    ref(`${prefix}${name}`);

/** What the filing statement gives back for each application. */
export interface FiledRow {
  caseId: number;
  number: string;
  /** The id of the statement's last audit row: reading it moves the chain head (ADR 0013). */
  auditId: string;
}

/** One application of a filing statement: its values, and its clauses named with a suffix. */
export interface FilingItem {
  revision: string;
  /** The codes its parties are stored under: one statement cannot write a party row twice. */
  partyKeys: string[];
  shape: string;
  values: Record<string, unknown>;
  /** Its parties' clauses: `applicant_N`, and `representative_N` when it has one. */
  parties(ref: Ref, n: number): SQL;
  /** Its writes, reading `numbered_N` and the parties' clauses. */
  writes(ref: Ref, n: number): SQL;
  /**
   * Filed in the name of an API key held in memory: the condition that the key is still not revoked
   * (an error when it was, ADR 0014), else undefined.
   */
  guard?(ref: Ref): SQL;
}

/** An application to file (fileApplications files one or several in one statement). */
export function filingItem(f: Filing): FilingItem {
  const applicant = partyPart(f.applicant);
  const representative = f.representative && partyPart(f.representative.party);
  const documents = f.documents.length;
  const mailFacts = { serviceName: f.version.name, dueOn: f.dueOn };
  const mailFor = (n: number) =>
    registeredMailShaped(mailFacts, {
      numbered: `numbered_${n}`,
      recipient: `${f.representative ? 'representative' : 'applicant'}_${n}`,
    });
  const mail = mailFor(0);
  const values: Record<string, unknown> = {
    audit: shapedAuditValues(f.audit),
    applicant: applicant.values,
    representative: representative?.values ?? null,
    mail: mail.values,
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
    values[`doc${i}`] = d;
  });
  const apiKeyId = apiKeyIdOf(f.audit.actor);
  if (apiKeyId !== null) values.apiKeyId = apiKeyId;
  const recipient = f.representative ? 'representative' : 'applicant';
  const partyKeys = [applicant, representative].flatMap((p) => {
    const code = p?.values.personalCode ?? p?.values.registrationNumber;
    return typeof code === 'string' ? [code] : [];
  });
  return {
    revision: f.revision,
    partyKeys,
    shape: `${applicant.shape}/${representative?.shape ?? '-'}/${documents}/${mail.shape}${apiKeyId === null ? '' : '/key'}`,
    values,
    guard: apiKeyId === null ? undefined : (ref) => apiKeyUsableSql(ref('apiKeyId')),
    parties: (ref, n) =>
      sql`${sql.raw(`applicant_${n}`)} AS (${applicant.build(under(ref, 'applicant.'))}),
    ${representative ? sql`${sql.raw(`representative_${n}`)} AS (${representative.build(under(ref, 'representative.'))}),` : sql``}`,
    writes: (ref, n) => {
      const c = (name: string) => sql.raw(`${name}_${n}`);
      return sql`${c('filed')} AS (
      INSERT INTO case_file (id, registration_number, registry_entry_id, service_id, service_version_id, applicant_id,
        representative_id, representation_basis, channel_in, centre_in, unit_code, status, received_on, due_on,
        max_due_on, on_the_spot, delivery_channel, delivery_centre, access_code_hash, idempotency_key, fields)
      SELECT n.case_id, n.number, n.entry_id::int, ${ref('serviceId')}::int, ${ref('versionId')}::int,
        (SELECT id FROM ${c('applicant')}), ${representative ? sql`(SELECT id FROM ${c('representative')})` : sql`NULL::int`},
        ${ref('basis')}::text, ${ref('channel')}::text, ${ref('centreCode')}::text, ${ref('unitCode')}::text,
        'registered', ${ref('receivedOn')}::date, ${ref('dueOn')}::date, ${ref('maxDueOn')}::date,
        ${ref('onTheSpot')}::boolean, ${ref('deliveryChannel')}::text, ${ref('deliveryCentre')}::text,
        encode(sha256(convert_to(n.number || E'\\n' || ${ref('accessCode')}::text, 'UTF8')), 'hex'),
        ${ref('idempotencyKey')}::text, ${ref('fields')}::jsonb
      FROM ${c('numbered')} n),
    ${
      documents === 0
        ? sql``
        : sql`${c('filed_documents')} AS (
      INSERT INTO case_document (case_id, direction, filename, media_type, size, sha256, bytes, registry_number,
        registry_entry_id)
      SELECT n.case_id, 'in', v.filename, v.media_type, v.size, v.sha256, v.bytes, n.number, n.entry_id
      FROM ${c('numbered')} n, (VALUES ${documentRows(ref, documents)}) AS v (filename, media_type, size, sha256, bytes)),`
    }
    ${c('filed_event')} AS (
      INSERT INTO case_event (case_id, actor_kind, actor_id, actor_name, type, to_status, data)
      SELECT n.case_id, ${ref('eventActorKind')}::text, ${ref('eventActorId')}::int, ${ref('eventActorName')}::text,
        'registered', 'registered', ${ref('eventData')}::jsonb
      FROM ${c('numbered')} n),
    ${c('filed_entry')} AS (
      INSERT INTO registry_entry (id, number, year, seq, direction, kind, case_id, correspondent, subject, channel,
        centre_code, registered_by)
      SELECT n.entry_id, n.number, ${ref('year')}::int, n.seq, 'in', 'application', n.case_id,
        (SELECT name FROM ${c(recipient)}), ${ref('subject')}::text, ${ref('channel')}::text,
        ${ref('centreCode')}::text, ${ref('registeredBy')}::int
      FROM ${c('numbered')} n),
    ${c('filed_mail')} AS (${mailFor(n).build(under(ref, 'mail.'))})`;
    },
  };
}

/**
 * One statement files applications (ADR 0009; several at once, ADR 0011): it stores the parties, takes
 * the registry numbers, writes each case under its number with its documents, first event and registry
 * entry, queues the applicants' mail and appends the audit rows, chained in order. One round trip, atomic
 * on its own; the registry counter and the audit chain head are locked only while it runs and commits.
 * It fails, writing nothing, when the catalogue moved on from a revision the items were checked at. A
 * shaped statement (db/shaped-statement.ts): its text is built once per shape. Returns (caseId, number)
 * for each item, in order.
 */
export function fileApplications(items: FilingItem[]): Shaped {
  const revisions = [...new Set(items.map((it) => it.revision))];
  const values: Record<string, unknown> = { year: registryYear() };
  revisions.forEach((r, i) => {
    values[`revision${i}`] = r;
  });
  items.forEach((it, n) => {
    values[n] = it.values;
  });

  const item = (ref: Ref, n: number) => under(ref, `${n}.`);
  // Every item's clauses read `year` as the statement's own value.
  const itemRef = (ref: Ref, n: number): Ref => {
    const own = item(ref, n);
    return (name) => (name === 'year' ? ref('year') : own(name));
  };
  return {
    shape: `file:${revisions.length}:${items.map((it) => it.shape).join('|')}`,
    values,
    build: (ref) => sql`${sql.raw(WRITES_NO_CATALOGUE)} WITH ${sql.join(
      items.map((it, n) => it.parties(itemRef(ref, n), n)),
      sql``,
    )}
    ${numberingCtes(ref, items.length, revisions.length)},
    ${sql.join(
      items.map((it, n) => it.writes(itemRef(ref, n), n)),
      sql`,
    `,
    )},
    ${shapedAuditCtes(
      items.map((_, n) => ({
        ref: itemRef(ref, n),
        afterSql: sql`jsonb_build_object('number', (SELECT number FROM ${sql.raw(`numbered_${n}`)})) || ${itemRef(ref, n)('auditAfter')}::jsonb`,
        entityIdSql: sql`(SELECT case_id FROM ${sql.raw(`numbered_${n}`)})::text`,
      })),
      // The head is locked after the counter, the order every writer takes them in.
      sql`(SELECT last FROM counter)`,
    )}
    SELECT item, "caseId", number, (SELECT id FROM audit_head) AS "auditId" FROM (${sql.join(
      items.map(
        (it, n) =>
          sql`SELECT ${sql.raw(String(n))} AS item, case_id AS "caseId", number FROM ${sql.raw(`numbered_${n}`)}${
            // An error here rolls back the whole statement, whatever its parts ran first.
            it.guard ? sql` WHERE ${it.guard(itemRef(ref, n))}` : sql``
          }`,
      ),
      sql` UNION ALL `,
    )}) AS filed
    ORDER BY item`,
  };
}
