import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import { recordAudit } from '../../platform/audit/service';
import type { Actor } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { mayExportPartyData, partyRow } from '../parties/service';
import type { PartyExport } from './types';

export { mayExportPartyData as mayExportParties } from '../parties/service';

/**
 * Everything stored about a party (subject access, GDPR art. 15): the party record; for each case where
 * they are applicant or representative the case, its events (without staff names) and the list of its
 * documents; and the consultations they were linked to (without the clerk). Administrators and managers
 * only; audited.
 */
export async function exportPartyData(
  db: Db,
  actor: Actor,
  partyId: number,
): Promise<PartyExport | undefined> {
  if (!mayExportPartyData(actor)) throw new ForbiddenError();
  return db.transaction(async (tx) => {
    const party = await partyRow(tx, partyId);
    if (!party) return undefined;
    const cases = await query<Record<string, unknown>>(
      tx,
      sql`SELECT c.id, c.registration_number AS "registrationNumber",
            CASE WHEN c.applicant_id = ${partyId} THEN 'applicant' ELSE 'representative' END AS role,
            v.name->>'lv' AS service, c.status, to_char(c.received_on, 'YYYY-MM-DD') AS "receivedOn",
            to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", c.channel_in AS channel, c.centre_in AS centre,
            c.delivery_channel AS "deliveryChannel", c.delivery_centre AS "deliveryCentre", c.fields,
            c.representation_basis AS "representationBasis", c.decision,
            to_char(c.decided_on, 'YYYY-MM-DD') AS "decidedOn",
            to_char(c.retention_until, 'YYYY-MM-DD') AS "retentionUntil",
            (SELECT coalesce(json_agg(json_build_object('at', e.at, 'type', e.type, 'fromStatus', e.from_status,
                'toStatus', e.to_status, 'reason', e.reason) ORDER BY e.at, e.id), '[]'::json)
              FROM case_event e WHERE e.case_id = c.id) AS events,
            (SELECT coalesce(json_agg(json_build_object('direction', d.direction, 'registryNumber', d.registry_number,
                'filename', d.filename, 'mediaType', d.media_type, 'size', d.size, 'sha256', d.sha256) ORDER BY d.id), '[]'::json)
              FROM case_document d WHERE d.case_id = c.id) AS documents
          FROM case_file c JOIN service_version v ON v.id = c.service_version_id
          WHERE c.applicant_id = ${partyId} OR c.representative_id = ${partyId}
          ORDER BY c.id`,
    );
    // Consultations without an application the party was linked to (R16), without the clerk's name.
    const consultations = await query<Record<string, unknown>>(
      tx,
      sql`SELECT i.at, i.centre_code AS centre, s.code AS service, i.topic, i.channel, i.minutes
          FROM interaction i LEFT JOIN service s ON s.id = i.service_id
          WHERE i.party_id = ${partyId}
          ORDER BY i.at, i.id`,
    );
    await recordAudit(tx, {
      actor,
      action: 'party.exported',
      entity: 'party',
      entityId: partyId,
      after: { cases: cases.length, consultations: consultations.length },
    });
    const { erasedAt, ...data } = party;
    return {
      exportedAt: new Date().toISOString(),
      controller: 'municipality',
      party: { ...data, erased: erasedAt !== null },
      cases,
      consultations,
    };
  });
}
