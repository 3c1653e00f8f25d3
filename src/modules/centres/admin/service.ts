import type { Db } from '../../../db/connection';
import { recordAudit, type Tx } from '../../../platform/audit/service';
import { type Actor, hasRole } from '../../../platform/auth/actor';
import { addDays, type Day, todayInRiga } from '../../../platform/calendar/days';
import { ForbiddenError } from '../../../platform/errors';
import type { Locale } from '../../../platform/i18n';
import { checkEveningRule } from '../hours';
import {
  type EveningRuleResult,
  eveningRuleByCentre,
  getCentre,
  getCentreDetails,
  listCentres,
  type MonthRef,
} from '../service';
import type { CentreDetailsInput, ExceptionInput, HoursInput } from './schema';
import * as store from './store';

/** Any member of staff may look (the hours are public anyway); only administrators change them. */
function assertMayRead(actor: Actor): void {
  if (actor.grants.length === 0) throw new ForbiddenError();
}

export function assertMayEditCentres(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw new ForbiddenError();
}

/** The current month and the eleven after it: R14 asks for two evenings in every one of them. */
export function nextTwelveMonths(today: Day): MonthRef[] {
  const [year = 0, month = 1] = today.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const m = month - 1 + i;
    return { year: year + Math.floor(m / 12), month: (m % 12) + 1 };
  });
}

export interface EveningWarning {
  code: string;
  name: { lv: string; en: string };
  /** Months of the next twelve with fewer than two days open until 19:00. */
  months: EveningRuleResult[];
}

/** Centres that break the evening rule in some month of the next twelve (none when all is well). */
export async function eveningWarnings(db: Db, today: Day = todayInRiga()): Promise<EveningWarning[]> {
  const results = await eveningRuleByCentre(db, nextTwelveMonths(today));
  return results
    .map((r) => ({ code: r.centre.code, name: r.centre.name, months: r.months.filter((m) => !m.ok) }))
    .filter((w) => w.months.length > 0);
}

export async function listCentresForAdmin(db: Db, actor: Actor, today: Day = todayInRiga()) {
  assertMayRead(actor);
  const [centres, warnings] = await Promise.all([listCentres(db), eveningWarnings(db, today)]);
  return { centres, warnings, mayEdit: hasRole(actor, 'admin') };
}

export async function getCentreForAdmin(
  db: Db,
  actor: Actor,
  code: string,
  locale: Locale,
  now = new Date(),
) {
  assertMayRead(actor);
  const found = await getCentre(db, code);
  if (!found) return undefined;
  const details = await getCentreDetails(db, code, now, locale);
  const warning = (await eveningWarnings(db, todayInRiga(now))).find((w) => w.code === code);
  const today = todayInRiga(now);
  return {
    ...found,
    exceptions: found.exceptions.filter((e) => e.day >= addDays(today, -31)),
    services: details?.services ?? [],
    warning,
    mayEdit: hasRole(actor, 'admin'),
  };
}

async function withCentre<T>(
  db: Db,
  actor: Actor,
  code: string,
  work: (tx: Tx, centre: store.CentreRow) => Promise<T>,
): Promise<T | undefined> {
  assertMayEditCentres(actor);
  return db.transaction(async (tx) => {
    const centre = await store.selectCentreForUpdate(tx, code);
    if (!centre) return undefined;
    return work(tx, centre);
  });
}

export async function updateCentreDetails(db: Db, actor: Actor, code: string, input: CentreDetailsInput) {
  return withCentre(db, actor, code, async (tx, before) => {
    const after = await store.updateCentre(tx, before.id, input);
    const fields = (c: store.CentreRow) => ({
      name: c.name,
      address: c.address,
      postalCode: c.postalCode,
      phone: c.phone,
      email: c.email,
    });
    await recordAudit(tx, {
      actor,
      action: 'centre.update',
      entity: 'centre',
      entityId: before.id,
      before: fields(before),
      after: fields(after),
    });
    return after;
  });
}

export async function replaceWeeklyHours(db: Db, actor: Actor, code: string, rows: HoursInput[]) {
  return withCentre(db, actor, code, async (tx, centre) => {
    const { before, after } = await store.replaceHours(tx, centre.id, rows);
    const plain = (list: store.HoursRow[]) =>
      list.map((h) => ({
        weekday: h.weekday,
        opens: h.opens,
        closes: h.closes,
        weeksOfMonth: h.weeksOfMonth,
      }));
    await recordAudit(tx, {
      actor,
      action: 'centre.hours.replace',
      entity: 'centre',
      entityId: centre.id,
      before: plain(before),
      after: plain(after),
    });
    return after;
  });
}

export type ExceptionProblem = 'past' | 'duplicate';

/** Why a change on a day cannot be added: the day has passed, or the centre has a change on it already. */
export async function exceptionProblem(
  db: Db,
  code: string,
  day: Day,
  today: Day = todayInRiga(),
): Promise<ExceptionProblem | undefined> {
  if (day < today) return 'past';
  const found = await getCentre(db, code);
  if (found?.exceptions.some((e) => e.day.slice(0, 10) === day)) return 'duplicate';
  return undefined;
}

export type AddExceptionResult = store.ExceptionRow | { problem: ExceptionProblem } | undefined;

export async function addException(
  db: Db,
  actor: Actor,
  code: string,
  input: ExceptionInput,
  today: Day = todayInRiga(),
): Promise<AddExceptionResult> {
  return withCentre(db, actor, code, async (tx, centre) => {
    // Checked again under the centre's row lock, so two administrators cannot add the same day.
    const problem = await exceptionProblem(tx, code, input.day, today);
    if (problem) return { problem };
    const row = await store.insertException(tx, { centreId: centre.id, ...input });
    await recordAudit(tx, {
      actor,
      action: 'centre.exception.add',
      entity: 'centre_exception',
      entityId: row.id,
      before: null,
      after: {
        centre: centre.code,
        day: row.day,
        closed: row.closed,
        opens: row.opens,
        closes: row.closes,
        note: row.note,
      },
    });
    return row;
  });
}

export async function removeException(db: Db, actor: Actor, code: string, id: number) {
  return withCentre(db, actor, code, async (tx, centre) => {
    const row = await store.deleteException(tx, centre.id, id);
    if (!row) return undefined;
    await recordAudit(tx, {
      actor,
      action: 'centre.exception.delete',
      entity: 'centre_exception',
      entityId: row.id,
      before: {
        centre: centre.code,
        day: row.day,
        closed: row.closed,
        opens: row.opens,
        closes: row.closes,
        note: row.note,
      },
      after: null,
    });
    return row;
  });
}

/** A change to the hours not yet saved: new weekly rows, a day to add, or a day to delete. */
export interface PendingChange {
  hours?: HoursInput[];
  add?: ExceptionInput;
  removeId?: number;
}

/**
 * R14 before saving: the months of the next twelve in which the centre would no longer be open until
 * 19:00 on two evenings after the change (months that already fail are not the change's doing).
 */
export async function eveningImpact(
  db: Db,
  code: string,
  change: PendingChange,
  today: Day = todayInRiga(),
): Promise<EveningRuleResult[]> {
  const found = await getCentre(db, code);
  if (!found) return [];
  const months = nextTwelveMonths(today);
  const hours = change.hours ?? found.hours;
  const exceptions = [
    ...found.exceptions.filter((e) => e.id !== change.removeId),
    ...(change.add ? [change.add] : []),
  ];
  const before = checkEveningRule(found.hours, found.exceptions, months);
  const after = checkEveningRule(hours, exceptions, months);
  return after.filter((m, i) => !m.ok && before[i]?.ok);
}
