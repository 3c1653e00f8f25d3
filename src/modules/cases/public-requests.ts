/**
 * What the public may know of the cases filed through the API (Open311 GET requests, issue 9): the
 * service, the status, the dates, the responsible unit — never a party, a contact, a field or a
 * document. Cases filed on other channels are not listed: that someone applied (for social help, say)
 * can itself be personal.
 */
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import {
  type Bilingual,
  CASE_STATUSES,
  type CaseStatus,
  caseFile,
  organisation,
  service,
  serviceVersion,
} from '../../db/schema';

export interface PublicRequest {
  registrationNumber: string;
  serviceCode: string;
  serviceName: Bilingual;
  status: CaseStatus;
  unitName: Bilingual;
  receivedAt: Date;
  updatedAt: Date;
  dueOn: string;
}

export interface PublicRequestFilter {
  /** Registration numbers: when given, the other filters are ignored (as Open311 says). */
  numbers?: string[];
  serviceCodes?: string[];
  from?: Date;
  to?: Date;
  statuses?: readonly CaseStatus[];
  limit: number;
}

/** Open (not finished) statuses; the rest are closed. `forwarded` left this municipality's hands. */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'registered',
  'in_progress',
  'awaiting_applicant',
  'decided',
  'ready_for_issue',
];

export const CLOSED_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

export async function listPublicRequests(db: Db, filter: PublicRequestFilter): Promise<PublicRequest[]> {
  const where: SQL[] = [eq(caseFile.channelIn, 'api')];
  if (filter.numbers) {
    if (filter.numbers.length === 0) return [];
    where.push(inArray(caseFile.registrationNumber, filter.numbers));
  } else {
    if (filter.serviceCodes?.length) where.push(inArray(service.code, filter.serviceCodes));
    if (filter.from) where.push(gte(caseFile.createdAt, filter.from));
    if (filter.to) where.push(lte(caseFile.createdAt, filter.to));
    if (filter.statuses) where.push(inArray(caseFile.status, [...filter.statuses]));
  }
  return db
    .select({
      registrationNumber: caseFile.registrationNumber,
      serviceCode: service.code,
      serviceName: serviceVersion.name,
      status: caseFile.status,
      unitName: organisation.name,
      receivedAt: caseFile.createdAt,
      updatedAt: caseFile.updatedAt,
      dueOn: caseFile.dueOn,
    })
    .from(caseFile)
    .innerJoin(service, eq(service.id, caseFile.serviceId))
    .innerJoin(serviceVersion, eq(serviceVersion.id, caseFile.serviceVersionId))
    .innerJoin(organisation, eq(organisation.code, caseFile.unitCode))
    .where(and(...where))
    .orderBy(desc(caseFile.createdAt), desc(caseFile.id))
    .limit(filter.limit);
}
