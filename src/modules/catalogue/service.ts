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

export function oneStopLevel(
  v: Pick<store.VersionRow, 'applyChannels' | 'receiveChannels' | 'centres'>,
): OneStopLevel {
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
export async function listServices(
  db: Db,
  filter: CatalogueFilter,
  locale: Locale,
): Promise<ServiceStandard[]> {
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

/**
 * Lower case without diacritics, the same normalisation as the database's pietura_normalise(); every
 * run of anything but letters and digits (SQL or HTML metacharacters included) becomes one space.
 */
export function normaliseQuery(q: string): string {
  const words = q
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // Cut by code points, never inside a surrogate pair.
  return Array.from(words).slice(0, 200).join('').trim();
}

/** Words a query is cut to: enough for any real question, few enough to keep the search cheap. */
const MAX_SEARCH_WORDS = 8;

/**
 * Ranked matches for what a person typed. A lone letter is never searched for ("a" is in every
 * English title), and words of two letters ("un", "of") only when the query has no longer ones:
 * fuzzy matching gives them no meaning, only noise. Numbers ("1. klase") are kept.
 */
export async function searchCodes(db: Db, q: string, limit = 50): Promise<store.SearchHit[]> {
  const words = [...new Set(normaliseQuery(q).split(' '))].filter(
    (w) => w.length >= 2 || /^\p{N}+$/u.test(w),
  );
  const meaningful = words.filter((w) => w.length >= 3);
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_SEARCH_WORDS);
  if (chosen.length === 0) return [];
  return store.searchPublished(db, chosen.join(' '), limit);
}

export interface LifeSituationView {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  steps: {
    position: number;
    note: Bilingual | null;
    service: ServiceStandard | undefined;
    serviceCode: string;
  }[];
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

export const PAGE_SIZE = 20;

export interface ServiceListPage {
  items: ServiceStandard[];
  total: number;
  /** The page shown: the requested one, kept within 1 … pageCount. */
  page: number;
  pageCount: number;
}

/** One page of the filtered catalogue, in the order of listServices (relevance when searching). */
export async function listServicesPage(
  db: Db,
  filter: CatalogueFilter,
  locale: Locale,
): Promise<ServiceListPage> {
  const all = await listServices(db, filter, locale);
  const pageCount = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  return { items: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: all.length, page, pageCount };
}

/** Categories that have published services, with how many, in the catalogue's order. */
export async function listCategoriesInUse(db: Db): Promise<(store.CategoryRow & { serviceCount: number })[]> {
  const [categories, counts] = await Promise.all([
    store.selectCategories(db),
    store.selectPublishedCountByCategory(db),
  ]);
  const byCode = new Map(counts.map((c) => [c.categoryCode, Number(c.count)]));
  return categories
    .map((c) => ({ ...c, serviceCount: byCode.get(c.code) ?? 0 }))
    .filter((c) => c.serviceCount > 0);
}

/** Units a resident can filter by: the organisations responsible for at least one published service. */
export async function listResponsibleUnits(db: Db, locale: Locale): Promise<store.OrganisationRow[]> {
  const owners = await store.selectOwnersOfPublished(db);
  return owners.sort((a, b) => collator.compare(pick(a.name, locale), pick(b.name, locale)));
}

/** Every service centre, main first (the catalogue's filters and service pages name them). */
export async function listCentres(db: Db) {
  return store.selectCentres(db);
}

/** Keeps the municipality's organisation (publisher of the catalogue, CPSV-AP) in step with its settings. */
export async function syncMunicipalityOrganisation(
  db: Db,
  org: Parameters<typeof store.upsertMunicipalityOrganisation>[1],
): Promise<void> {
  await store.upsertMunicipalityOrganisation(db, org);
}
