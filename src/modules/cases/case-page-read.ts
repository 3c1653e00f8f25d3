import { type SQL, sql } from 'drizzle-orm';
import { type Db, preparedStatement } from '../../db/connection';
import type { Actor } from '../../platform/auth/actor';
import { auditPartiesRead, type PartyView, partyRowsSql, partyView } from '../parties/service';
import { type CaseContext, type CaseRow, unitStaffSql } from './store';
import type { CaseDocumentView, CaseEventView } from './types';

/** What the case page shows beside the case row itself. */
export interface CasePageData {
  context: CaseContext;
  events: CaseEventView[];
  documents: CaseDocumentView[];
  /** The unit's specialists and head (only when asked for: the actor may assign). */
  unitStaff: { id: number; name: string }[];
  applicant?: PartyView;
  representative?: PartyView;
}

interface Raw {
  context: CaseContext;
  events: (Omit<CaseEventView, 'at'> & { at: string })[];
  documents: (Omit<CaseDocumentView, 'createdAt' | 'removed'> & {
    createdAt: string;
    removedAt: string | null;
  })[];
  unitStaff: { id: number; name: string }[] | null;
  parties: (Omit<Parameters<typeof partyView>[0], 'erasedAt'> & { erasedAt: string | null })[];
}

const json = (rows: SQL, order: SQL) =>
  sql`(SELECT coalesce(json_agg(r ORDER BY ${order}), '[]'::json) FROM (${rows}) r)`;

const statements = new Map<string, ReturnType<typeof preparedStatement<Raw>>>();

/** The statement for a page with or without the unit's staff and with 0, 1 or 2 parties, built once. */
function statementFor(withUnitStaff: boolean, parties: number) {
  const key = `${withUnitStaff}/${parties}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = preparedStatement<Raw>(
      sql`SELECT
      (SELECT row_to_json(x) FROM (
        SELECT s.code AS "serviceCode", v.name AS "serviceName", v.version, v.on_the_spot AS "onTheSpot",
          o.name AS "unitName", su.name AS "assigneeName", ci.name AS "centreInName",
          cd.name AS "deliveryCentreName", cd.address AS "deliveryCentreAddress",
          v.form_definition AS "formDefinition"
        FROM service_version v JOIN service s ON s.id = v.service_id
        JOIN organisation o ON o.code = ${sql.placeholder('unitCode')}
        LEFT JOIN staff_user su ON su.id = ${sql.placeholder('assigneeId')}::int
        LEFT JOIN centre ci ON ci.code = ${sql.placeholder('centreIn')}::text
        LEFT JOIN centre cd ON cd.code = ${sql.placeholder('deliveryCentre')}::text
        WHERE v.id = ${sql.placeholder('serviceVersionId')}) x) AS context,
      ${json(
        sql`SELECT id, at, actor_kind AS "actorKind", actor_name AS "actorName", type, from_status AS "fromStatus",
              to_status AS "toStatus", reason, data FROM case_event WHERE case_id = ${sql.placeholder('caseId')}`,
        sql`r.at, r.id`,
      )} AS events,
      ${json(
        sql`SELECT id, direction, registry_number AS "registryNumber", filename, media_type AS "mediaType", size,
              sha256, created_at AS "createdAt", removed_at AS "removedAt" FROM case_document WHERE case_id = ${sql.placeholder('caseId')}`,
        sql`r.id`,
      )} AS documents,
      ${
        withUnitStaff
          ? json(unitStaffSql(sql`ARRAY[${sql.placeholder('unitCode')}]::text[]`), sql`r.name, r.id`)
          : sql`NULL::json`
      } AS "unitStaff",
      ${
        parties > 0
          ? json(
              partyRowsSql(
                Array.from({ length: parties }, (_, n) => sql`${sql.placeholder(`party${n}`)}::int`),
              ),
              sql`r.id`,
            )
          : sql`'[]'::json`
      } AS parties`,
    );
    statements.set(key, statement);
  }
  return statement;
}

/**
 * Everything the case page reads once the actor may see case `c`, in one statement: the service, unit,
 * assignee and centres, the history, the documents, whom the case can be assigned to (`withUnitStaff`),
 * and the parties — whose reading is audited (R25) beside it: nothing is returned before the audit row
 * is committed to the hash chain (appended with other reads of the moment, ADR 0012).
 */
export async function readCasePage(
  db: Db,
  actor: Actor,
  c: CaseRow,
  opts: { withUnitStaff: boolean },
): Promise<CasePageData> {
  const partyIds = [c.applicantId, c.representativeId].filter((id): id is number => id !== null);
  const [[raw]] = await Promise.all([
    statementFor(opts.withUnitStaff, partyIds.length)(db, {
      caseId: c.id,
      unitCode: c.unitCode,
      assigneeId: c.assigneeId,
      centreIn: c.centreIn,
      deliveryCentre: c.deliveryCentre,
      serviceVersionId: c.serviceVersionId,
      ...Object.fromEntries(partyIds.map((id, n) => [`party${n}`, id])),
    }),
    // Reading the parties' data is audited (R25): the page is shown only once its row is committed.
    partyIds.length > 0 ? auditPartiesRead(db, actor, partyIds, `case ${c.registrationNumber}`) : undefined,
  ]);
  if (!raw?.context) throw new Error(`case ${c.id}: its service version ${c.serviceVersionId} is missing`);
  const party = (id: number | null) => {
    const row = id === null ? undefined : raw.parties.find((p) => p.id === id);
    return row
      ? partyView({ ...row, erasedAt: row.erasedAt === null ? null : new Date(row.erasedAt) })
      : undefined;
  };
  return {
    context: raw.context,
    events: raw.events.map((e) => ({ ...e, at: new Date(e.at) })),
    documents: raw.documents.map(({ removedAt, createdAt, ...d }) => ({
      ...d,
      createdAt: new Date(createdAt),
      removed: removedAt !== null,
    })),
    unitStaff: raw.unitStaff ?? [],
    applicant: party(c.applicantId),
    representative: party(c.representativeId),
  };
}
