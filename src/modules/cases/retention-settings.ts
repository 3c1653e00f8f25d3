import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import type { Bilingual } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, hasRole } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { serviceOptions } from './views';

/** How long the personal data of a closed case is kept, in whole years (the archive law's periods fit in this). */
export const RETENTION_YEARS = { min: 1, max: 75 } as const;

export interface RetentionSettings {
  defaultYears: number;
  rules: { serviceId: number; serviceName: Bilingual; years: number }[];
  /** Services that may be given a period of their own. */
  services: { id: number; name: Bilingual }[];
}

/** Retention periods are the administrator's to set (R25); they apply to cases closed from then on. */
export function maySetRetention(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

export function isRetentionYears(value: number): boolean {
  return Number.isInteger(value) && value >= RETENTION_YEARS.min && value <= RETENTION_YEARS.max;
}

export async function retentionSettings(db: Db, actor: Actor): Promise<RetentionSettings> {
  if (!maySetRetention(actor)) throw new ForbiddenError();
  const [settings, rules, services] = await Promise.all([
    query<{ years: number }>(
      db,
      sql`SELECT default_retention_years AS years FROM case_settings WHERE id = 1`,
    ),
    query<{ serviceId: number; years: number }>(
      db,
      sql`SELECT service_id AS "serviceId", years FROM case_retention_rule`,
    ),
    serviceOptions(db),
  ]);
  const names = new Map(services.map((s) => [Number(s.id), s.name]));
  return {
    defaultYears: Number(settings[0]?.years ?? 5),
    // A rule of a service no longer published stays listed (and removable) under its number.
    rules: rules
      .map((r) => {
        const serviceId = Number(r.serviceId);
        const serviceName = names.get(serviceId) ?? { lv: `#${serviceId}`, en: `#${serviceId}` };
        return { serviceId, serviceName, years: Number(r.years) };
      })
      .sort((a, b) => a.serviceName.lv.localeCompare(b.serviceName.lv, 'lv')),
    services: services.map((s) => ({ id: Number(s.id), name: s.name })),
  };
}

export async function setDefaultRetention(db: Db, actor: Actor, years: number): Promise<void> {
  if (!maySetRetention(actor)) throw new ForbiddenError();
  if (!isRetentionYears(years)) throw new RangeError(`retention of ${years} years`);
  await db.transaction(async (tx) => {
    await query(
      tx,
      sql`INSERT INTO case_settings (id, default_retention_years) VALUES (1, ${years})
          ON CONFLICT (id) DO UPDATE SET default_retention_years = excluded.default_retention_years`,
    );
    await recordAudit(tx, {
      actor,
      action: 'retention.default_set',
      entity: 'case_settings',
      after: { years },
    });
  });
}

/** A service's own period (`years`), or none (null): its cases then follow the default. False: no such service. */
export async function setServiceRetention(
  db: Db,
  actor: Actor,
  serviceId: number,
  years: number | null,
): Promise<boolean> {
  if (!maySetRetention(actor)) throw new ForbiddenError();
  if (years !== null && !isRetentionYears(years)) throw new RangeError(`retention of ${years} years`);
  return db.transaction(async (tx) => {
    const [known] = await query<{ id: number }>(tx, sql`SELECT id FROM service WHERE id = ${serviceId}`);
    if (!known) return false;
    if (years === null) await query(tx, sql`DELETE FROM case_retention_rule WHERE service_id = ${serviceId}`);
    else
      await query(
        tx,
        sql`INSERT INTO case_retention_rule (service_id, years) VALUES (${serviceId}, ${years})
            ON CONFLICT (service_id) DO UPDATE SET years = excluded.years`,
      );
    await recordAudit(tx, {
      actor,
      action: 'retention.service_set',
      entity: 'service',
      entityId: serviceId,
      after: { years },
    });
    return true;
  });
}
