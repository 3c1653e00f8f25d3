import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import {
  lifeSituation,
  lifeSituationStep,
  organisation,
  service,
  serviceVersion,
  serviceVersionComment,
  serviceVersionStep,
  serviceWithdrawalRequest,
  type VersionStep,
} from '../../db/schema';
import { inForceOn, notWithdrawn } from '../../db/versions';

export type VersionRow = typeof serviceVersion.$inferSelect;
export type NewVersionRow = typeof serviceVersion.$inferInsert;
export type ServiceRow = typeof service.$inferSelect;
export type CommentRow = typeof serviceVersionComment.$inferSelect;
export type StepRow = typeof serviceVersionStep.$inferSelect;
export type WithdrawalRequestRow = typeof serviceWithdrawalRequest.$inferSelect;

/** Version facts the overview pages need, without the long texts. */
const versionSummary = {
  id: serviceVersion.id,
  serviceId: serviceVersion.serviceId,
  version: serviceVersion.version,
  status: serviceVersion.status,
  name: serviceVersion.name,
  validFrom: serviceVersion.validFrom,
  validTo: serviceVersion.validTo,
  reviewDue: serviceVersion.reviewDue,
  publishedAt: serviceVersion.publishedAt,
};
export type VersionSummary = {
  [K in keyof typeof versionSummary]: VersionRow[K];
};

export async function selectServices(db: Db) {
  return db
    .select({ service, ownerCode: organisation.code, ownerName: organisation.name })
    .from(service)
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .orderBy(asc(service.code));
}

export async function selectServiceByCode(db: Db, code: string) {
  const [row] = await db
    .select({ service, ownerCode: organisation.code, ownerName: organisation.name })
    .from(service)
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .where(eq(service.code, code));
  return row;
}

/** Serialises the workflow steps of one service (version numbers, the one published row). */
export async function lockService(db: Db, serviceId: number): Promise<void> {
  await db.execute(sql`SELECT id FROM service WHERE id = ${serviceId} FOR UPDATE`);
}

export async function selectVersionSummaries(db: Db, serviceIds?: number[]): Promise<VersionSummary[]> {
  if (serviceIds && serviceIds.length === 0) return [];
  return db
    .select(versionSummary)
    .from(serviceVersion)
    .where(serviceIds ? inArray(serviceVersion.serviceId, serviceIds) : undefined)
    .orderBy(asc(serviceVersion.serviceId), desc(serviceVersion.version));
}

export async function selectVersions(db: Db, serviceId: number): Promise<VersionRow[]> {
  return db
    .select()
    .from(serviceVersion)
    .where(eq(serviceVersion.serviceId, serviceId))
    .orderBy(desc(serviceVersion.version));
}

export async function selectVersion(
  db: Db,
  serviceId: number,
  version: number,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(and(eq(serviceVersion.serviceId, serviceId), eq(serviceVersion.version, version)));
  return row;
}

export async function selectVersionForUpdate(db: Db, serviceId: number, version: number) {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(and(eq(serviceVersion.serviceId, serviceId), eq(serviceVersion.version, version)))
    .for('update');
  return row;
}

/** The version in force on a day (the rule of docs/adr/0003, shared with the public catalogue). */
export async function selectInForce(db: Db, serviceId: number, day: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(and(eq(serviceVersion.serviceId, serviceId), inForceOn(day)));
  return row;
}

export async function insertVersion(db: Db, values: NewVersionRow): Promise<VersionRow> {
  const [row] = await db.insert(serviceVersion).values(values).returning();
  return row!;
}

export async function updateVersion(db: Db, id: number, values: Partial<NewVersionRow>): Promise<VersionRow> {
  const [row] = await db.update(serviceVersion).set(values).where(eq(serviceVersion.id, id)).returning();
  return row!;
}

/** The currently 'published' row of a service (the latest approved version), locked. */
export async function selectPublishedForUpdate(db: Db, serviceId: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceVersion)
    .where(and(eq(serviceVersion.serviceId, serviceId), eq(serviceVersion.status, 'published')))
    .for('update');
  return row;
}

export async function insertService(
  db: Db,
  values: { code: string; ownerId: number; categoryCode: string },
): Promise<ServiceRow | undefined> {
  const [row] = await db
    .insert(service)
    .values(values)
    .onConflictDoNothing({ target: service.code })
    .returning();
  return row;
}

/** Withdraws a service from the start of `from` (a day in Riga), or brings it back (null). */
export async function updateServiceCategory(
  db: Db,
  serviceId: number,
  categoryCode: string,
): Promise<ServiceRow> {
  const [row] = await db.update(service).set({ categoryCode }).where(eq(service.id, serviceId)).returning();
  return row!;
}

