import type { Db } from '../../../db/connection';
import type { Bilingual, InteractionChannel } from '../../../db/schema';
import { recordAudit } from '../../../platform/audit/service';
import { type Actor, centresFor, hasRole } from '../../../platform/auth/actor';
import { ForbiddenError } from '../../../platform/errors';
import * as parties from '../../parties/service';
import * as store from './store';

export interface InteractionInput {
  serviceId?: number;
  topic?: string;
  channel: InteractionChannel;
  minutes: number;
  centreCode: string;
  /** A personal code or registration number: links a known party (the look-up is audited). */
  partyCode?: string;
  /** Or a foreigner without a personal code: links the known one (the look-up is audited, the document masked). */
  foreigner?: parties.ForeignPersonQuery;
}

export interface InteractionRow {
  id: number;
  at: Date;
  centreName: Bilingual;
  serviceCode: string | null;
  topic: string | null;
  channel: InteractionChannel;
  minutes: number;
  withParty: boolean;
}

/** Desk staff record consultations; managers read them (statistics). */
export function mayRecord(actor: Actor): boolean {
  return hasRole(actor, 'clerk');
}

function mayRead(actor: Actor): boolean {
  return mayRecord(actor) || hasRole(actor, 'manager') || hasRole(actor, 'admin');
}

export type RecordResult = { ok: true; id: number } | { ok: false; field: string; code: string };

/** Records one consultation without an application (R16), with its audit row, in one transaction. */
export async function recordInteraction(
  db: Db,
  actor: Actor,
  input: InteractionInput,
): Promise<RecordResult> {
  if (!mayRecord(actor)) throw new ForbiddenError();
  if (!(await store.centreExists(db, input.centreCode)))
    return { ok: false, field: 'centre', code: 'centre_unknown' };
  if (input.serviceId && !(await store.serviceExists(db, input.serviceId)))
    return { ok: false, field: 'service', code: 'unknown_service' };
  // Only a known party is linked: one not found is said so, never created (a consultation stores no person).
  let partyId: number | undefined;
  if (input.partyCode && input.foreigner) return { ok: false, field: 'partyCode', code: 'party_one_way' };
  if (input.partyCode) {
    const party = await parties.findPartyByCode(db, actor, input.partyCode);
    if (!party) return { ok: false, field: 'partyCode', code: 'party_unknown' };
    partyId = party.id;
  } else if (input.foreigner) {
    const party = await parties.findForeignPerson(db, actor, input.foreigner);
    if (!party) return { ok: false, field: 'partyDocument', code: 'foreigner_unknown' };
    partyId = party.id;
  }
  return db.transaction(async (tx) => {
    const id = await store.insertInteraction(tx, {
      centreCode: input.centreCode,
      staffUserId: actor.kind === 'staff' ? actor.id : null,
      serviceId: input.serviceId ?? null,
      topic: input.topic || null,
      channel: input.channel,
      minutes: input.minutes,
      partyId: partyId ?? null,
    });
    await recordAudit(tx, {
      actor,
      action: 'interaction.recorded',
      entity: 'interaction',
      entityId: id,
      after: {
        centre: input.centreCode,
        channel: input.channel,
        minutes: input.minutes,
        party: Boolean(partyId),
      },
    });
    return { ok: true as const, id };
  });
}

/** The latest consultations the actor may see: a clerk's own centres, everything for a manager. */
export async function recentInteractions(db: Db, actor: Actor): Promise<InteractionRow[]> {
  if (!mayRead(actor)) throw new ForbiddenError();
  const all = hasRole(actor, 'manager') || hasRole(actor, 'admin');
  const rows = await store.selectRecent(db, all ? 'all' : centresFor(actor, 'clerk'));
  return rows.map((r) => ({
    ...r,
    channel: r.channel as InteractionChannel,
    withParty: r.withParty !== null,
  }));
}
