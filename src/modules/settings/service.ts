import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, hasRole } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { forgetMunicipality } from '../../platform/site/identity';
import { syncMunicipalityOrganisation } from '../catalogue/service';
import { contrastRatio, GRAPHIC_CONTRAST, TEXT_CONTRAST } from './checks';
import type { SettingsInput } from './schema';
import * as store from './store';
import { type SvgResult, sanitiseSvg } from './svg';

export type { MunicipalityRow } from './store';

/** The municipality's identity is the administrator's (or an operator's at the command line). */
function assertMaySetUp(actor: Actor): void {
  if (actor.kind === 'system' || hasRole(actor, 'admin')) return;
  throw new ForbiddenError();
}

export async function getSettings(db: Db, actor: Actor): Promise<store.MunicipalityRow | undefined> {
  assertMaySetUp(actor);
  return store.selectMunicipality(db);
}

export type SettingsProblem =
  | { field: 'primaryColour'; problem: 'contrast'; ratio: number }
  | { field: 'accentColour'; problem: 'contrast'; ratio: number }
  | { field: 'arms'; problem: Exclude<SvgResult, { ok: true }>['problem'] }
  | { field: 'code'; problem: 'code' };

/** What the schema cannot see: colour contrast (WCAG 2.1 AA) and the coat of arms file. */
export function settingsProblems(
  input: Pick<SettingsInput, 'primaryColour' | 'accentColour'>,
  arms: Buffer | string | undefined,
): { problems: SettingsProblem[]; svg?: string } {
  const problems: SettingsProblem[] = [];
  const onWhite = contrastRatio(input.primaryColour, '#ffffff');
  if (onWhite < TEXT_CONTRAST) problems.push({ field: 'primaryColour', problem: 'contrast', ratio: onWhite });
  const accent = contrastRatio(input.accentColour, input.primaryColour);
  if (accent < GRAPHIC_CONTRAST) problems.push({ field: 'accentColour', problem: 'contrast', ratio: accent });
  let svg: string | undefined;
  if (arms !== undefined) {
    const checked = sanitiseSvg(arms);
    if (checked.ok) svg = checked.svg;
    else problems.push({ field: 'arms', problem: checked.problem });
  }
  return { problems, svg };
}

/** The audit trail keeps a fingerprint of the drawing, not the drawing. */
function auditable(row: store.MunicipalityRow) {
  const { coatOfArmsSvg, ...rest } = row;
  return {
    ...rest,
    coatOfArms: coatOfArmsSvg
      ? {
          bytes: Buffer.byteLength(coatOfArmsSvg),
          sha256: createHash('sha256').update(coatOfArmsSvg).digest('hex'),
        }
      : null,
  };
}

export type SaveResult = { ok: true } | { ok: false; problems: SettingsProblem[] } | 'not_set_up';

/**
 * Saves the settings with the new coat of arms when one is given (else the old one stays); the row, the
 * municipality's organisation in the catalogue and the audit row commit together.
 */
export async function saveSettings(
  db: Db,
  actor: Actor,
  input: SettingsInput,
  arms?: Buffer | string,
): Promise<SaveResult> {
  assertMaySetUp(actor);
  const { problems, svg } = settingsProblems(input, arms);
  if (problems.length > 0) return { ok: false, problems };
  const saved = await db.transaction(async (tx) => {
    const before = await store.selectMunicipalityForUpdate(tx);
    if (!before) return false;
    const after = await store.updateMunicipality(tx, { ...input, ...(svg ? { coatOfArmsSvg: svg } : {}) });
    await syncMunicipalityOrganisation(tx, organisationOf(after));
    await recordAudit(tx, {
      actor,
      action: 'municipality.settings_changed',
      entity: 'municipality',
      entityId: 1,
      before: auditable(before),
      after: auditable(after),
    });
    return true;
  });
  forgetMunicipality(db);
  return saved ? { ok: true } : 'not_set_up';
}

function organisationOf(m: store.MunicipalityRow) {
  return {
    code: m.code,
    name: m.name,
    email: m.email,
    phone: m.phone,
    address: m.address,
    website: m.website,
  };
}

export const MUNICIPALITY_CODE = /^[a-z0-9][a-z0-9-]{1,59}$/;

export type SetUpResult =
  | { ok: true; municipality: store.MunicipalityRow }
  | { ok: false; problems: SettingsProblem[] }
  | 'already_set_up';

/** A fresh installation: the municipality row and its organisation, with no demo data. */
export async function setUpMunicipality(
  db: Db,
  actor: Actor,
  input: SettingsInput & { code: string },
  arms?: Buffer | string,
): Promise<SetUpResult> {
  assertMaySetUp(actor);
  const { problems, svg } = settingsProblems(input, arms);
  if (!MUNICIPALITY_CODE.test(input.code)) problems.push({ field: 'code', problem: 'code' });
  if (problems.length > 0) return { ok: false, problems };
  const created = await db.transaction(async (tx) => {
    const row = await store.insertMunicipality(tx, { ...input, coatOfArmsSvg: svg ?? null });
    if (!row) return undefined;
    await syncMunicipalityOrganisation(tx, organisationOf(row));
    await recordAudit(tx, {
      actor,
      action: 'municipality.set_up',
      entity: 'municipality',
      entityId: 1,
      before: null,
      after: auditable(row),
    });
    return row;
  });
  forgetMunicipality(db);
  return created ? { ok: true, municipality: created } : 'already_set_up';
}
