import { sql } from 'drizzle-orm';
import { WRITES_NO_CATALOGUE } from '../../db/catalogue-revision';
import { type Db, preparedStatement } from '../../db/connection';
import {
  type AuditEntry,
  auditColumnsOfJson,
  auditJson,
  chainedAuditCtes,
} from '../../platform/audit/service';
import { apiKeyIdOf } from '../../platform/auth/api-key-guard';
import {
  type PartyJson,
  type PartyVariant,
  partyKey,
  partyVariant,
  savePartiesCtes,
} from '../parties/service';
import { normaliseAccessCode } from './access-code';
import type { CheckedDocument } from './documents';
import { registeredMailInsert, registrationMailJson } from './mail';
import { numberingCtes, numbersConfirmedSql, registryYear } from './registry';
import type { VersionForIntake } from './store';

export interface Filing {
  /** The catalogue revision the version, centres and calendar were read at (ADR 0011). */
  revision: string;
  version: VersionForIntake;
  /** A party typed in (parties' `partyToSave`), or one already stored. */
  applicant: PartyJson;
  representative?: { party: PartyJson; basis: string };
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
  audit: Omit<AuditEntry, 'entityId'> & { after: Record<string, unknown> };
}

/** How a filing statement numbers its cases (ADR 0018). */
export type FilingNumbers =
  | { way: 'locked'; expected?: { year: number; from: number } }
  | { way: 'reserved'; year: number; from: number };

/** What the filing statement gives back for each application. */
export interface FiledRow {
  caseId: number;
  number: string;
  /** The number's place in the year's registry. */
  seq: number;
  /** The id of the statement's last audit row. */
  auditId: string;
}

/** An application to file (fileApplications files one or several in one statement). */
export interface FilingItem {
  /**
   * What its parties are stored under (a code, or a foreigner's document and date of birth: parties'
   * partyKey): one statement cannot write a party row twice, so these differ (intake refuses an application
   * whose representative is its applicant) and the queue keeps applications sharing one apart.
   */
  partyKeys: string[];
  /** How its parties are saved (the statement has a text for each set of these). */
  partyVariants: PartyVariant[];
  revision: string;
  apiKeyId: number | null;
  /** The application as the statement reads it; its documents' bytes apart (`bytes`). */
  json: Record<string, unknown>;
  /** The bytes of its documents, in order. */
  bytes: Buffer[];
  byteLength: number;
}

function partyKeys(...parties: (PartyJson | undefined)[]): string[] {
  return parties.flatMap((p) => {
    const key = p && partyKey(p);
    return key ? [key] : [];
  });
}

export function filingItem(f: Filing): FilingItem {
  const apiKeyId = apiKeyIdOf(f.audit.actor);
  const bytes = f.documents.map((d) => d.bytes);
  const keys = partyKeys(f.applicant, f.representative?.party);
  // The statement would meet the row twice and fail: intake refuses such an application first (same_as_applicant).
  if (new Set(keys).size < keys.length) throw new Error('The applicant and the representative are one party');
  return {
    partyKeys: keys,
    partyVariants: [f.applicant, ...(f.representative ? [f.representative.party] : [])].map(partyVariant),
    revision: f.revision,
    apiKeyId,
    bytes,
    byteLength: bytes.reduce((sum, b) => sum + b.length, 0),
    json: {
      applicant: f.applicant,
      ...(f.representative ? { representative: f.representative.party } : {}),
      case: {
        service_id: f.version.serviceId,
        service_version_id: f.version.versionId,
        representation_basis: f.representative?.basis ?? null,
        channel_in: f.channel,
        centre_in: f.centreCode,
        unit_code: f.version.unitCode,
        received_on: f.receivedOn,
        due_on: f.dueOn,
        max_due_on: f.maxDueOn,
        on_the_spot: f.onTheSpot,
        delivery_channel: f.delivery.channel,
        delivery_centre: f.delivery.centreCode,
        idempotency_key: f.idempotencyKey,
        fields: f.fields,
      },
      accessCode: normaliseAccessCode(f.accessCode),
      event: {
        actor_kind: f.event.actorKind,
        actor_id: f.event.actorId,
        actor_name: f.event.actorName,
        data: {
          channel: f.channel,
          centre: f.centreCode,
          unit: f.version.unitCode,
          dueOn: f.dueOn,
          documents: f.documents.length,
        },
      },
      entry: {
        subject: f.version.name.lv,
        channel: f.channel,
        centre_code: f.centreCode,
        registered_by: f.registeredBy,
      },
      // Done on the spot, the result is handed over at once: no "we will answer by" mail.
      ...(f.onTheSpot ? {} : { mail: registrationMailJson({ serviceName: f.version.name, dueOn: f.dueOn }) }),
      audit: auditJson(f.audit),
      docs: f.documents.map((d, i) => ({
        filename: d.filename,
        media_type: d.mediaType,
        size: d.size,
        sha256: d.sha256,
        // Where in the application's bytes (the statement adds where they begin in the batch's).
        start: bytes.slice(0, i).reduce((sum, b) => sum + b.length, 0),
        length: d.bytes.length,
      })),
    },
  };
}

