import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { type Db, preparedQuery, preparedStatement, query } from '../../db/connection';
import type { Bilingual, CaseStatus, DeliveryChannel } from '../../db/schema';
import { caseDocument, caseEvent, caseFile } from '../../db/schema';
import { inForceOn } from '../../db/versions';
import type { Tx } from '../../platform/audit/service';
import { partyNameSql } from '../parties/service';
import type { CheckedDocument } from './documents';
import { CLOSED_STATUSES, OPEN_STATUSES } from './lifecycle';
import type { CaseChannel } from './types';

export type CaseRow = typeof caseFile.$inferSelect;
export type NewCaseRow = typeof caseFile.$inferInsert;

export interface VersionForIntake {
  serviceId: number;
  serviceCode: string;
  versionId: number;
  version: number;
  name: Bilingual;
  requiredDocuments: { name: Bilingual; note?: Bilingual }[];
  applyChannels: string[];
  receiveChannels: string[];
  centres: string[];
  onTheSpot: boolean;
  processingTime: number;
  processingTimeUnit: string;
  unitCode: string;
  unitName: Bilingual;
  inForce: boolean;
  withdrawn: boolean;
  /** The online form as stored (modules/eforms parses it); null when the version has none. */
  formDefinition: Record<string, unknown> | null;
}

const VERSION_COLUMNS = sql`s.id AS "serviceId", s.code AS "serviceCode", service_version.id AS "versionId",
  service_version.version, service_version.name, service_version.required_documents AS "requiredDocuments",
  service_version.apply_channels AS "applyChannels", service_version.receive_channels AS "receiveChannels",
  service_version.centres, service_version.on_the_spot AS "onTheSpot",
  service_version.processing_time AS "processingTime", service_version.processing_time_unit AS "processingTimeUnit",
  o.code AS "unitCode", o.name AS "unitName", s.withdrawn_at IS NOT NULL AS withdrawn,
  service_version.form_definition AS "formDefinition"`;

/** A version with its service's owner unit (routing, R8) and whether it is in force on `day`. */
export async function selectVersionForIntake(
  db: Db,
  versionId: number,
  day: string,
): Promise<VersionForIntake | undefined> {
  const [row] = await query<VersionForIntake>(
    db,
    sql`SELECT ${VERSION_COLUMNS}, ${inForceOn(day)} AS "inForce"
        FROM service_version JOIN service s ON s.id = service_version.service_id
        JOIN organisation o ON o.id = s.owner_id
        WHERE service_version.id = ${versionId}`,
  );
  return row;
}

/** A case found by its idempotency key: what a repeated submission answers with. */
export interface RegisteredRow {
  id: number;
  registrationNumber: string;
  dueOn: string;
}

/** What an intake reads before it writes (intake-lookups.ts keeps all but `existing` per catalogue revision). */
export interface IntakeLookupRows {
  /** The catalogue revision the rest was read at, in the same snapshot. */
  revision: string;
  existing?: RegisteredRow;
  version?: VersionForIntake;
  /** Every centre's code. */
  centres: string[];
  /** The working calendar's moved days. */
  movedDays: { day: string; working: boolean }[];
}

/**
 * What an intake looks up before it writes, in one statement: the case of its idempotency key (a
 * repeated submission), the version applied for (as selectVersionForIntake), the centres, the moved days
 * of the working calendar, and the catalogue revision all of them belong to.
 */
export async function selectIntakeLookups(
  db: Db,
  q: { idempotencyKey?: string; versionId?: number; day: string },
): Promise<IntakeLookupRows> {
  const [row] = await preparedQuery<{
    revision: string;
    existing: RegisteredRow | null;
    version: VersionForIntake | null;
    centres: string[] | null;
    movedDays: { day: string; working: boolean }[] | null;
  }>(
    db,
    sql`SELECT (SELECT n::text FROM catalogue_revision WHERE id = 1) AS revision,
        ${
          q.idempotencyKey
            ? sql`(SELECT json_build_object('id', id, 'registrationNumber', registration_number,
                'dueOn', to_char(due_on, 'YYYY-MM-DD'))
              FROM case_file WHERE idempotency_key = ${q.idempotencyKey})`
            : sql`NULL::json`
        } AS existing,
        ${
          q.versionId === undefined
            ? sql`NULL::json`
            : sql`(SELECT row_to_json(v) FROM (SELECT ${VERSION_COLUMNS}, ${inForceOn(q.day)} AS "inForce"
                FROM service_version JOIN service s ON s.id = service_version.service_id
                JOIN organisation o ON o.id = s.owner_id
                WHERE service_version.id = ${q.versionId}) v)`
        } AS version,
        ARRAY(SELECT code FROM centre) AS centres,
        (SELECT json_agg(json_build_object('day', to_char(day, 'YYYY-MM-DD'), 'working', working))
          FROM calendar_moved_day) AS "movedDays"`,
  );
  return {
    revision: row?.revision ?? '0',
    existing: row?.existing ?? undefined,
    version: row?.version ?? undefined,
    centres: row?.centres ?? [],
    movedDays: row?.movedDays ?? [],
  };
}