export async function updateWithdrawal(
  db: Db,
  serviceId: number,
  withdrawal: { from: string; reason: string } | null,
): Promise<ServiceRow> {
  const [row] = await db
    .update(service)
    .set(
      withdrawal
        ? {
            withdrawnAt: sql`(${withdrawal.from}::date)::timestamp AT TIME ZONE 'Europe/Riga'`,
            withdrawnReason: withdrawal.reason,
          }
        : { withdrawnAt: null, withdrawnReason: null },
    )
    .where(eq(service.id, serviceId))
    .returning();
  return row!;
}

export async function insertStep(
  db: Db,
  values: { versionId: number; step: VersionStep; actorId: number | null; actorName: string },
): Promise<void> {
  await db.insert(serviceVersionStep).values(values);
}

export async function selectSteps(db: Db, versionIds: number[]): Promise<StepRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .select()
    .from(serviceVersionStep)
    .where(inArray(serviceVersionStep.versionId, versionIds))
    .orderBy(asc(serviceVersionStep.createdAt), asc(serviceVersionStep.id));
}

export async function insertWithdrawalRequest(
  db: Db,
  values: typeof serviceWithdrawalRequest.$inferInsert,
): Promise<WithdrawalRequestRow | undefined> {
  const [row] = await db.insert(serviceWithdrawalRequest).values(values).onConflictDoNothing().returning();
  return row;
}

export async function selectWithdrawalRequests(db: Db, serviceId: number): Promise<WithdrawalRequestRow[]> {
  return db
    .select()
    .from(serviceWithdrawalRequest)
    .where(eq(serviceWithdrawalRequest.serviceId, serviceId))
    .orderBy(desc(serviceWithdrawalRequest.requestedAt), desc(serviceWithdrawalRequest.id));
}

export async function selectWithdrawalRequestForUpdate(db: Db, serviceId: number, id: number) {
  const [row] = await db
    .select()
    .from(serviceWithdrawalRequest)
    .where(and(eq(serviceWithdrawalRequest.serviceId, serviceId), eq(serviceWithdrawalRequest.id, id)))
    .for('update');
  return row;
}

export async function updateWithdrawalRequest(
  db: Db,
  id: number,
  values: Partial<typeof serviceWithdrawalRequest.$inferInsert>,
): Promise<WithdrawalRequestRow> {
  const [row] = await db
    .update(serviceWithdrawalRequest)
    .set(values)
    .where(eq(serviceWithdrawalRequest.id, id))
    .returning();
  return row!;
}

/** Pending withdrawal and restore requests of every service, with the owning unit. */
export async function selectPendingWithdrawalRequests(db: Db) {
  return db
    .select({
      request: serviceWithdrawalRequest,
      code: service.code,
      ownerCode: organisation.code,
    })
    .from(serviceWithdrawalRequest)
    .innerJoin(service, eq(service.id, serviceWithdrawalRequest.serviceId))
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .where(eq(serviceWithdrawalRequest.status, 'pending'))
    .orderBy(asc(serviceWithdrawalRequest.requestedAt));
}

/** The life situations that list the service as one of their steps. */
export async function selectLifeSituationsUsing(db: Db, serviceId: number) {
  return db
    .selectDistinct({ code: lifeSituation.code, title: lifeSituation.title, sort: lifeSituation.sort })
    .from(lifeSituationStep)
    .innerJoin(lifeSituation, eq(lifeSituation.id, lifeSituationStep.lifeSituationId))
    .where(eq(lifeSituationStep.serviceId, serviceId))
    .orderBy(asc(lifeSituation.sort), asc(lifeSituation.code));
}

export async function insertComment(
  db: Db,
  values: { versionId: number; authorId: number | null; authorName: string; body: string },
): Promise<CommentRow> {
  const [row] = await db.insert(serviceVersionComment).values(values).returning();
  return row!;
}

export async function selectComments(db: Db, versionIds: number[]): Promise<CommentRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .select()
    .from(serviceVersionComment)
    .where(inArray(serviceVersionComment.versionId, versionIds))
    .orderBy(asc(serviceVersionComment.createdAt), asc(serviceVersionComment.id));
}

/** Latest approved versions of services in use whose review date is on or before `until` (or missing). */
export async function selectReviewDue(db: Db, until: string) {
  return db
    .select({
      code: service.code,
      ownerCode: organisation.code,
      ownerName: organisation.name,
      version: serviceVersion.version,
      name: serviceVersion.name,
      reviewDue: serviceVersion.reviewDue,
    })
    .from(serviceVersion)
    .innerJoin(service, eq(service.id, serviceVersion.serviceId))
    .innerJoin(organisation, eq(organisation.id, service.ownerId))
    .where(
      and(
        eq(serviceVersion.status, 'published'),
        notWithdrawn(),
        // A standard without a review date is as good as overdue: every standard must have one.
        or(isNull(serviceVersion.reviewDue), lte(serviceVersion.reviewDue, until)),
      ),
    )
    .orderBy(asc(serviceVersion.reviewDue), asc(service.code));
}