/**
 * One statement files applications, however many and of whatever kind (ADR 0009, 0011, 0018): they travel
 * as one JSON array (`rows`), their documents' bytes one after another in one binary parameter (`bytes`),
 * and each table is written by one clause for all of them; its text differs only by the ways its parties
 * are saved. It stores the parties, takes the registry numbers, writes each case under its number with its
 * documents, first event and registry entry, queues the applicants' mail and appends the audit rows,
 * chained in order. One round trip, atomic on its own. It takes the registry counter first, or — under
 * numbers the queue reserved — once its writes are done (registry.ts numberingCtes); the counter and then
 * the audit chain head are held from then until it commits. It fails, writing nothing, when the catalogue
 * moved on from a revision an application was checked at (PT409), an API key it files for was revoked
 * (PT403), or its reserved numbers were taken (PT410).
 */
function fileStatementSql(variants: PartyVariant[]) {
  return sql`${sql.raw(WRITES_NO_CATALOGUE)} WITH RECURSIVE
    filing AS (
      SELECT e.n::int AS n, e.r FROM jsonb_array_elements(${sql.placeholder('rows')}::jsonb) WITH ORDINALITY AS e(r, n)),
    filing_parties AS (
      SELECT p.key, p.variant, p.v FROM filing i,
        LATERAL (VALUES (i.n || ':a', i.r->>'applicantVariant', i.r->'applicant'),
          (i.n || ':r', i.r->>'representativeVariant', i.r->'representative')) AS p(key, variant, v)
      WHERE p.v IS NOT NULL),
    ${savePartiesCtes('filing_parties', variants)},
    ${numberingCtes(
      'filing',
      NUMBERING,
      sql`(SELECT bool_and(pietura_catalogue_unchanged(r)) FROM unnest(${sql.placeholder('revisions')}::bigint[]) r)
        AND (SELECT coalesce(bool_and(pietura_api_key_usable(k)), true) FROM unnest(${sql.placeholder('keys')}::int[]) k)`,
    )},
    -- Each application numbered, with its parties: what the cases, the registry entries and the mail are made of.
    filing_to AS (
      SELECT n.*, a.id AS applicant_id, rep.id AS representative_id, coalesce(rep.name, a.name) AS name,
        CASE WHEN rep.id IS NOT NULL THEN a.name END AS represented_name,
        coalesce(rep.email, a.email) AS email,
        CASE WHEN rep.id IS NULL THEN a.preferred_language ELSE rep.preferred_language END AS preferred_language
      FROM numbered n
        JOIN parties_saved a ON a.key = n.n || ':a'
        LEFT JOIN parties_saved rep ON rep.key = n.n || ':r'),
    filed AS (
      INSERT INTO case_file (id, registration_number, registry_entry_id, service_id, service_version_id, applicant_id,
        representative_id, representation_basis, channel_in, centre_in, unit_code, status, received_on, due_on,
        max_due_on, on_the_spot, delivery_channel, delivery_centre, access_code_hash, idempotency_key, fields)
      SELECT t.case_id, t.number, t.entry_id, c.service_id, c.service_version_id, t.applicant_id, t.representative_id,
        c.representation_basis, c.channel_in, c.centre_in, c.unit_code, 'registered', c.received_on, c.due_on,
        c.max_due_on, c.on_the_spot, c.delivery_channel, c.delivery_centre,
        encode(sha256(convert_to(t.number || E'\\n' || (t.r->>'accessCode'), 'UTF8')), 'hex'), c.idempotency_key,
        c.fields
      FROM filing_to t, jsonb_populate_record(NULL::case_file, t.r->'case') c
      RETURNING 1),
    filed_documents AS (
      INSERT INTO case_document (case_id, direction, filename, media_type, size, sha256, bytes, registry_number,
        registry_entry_id)
      SELECT n.case_id, 'in', d.filename, d.media_type, d.size, d.sha256,
        substring(${sql.placeholder('bytes')}::bytea FROM (n.r->>'bytesAt')::int + d.start + 1 FOR d.length), n.number,
        n.entry_id
      FROM numbered n, jsonb_to_recordset(n.r->'docs')
        AS d(filename text, media_type text, size int, sha256 text, start int, length int)
      RETURNING 1),
    filed_event AS (
      INSERT INTO case_event (case_id, actor_kind, actor_id, actor_name, type, to_status, data)
      SELECT n.case_id, e.actor_kind, e.actor_id, e.actor_name, 'registered', 'registered', e.data
      FROM numbered n, jsonb_populate_record(NULL::case_event, n.r->'event') e
      RETURNING 1),
    filed_entry AS (
      INSERT INTO registry_entry (id, number, year, seq, direction, kind, case_id, correspondent, subject, channel,
        centre_code, registered_by)
      SELECT t.entry_id, t.number, ${sql.placeholder('year')}::int, t.seq, 'in', 'application', t.case_id, t.name,
        e.subject, e.channel, e.centre_code, e.registered_by
      FROM filing_to t, jsonb_populate_record(NULL::registry_entry, t.r->'entry') e
      RETURNING 1),
    filed_mail AS (${registeredMailInsert(
      sql`(SELECT t.case_id, t.number, t.r->'mail' AS mail, t.email, t.preferred_language, t.represented_name
        FROM filing_to t) m`,
    )}),
    -- The numbers are the statement's once its writes are done; the audit chain head is locked after them.
    numbers_confirmed AS (SELECT ${numbersConfirmedSql(
      NUMBERING,
      sql`(SELECT count(*) FROM filed) + (SELECT count(*) FROM filed_documents) + (SELECT count(*) FROM filed_event)
        + (SELECT count(*) FROM filed_entry) + (SELECT count(*) FROM filed_mail)`,
    )} AS last),
    audit_lock AS (
      SELECT last_id, last_hash FROM pietura_audit_head_locked((SELECT last FROM numbers_confirmed)::bigint)),
    filing_audit AS (
      SELECT n.n, ${auditColumnsOfJson("n.r->'audit'", {
        entity_id: sql`n.case_id::text`,
        after: sql`jsonb_build_object('number', n.number) || (n.r#>'{audit,after}')`,
      })}
      FROM numbered n),
    ${chainedAuditCtes('filing_audit')},
    audit_head AS (SELECT pietura_audit_head_moved(l.id, l.hash) AS id FROM audit_last l)
    SELECT n.n - 1 AS item, n.case_id AS "caseId", n.number, n.seq, (SELECT id::text FROM audit_head) AS "auditId"
    FROM numbered n
    ORDER BY n.n`;
}

type FileStatement = (db: Db, values: Record<string, unknown>) => Promise<FiledRow[]>;
/** A prepared statement for each set of party variants met (a few: who files decides them). */
const statements = new Map<string, FileStatement>();

function fileStatement(variants: PartyVariant[]): FileStatement {
  const key = variants.join(',');
  let statement = statements.get(key);
  if (!statement) {
    statement = preparedStatement<FiledRow>(fileStatementSql(variants));
    statements.set(key, statement);
  }
  return statement;
}

const NUMBERING = {
  year: sql`${sql.placeholder('year')}`,
  count: sql`${sql.placeholder('count')}`,
  reservedFrom: sql`${sql.placeholder('reservedFrom')}`,
  expectedFrom: sql`${sql.placeholder('expectedFrom')}`,
};

const VARIANTS: PartyVariant[] = [
  'code',
  'codeKept',
  'number',
  'numberKept',
  'document',
  'documentKept',
  'new',
  'id',
];

/**
 * Files `items` in one statement (see fileStatementSql); their rows in the order given. Numbered `reserved`,
 * their numbers follow the counter's value given, confirmed at the end of the statement (ADR 0018;
 * isCounterMoved when they were no longer free); otherwise the statement takes the counter first, marking
 * the numbers as its own if the counter is `expected` to stand at a value.
 */
export async function fileApplications(
  db: Db,
  items: FilingItem[],
  numbers: FilingNumbers = { way: 'locked' },
): Promise<FiledRow[]> {
  let at = 0;
  const json = items.map((it) => {
    const bytesAt = at;
    at += it.byteLength;
    const [applicantVariant, representativeVariant] = it.partyVariants;
    return { ...it.json, bytesAt, applicantVariant, representativeVariant };
  });
  const used = new Set(items.flatMap((it) => it.partyVariants));
  const rows = await fileStatement(VARIANTS.filter((v) => used.has(v)))(db, {
    rows: JSON.stringify(json),
    count: items.length,
    revisions: [...new Set(items.map((it) => it.revision))],
    keys: [...new Set(items.flatMap((it) => (it.apiKeyId === null ? [] : [it.apiKeyId])))],
    bytes: Buffer.concat(items.flatMap((it) => it.bytes)),
    year: numbers.way === 'locked' ? (numbers.expected?.year ?? registryYear()) : numbers.year,
    reservedFrom: numbers.way === 'reserved' ? numbers.from : null,
    expectedFrom: numbers.way === 'locked' ? (numbers.expected?.from ?? null) : null,
  });
  if (rows.length !== items.length) throw new Error('The filing statement filed no case');
  return rows;
}