export async function selectVersionInForce(
  db: Db,
  serviceId: number,
  day: string,
): Promise<VersionForIntake | undefined> {
  const [row] = await query<VersionForIntake>(
    db,
    sql`SELECT ${VERSION_COLUMNS}, true AS "inForce"
        FROM service_version JOIN service s ON s.id = service_version.service_id
        JOIN organisation o ON o.id = s.owner_id
        WHERE service_version.service_id = ${serviceId} AND ${inForceOn(day)}`,
  );
  return row;
}

export async function selectCaseByIdempotencyKey(db: Db, key: string): Promise<CaseRow | undefined> {
  const rows = await db.select().from(caseFile).where(sql`${caseFile.idempotencyKey} = ${key}`);
  return rows[0];
}

export async function insertCase(tx: Tx, row: NewCaseRow): Promise<CaseRow> {
  const [created] = await tx.insert(caseFile).values(row).returning();
  return created!;
}

/**
 * A new case with its incoming documents and its first event, in one statement (one round trip); the
 * rows reference the case, whose foreign keys are checked at the end of the statement. Returns its id.
 */
/** The case row, locked for the rest of the transaction. */
export async function lockCase(tx: Tx, id: number): Promise<CaseRow | undefined> {
  const rows = await tx.select().from(caseFile).where(sql`${caseFile.id} = ${id}`).for('update');
  return rows[0];
}

const CASE_COLUMNS = Object.entries(getTableColumns(caseFile));
const SELECT_CASE = sql`SELECT ${sql.join(
  CASE_COLUMNS.map(([key, column]) => sql`${sql.identifier(column.name)} AS ${sql.identifier(key)}`),
  sql`, `,
)} FROM case_file`;

/** A row read with SELECT_CASE as drizzle's select() would give it (dates, timestamps). */
function caseRow(raw: Record<string, unknown>): CaseRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of CASE_COLUMNS) {
    const value = raw[key];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as CaseRow;
}

const caseById = preparedStatement<Record<string, unknown>>(
  sql`${SELECT_CASE} WHERE id = ${sql.placeholder('id')}`,
);

/** The case row by id: a prepared statement (the case page and every action start with it). */
export async function selectCase(db: Db, id: number): Promise<CaseRow | undefined> {
  const [raw] = await caseById(db, { id });
  return raw && caseRow(raw);
}

export async function selectCaseByNumber(db: Db, number: string): Promise<CaseRow | undefined> {
  const rows = await db.select().from(caseFile).where(sql`${caseFile.registrationNumber} = ${number}`);
  return rows[0];
}

