import type { Db } from '../../db/connection';
import type { Bilingual, Channel } from '../../db/schema';
import { collator, type Locale, pick } from '../../platform/i18n';
import type { CatalogueFilter } from './schema';
import * as store from './store';

/** Seed 2.2: how far a service is provided at the centres. */
export type OneStopLevel = 'information' | 'application' | 'full';

export interface ServiceStandard {
  code: string;
  serviceId: number;
  version: store.VersionRow;
  owner: store.OrganisationRow;
  category: store.CategoryRow;
  oneStopLevel: OneStopLevel;
  eserviceAvailable: boolean;
}

const ONLINE: Channel[] = ['portal', 'latvija_lv'];

export function oneStopLevel(v: Pick<store.VersionRow, 'applyChannels' | 'receiveChannels' | 'centres'>): OneStopLevel {
  if (!v.applyChannels.includes('in_person')) return 'information';
  if (v.receiveChannels.includes('in_person') && v.centres.length === 0) return 'full';
  return 'application';
}

function toStandard(row: Awaited<ReturnType<typeof store.selectPublished>>[number]): ServiceStandard {
  return {
    code: row.service.code,
    serviceId: row.service.id,
    version: row.version,
    owner: row.owner,
    category: row.category,
    oneStopLevel: oneStopLevel(row.version),
    eserviceAvailable: row.version.applyChannels.some((c) => ONLINE.includes(c)),
  };
}

export function matchesFilter(s: ServiceStandard, f: CatalogueFilter): boolean {
  const v = s.version;
  if (f.category && s.category.code !== f.category) return false;
  if (f.unit && s.owner.code !== f.unit) return false;
  if (f.centre && v.centres.length > 0 && !v.centres.includes(f.centre)) return false;
  if (f.centre && !v.applyChannels.includes('in_person')) return false;
  if (f.channel && !v.applyChannels.includes(f.channel)) return false;
  if (f.eservice && !s.eserviceAvailable) return false;
  if (f.onTheSpot && !v.onTheSpot) return false;
  return true;
}

/** The published catalogue, filtered; sorted by name in Latvian collation, or by relevance when searching. */
export async function listServices(db: Db, filter: CatalogueFilter, locale: Locale): Promise<ServiceStandard[]> {
  const all = (await store.selectPublished(db)).map(toStandard).filter((s) => matchesFilter(s, filter));
  if (filter.q) {
    const hits = await searchCodes(db, filter.q, 200);
    const rank = new Map(hits.map((h, i) => [h.code, i]));
    return all.filter((s) => rank.has(s.code)).sort((a, b) => rank.get(a.code)! - rank.get(b.code)!);
  }
  return all.sort((a, b) => collator.compare(pick(a.version.name, locale), pick(b.version.name, locale)));
}

export async function getPublishedService(db: Db, code: string): Promise<ServiceStandard | undefined> {
  const row = await store.selectPublishedByCode(db, code);
  return row && toStandard(row);
}

export const getVersionHistory = store.selectHistory;
export const listOrganisations = store.selectOrganisations;
export const listCategories = store.selectCategories;

/** Lower case without diacritics, the same normalisation as the database's pietura_normalise(). */
export function normaliseQuery(q: string): string {
  return q
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
}

export async function searchCodes(db: Db, q: string, limit = 50): Promise<store.SearchHit[]> {
  const normalised = normaliseQuery(q);
  if (!normalised) return [];
  return store.searchPublished(db, normalised, limit);
}

export interface LifeSituationView {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  steps: { position: number; note: Bilingual | null; service: ServiceStandard | undefined; serviceCode: string }[];
}

export async function listLifeSituations(db: Db): Promise<Omit<LifeSituationView, 'steps'>[]> {
  return store.selectLifeSituations(db);
}

export async function getLifeSituation(db: Db, code: string): Promise<LifeSituationView | undefined> {
  const ls = await store.selectLifeSituation(db, code);
  if (!ls) return undefined;
  const steps = await store.selectSteps(db, [ls.id]);
  const published = new Map((await store.selectPublished(db)).map((r) => [r.service.code, toStandard(r)]));
  return {
    code: ls.code,
    title: ls.title,
    summary: ls.summary,
    steps: steps.map((s) => ({
      position: s.position,
      note: s.note,
      serviceCode: s.serviceCode,
      service: published.get(s.serviceCode),
    })),
  };
}