/** Writes the changed columns and moves the row version on. */
export async function updateCase(tx: Tx, id: number, changes: Partial<NewCaseRow>): Promise<number> {
  const [row] = await tx
    .update(caseFile)
    .set({ ...changes, rowVersion: sql`${caseFile.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(sql`${caseFile.id} = ${id}`)
    .returning({ rowVersion: caseFile.rowVersion });
  return row!.rowVersion;
}

export interface NewEvent {
  caseId: number;
  actorKind: 'staff' | 'system' | 'applicant';
  actorId?: number | null;
  actorName?: string | null;
  type: string;
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

export async function insertEvent(tx: Tx, e: NewEvent): Promise<void> {
  await tx.insert(caseEvent).values({ ...e, data: e.data ?? {} });
}

export async function insertDocuments(
  tx: Tx,
  caseId: number | null,
  direction: 'in' | 'out',
  docs: CheckedDocument[],
  registry: { id: number; number: string } | null,
): Promise<number[]> {
  if (docs.length === 0) return [];
  const rows = await tx
    .insert(caseDocument)
    .values(
      docs.map((d) => ({
        caseId,
        direction,
        registryEntryId: registry?.id ?? null,
        registryNumber: registry?.number ?? null,
        ...d,
      })),
    )
    .returning({ id: caseDocument.id });
  return rows.map((r) => r.id);
}

export async function selectEvents(db: Db, caseId: number) {
  return db
    .select()
    .from(caseEvent)
    .where(sql`${caseEvent.caseId} = ${caseId}`)
    .orderBy(caseEvent.at, caseEvent.id);
}

export async function selectDocuments(db: Db, caseId: number) {
  return db
    .select({
      id: caseDocument.id,
      direction: caseDocument.direction,
      registryNumber: caseDocument.registryNumber,
      filename: caseDocument.filename,
      mediaType: caseDocument.mediaType,
      size: caseDocument.size,
      sha256: caseDocument.sha256,
      createdAt: caseDocument.createdAt,
      removedAt: caseDocument.removedAt,
    })
    .from(caseDocument)
    .where(sql`${caseDocument.caseId} = ${caseId}`)
    .orderBy(caseDocument.id);
}

export async function selectDocumentBytes(db: Db, caseId: number, documentId: number) {
  const rows = await db
    .select()
    .from(caseDocument)
    .where(sql`${caseDocument.caseId} = ${caseId} AND ${caseDocument.id} = ${documentId}`);
  return rows[0];
}

export interface CaseContext {
  serviceCode: string;
  serviceName: Bilingual;
  version: number;
  onTheSpot: boolean;
  unitName: Bilingual;
  assigneeName: string | null;
  centreInName: Bilingual | null;
  deliveryCentreName: Bilingual | null;
  deliveryCentreAddress: string | null;
  /** The online form of the case's version (its labels name the case's fields); null: none. */
  formDefinition: Record<string, unknown> | null;
  /** The municipality's name (its settings' row), which signs the applicant's mail. */
  municipalityName: Bilingual;
}

export async function selectCaseContext(db: Db, c: CaseRow): Promise<CaseContext> {
  const [row] = await query<CaseContext>(
    db,
    sql`SELECT s.code AS "serviceCode", v.name AS "serviceName", v.version, v.on_the_spot AS "onTheSpot",
          o.name AS "unitName", su.name AS "assigneeName", ci.name AS "centreInName",
          cd.name AS "deliveryCentreName", cd.address AS "deliveryCentreAddress",
          v.form_definition AS "formDefinition",
          coalesce((SELECT name FROM municipality WHERE id = 1), '{"lv":""}'::jsonb) AS "municipalityName"
        FROM service_version v JOIN service s ON s.id = v.service_id
        JOIN organisation o ON o.code = ${c.unitCode}
        LEFT JOIN staff_user su ON su.id = ${c.assigneeId}
        LEFT JOIN centre ci ON ci.code = ${c.centreIn}
        LEFT JOIN centre cd ON cd.code = ${c.deliveryCentre}
        WHERE v.id = ${c.serviceVersionId}`,
  );
  return row!;
}

/** Active staff holding a specialist or head role in one of `units` (a text[] expression): whom a case can be assigned to. */
export function unitStaffSql(units: SQL): SQL {
  return sql`SELECT DISTINCT u.id, u.name FROM staff_user u JOIN role_grant g ON g.user_id = u.id
    WHERE u.active AND g.role IN ('specialist', 'head') AND g.unit_code = ANY(${units})`;
}

/** The staff of `units`, by name, prepared once (the worklist's assignee filter, the assign action). */
const staffOfUnits = preparedStatement<{ id: number; name: string }>(
  sql`${unitStaffSql(sql`${sql.placeholder('units')}::text[]`)} ORDER BY name, id`,
);

export async function selectUnitsStaff(db: Db, units: string[]): Promise<{ id: number; name: string }[]> {
  return staffOfUnits(db, { units });
}

export async function selectUnitStaff(db: Db, unitCode: string): Promise<{ id: number; name: string }[]> {
  return selectUnitsStaff(db, [unitCode]);
}

export async function unitExists(db: Db, code: string): Promise<boolean> {
  const rows = await query(db, sql`SELECT 1 FROM organisation WHERE code = ${code} AND kind <> 'state'`);
  return rows.length > 0;
}

/** The unit of a version's processing time (working_days, calendar_days, months, years). */
export async function processingTimeUnit(db: Db, versionId: number): Promise<string | undefined> {
  const [row] = await query<{ unit: string }>(
    db,
    sql`SELECT processing_time_unit AS unit FROM service_version WHERE id = ${versionId}`,
  );
  return row?.unit;
}

export async function centreExists(db: Db, code: string): Promise<boolean> {
  const rows = await query(db, sql`SELECT 1 FROM centre WHERE code = ${code}`);
  return rows.length > 0;
}

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
/** Literal lists, so that the planner matches the partial indexes of open cases. */
export const OPEN_SQL = sql`c.status IN (${list(OPEN_STATUSES)})`;
export const CLOSED_SQL = sql`c.status IN (${list(CLOSED_STATUSES)})`;

export interface WorklistQuery {
  scope: SQL;
  conditions: SQL[];
  after?: { dueOn: string; id: number };
  limit: number;
  /**
   * The list as it opens (scope and a group of statuses, any page): one plan fits every value, so it is
   * planned once. With other filters the best index depends on the values (a colleague's few cases, a
   * unit's many), and a plan made for one value can be 300 times slower for another: planned per call.
   */
  planOnce: boolean;
}

export interface WorklistDbRow {
  id: number;
  registrationNumber: string;
  serviceName: Bilingual;
  status: CaseStatus;
  receivedOn: string;
  dueOn: string;
  pausedSince: string | null;
  channelIn: CaseChannel;
  centreIn: string | null;
  unitCode: string;
  assigneeId: number | null;
  assigneeName: string | null;
  applicantName: string | null;
  forwardingWorkingDays: number | null;
  deliveryChannel: DeliveryChannel;
}

/** One page in (due_on, id) order, keyset: the next page starts after the last row of this one. */
export async function selectWorklist(db: Db, q: WorklistQuery): Promise<WorklistDbRow[]> {
  const where = [q.scope, ...q.conditions];
  if (q.after) {
    const after = sql`(c.due_on, c.id) > (${q.after.dueOn}::date, ${q.after.id})`;
    // Planned per call, the plain range beside the row comparison gives the planner an estimate from the
    // column's statistics (of a row comparison it guesses, and at 1M cases took a bitmap scan and a sort of
    // thousands of rows for 26). Planned once, the range would make every call's own plan look cheaper than
    // the kept one, and PostgreSQL would plan every later page again (0.4 ms).
    where.push(q.planOnce ? after : sql`c.due_on >= ${q.after.dueOn}::date AND ${after}`);
  }
  if (!Number.isSafeInteger(q.limit) || q.limit < 1) throw new RangeError(`worklist limit ${q.limit}`);
  // A limit given as a parameter makes PostgreSQL plan at every call (its generic plan guesses a tenth of the
  // rows); written into the text, the generic plan is kept (bind 0.55 → 0.05 ms at 1M cases).
  const limit = q.planOnce ? sql.raw(String(q.limit)) : sql`${q.limit}`;
  // The names as subqueries, not joins: the planner then weighs no join orders, which halved the planning of
  // a filtered page (0.38 → 0.19 ms at 1M cases); each runs for the page's rows only, by primary key.
  return preparedQuery<WorklistDbRow>(
    db,
    sql`SELECT c.id, c.registration_number AS "registrationNumber",
          (SELECT v.name FROM service_version v WHERE v.id = c.service_version_id) AS "serviceName", c.status,
          to_char(c.received_on, 'YYYY-MM-DD') AS "receivedOn", to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn",
          to_char(c.paused_since, 'YYYY-MM-DD') AS "pausedSince", c.channel_in AS "channelIn",
          c.centre_in AS "centreIn", c.unit_code AS "unitCode", c.assignee_id AS "assigneeId",
          (SELECT su.name FROM staff_user su WHERE su.id = c.assignee_id) AS "assigneeName",
          ${partyNameSql(sql`c.applicant_id`)} AS "applicantName",
          c.forwarding_working_days AS "forwardingWorkingDays", c.delivery_channel AS "deliveryChannel"
        FROM case_file c WHERE ${sql.join(where, sql` AND `)}
        ORDER BY c.due_on, c.id LIMIT ${limit}`,
  );
}

/** A change that is not an act on the case (bookkeeping): the row version stays. */
export async function updateCaseQuietly(tx: Tx, id: number, changes: Partial<NewCaseRow>): Promise<void> {
  await tx.update(caseFile).set(changes).where(sql`${caseFile.id} = ${id}`);
}

export async function countEvents(db: Db, caseId: number, type: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM case_event WHERE case_id = ${caseId} AND type = ${type}`,
  );
  return Number(row?.n ?? 0);
}

export async function centreInfo(
  db: Db,
  code: string,
): Promise<{ name: Bilingual; address: string } | undefined> {
  const [row] = await query<{ name: Bilingual; address: string }>(
    db,
    sql`SELECT name, address FROM centre WHERE code = ${code}`,
  );
  return row;
}

export const OPEN_STATUS_LIST = OPEN_STATUSES;

/** Which of the given centre codes exist (nulls and blanks ignored). */
export async function existingCentres(db: Db, codes: (string | null | undefined)[]): Promise<Set<string>> {
  const wanted = [...new Set(codes.filter((c): c is string => Boolean(c)))];
  if (wanted.length === 0) return new Set();
  const rows = await query<{ code: string }>(
    db,
    sql`SELECT code FROM centre WHERE code IN (${sql.join(
      wanted.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  return new Set(rows.map((r) => r.code));
}

/** The registry entry registered under a form's key (correspondence sent twice). */
export async function selectEntryByKey(
  db: Db,
  key: string,
): Promise<{ id: number; number: string } | undefined> {
  const [row] = await query<{ id: string; number: string }>(
    db,
    sql`SELECT id, number FROM registry_entry WHERE idempotency_key = ${key}`,
  );
  return row && { id: Number(row.id), number: row.number };
}
