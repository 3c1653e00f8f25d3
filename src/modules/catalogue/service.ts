import { catalogueRevision as watchedRevision } from '../../db/catalogue-revision';
import type { Db } from '../../db/connection';
import type { Bilingual, Channel } from '../../db/schema';
import { collator, type Locale, pick } from '../../platform/i18n';
import { perRevision } from './per-revision';

export { perRevision };

import { type CatalogueFilter, catalogueFilterSchema } from './schema';
import { type SearchHit, SearchIndex } from './search-index';
import * as store from './store';
import { relatedQueries, type Synonym } from './synonyms';

export type { SearchHit } from './search-index';

/** The fee and the processing time in a few words, as the service page says them (the online journey's start page too). */
export { feeText, timeText, withinText } from './views/format';

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
  /** The version in force has an online form and is applied for on the portal (the journey in modules/eforms). */
  onlineForm?: boolean;
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
    onlineForm: row.version.formDefinition != null && row.version.applyChannels.includes('portal'),
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

/**
 * The published catalogue as this process keeps it, per catalogue revision and day (per-revision.ts):
 * the standards in force, their search index, the editors' related terms and the centres. The
 * catalogue pages, the search page and the search API read it with no query.
 */
interface PublishedCatalogue {
  standards: ServiceStandard[];
  /** By name in each locale's collation, sorted when first asked for. */
  sorted: Map<Locale, ServiceStandard[]>;
  /** The filters' choices, worked out when first asked for (every catalogue page shows them). */
  categoriesInUse?: (store.CategoryRow & { serviceCount: number })[];
  responsibleUnits: Map<Locale, store.OrganisationRow[]>;
  filterChoices: Map<Locale, FilterChoices>;
  byCode: Map<string, ServiceStandard>;
  index: SearchIndex;
  synonyms: Synonym[];
  centres: store.CentreRow[];
  categories: store.CategoryRow[];
}

const publishedCatalogue = perRevision<PublishedCatalogue>(async (db) => {
  const rows = await store.selectPublished(db);
  const texts = await store.selectPublishedSearchText(db);
  const synonyms = await store.selectSynonyms(db);
  const centres = await store.selectCentres(db);
  const categories = await store.selectCategories(db);
  const standards = rows.map(toStandard);
  // A withdrawal approved from a later moment takes the service out then, whatever the revision.
  const withdrawals = rows
    .map((r) => r.service.withdrawnAt?.getTime())
    .filter((t): t is number => t !== undefined);
  return {
    value: {
      standards,
      sorted: new Map(),
      responsibleUnits: new Map(),
      filterChoices: new Map(),
      byCode: new Map(standards.map((s) => [s.code, s])),
      index: new SearchIndex(texts),
      synonyms,
      centres,
      categories,
    },
    expiresAt: withdrawals.length > 0 ? Math.min(...withdrawals) : undefined,
  };
});

function sortedByName(catalogue: PublishedCatalogue, locale: Locale): ServiceStandard[] {
  let sorted = catalogue.sorted.get(locale);
  if (!sorted) {
    sorted = [...catalogue.standards].sort((a, b) =>
      collator.compare(pick(a.version.name, locale), pick(b.version.name, locale)),
    );
    catalogue.sorted.set(locale, sorted);
  }
  return sorted;
}

/** No filter: the whole published catalogue. */
export const NO_FILTER: CatalogueFilter = catalogueFilterSchema.parse({});

/** The published catalogue, filtered; sorted by name in Latvian collation, or by relevance when searching. */
export async function listServices(
  db: Db,
  filter: CatalogueFilter,
  locale: Locale,
): Promise<ServiceStandard[]> {
  const catalogue = await publishedCatalogue(db);
  if (filter.q) {
    return search(catalogue, filter.q, 200)
      .map((h) => catalogue.byCode.get(h.code))
      .filter((s): s is ServiceStandard => s !== undefined && matchesFilter(s, filter));
  }
  return sortedByName(catalogue, locale).filter((s) => matchesFilter(s, filter));
}

/** A published service by code from the catalogue kept per revision (no query while it stands). */
export async function publishedServiceByCode(db: Db, code: string): Promise<ServiceStandard | undefined> {
  return (await publishedCatalogue(db)).byCode.get(code);
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
 * The words a query is searched by. A lone letter is never searched for ("a" is in every English
 * title), and words of two letters ("un", "of") only when the query has no longer ones: fuzzy
 * matching gives them no meaning, only noise. Numbers ("1. klase") are kept.
 */
export function queryWords(q: string): string[] {
  const words = [...new Set(normaliseQuery(q).split(' '))].filter(
    (w) => w.length >= 2 || /^\p{N}+$/u.test(w),
  );
  const meaningful = words.filter((w) => w.length >= 3);
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_SEARCH_WORDS);
}

/**
 * Ranked matches for what a person typed. When the editors' related terms (search_synonym) know a
 * term of the query, each related phrase is searched too, and only services that hold a searched
 * word in their name are kept: the editors have said what the term means, so a service that merely
 * mentions both words in its text ("sociālais" and "pabalsts" in death registration) is noise.
 */
export async function searchCodes(db: Db, q: string, limit = 50): Promise<SearchHit[]> {
  return search(await publishedCatalogue(db), q, limit);
}

function search(catalogue: PublishedCatalogue, q: string, limit: number): SearchHit[] {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const related = relatedQueries(words, catalogue.synonyms, normaliseQuery);
  const primary = catalogue.index.search(words.join(' '), limit);
  if (related.length === 0) return primary;
  // Ranked by the share of a query's words matched, then in the editors' order of the related
  // phrases (the typed words themselves last), then by score per word.
  const best = new Map<string, { hit: SearchHit; share: number; order: number; perWord: number }>();
  const consider = (hits: SearchHit[], count: number, order: number) => {
    for (const hit of hits) {
      if (hit.inTitle === 0) continue;
      const ranked = { hit, share: hit.matched / count, order, perWord: hit.score / count };
      const known = best.get(hit.code);
      if (!known || compareRanked(ranked, known) < 0) best.set(hit.code, ranked);
    }
  };
  for (const [i, query] of related.entries()) {
    consider(catalogue.index.search(query.join(' '), limit), query.length, i);
  }
  consider(primary, words.length, related.length);
  return [...best.values()]
    .sort(compareRanked)
    .slice(0, limit)
    .map((b) => b.hit);
}

function compareRanked(
  a: { hit: SearchHit; share: number; order: number; perWord: number },
  b: { hit: SearchHit; share: number; order: number; perWord: number },
): number {
  return (
    b.share - a.share || a.order - b.order || b.perWord - a.perWord || a.hit.code.localeCompare(b.hit.code)
  );
}

export interface WithdrawnService {
  code: string;
  name: Bilingual;
  withdrawnAt: Date;
  /** Free text, or text in both languages, or nothing: shown as the data has it. */
  reason: string | Bilingual | null;
  replacement: ServiceStandard | undefined;
}

async function withdrawnServices(db: Db, codes: string[]): Promise<Map<string, WithdrawnService>> {
  const rows = await store.selectWithdrawn(db, codes);
  const found = new Map<string, WithdrawnService>();
  for (const row of rows) {
    const replacementCode = row.replacementServiceId
      ? await store.selectServiceCode(db, row.replacementServiceId)
      : undefined;
    found.set(row.code, {
      code: row.code,
      name: row.name,
      withdrawnAt: row.withdrawnAt!,
      reason: parseReason(row.reason),
      replacement: replacementCode ? await getPublishedService(db, replacementCode) : undefined,
    });
  }
  return found;
}

/** The reason column holds plain text today; a JSON {lv, en} is read as text in both languages. */
function parseReason(reason: string | null): string | Bilingual | null {
  const text = reason?.trim();
  if (!text) return null;
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Partial<Bilingual>;
      if (typeof parsed.lv === 'string') return { lv: parsed.lv, en: parsed.en ?? '' };
    } catch {
      // Not JSON after all: plain text.
    }
  }
  return text;
}

export async function getWithdrawnService(db: Db, code: string): Promise<WithdrawnService | undefined> {
  return (await withdrawnServices(db, [code])).get(code);
}

/** One field of a standard that a later version changes. */
export interface FieldChange {
  field: ChangedField;
  before: store.VersionRow;
  after: store.VersionRow;
}

export const COMPARED_FIELDS = [
  'name',
  'description',
  'whoMayApply',
  'requiredDocuments',
  'fee',
  'processingTime',
  'result',
  'applyChannels',
  'receiveChannels',
  'centres',
  'onTheSpot',
  'legalBasis',
  'contact',
] as const;
export type ChangedField = (typeof COMPARED_FIELDS)[number];

function comparable(v: store.VersionRow, field: ChangedField): unknown {
  switch (field) {
    case 'fee':
      return [v.feeCents, v.feeKind, v.feeNote];
    case 'processingTime':
      return [v.processingTime, v.processingTimeUnit];
    default:
      return v[field];
  }
}

/** The next version from a later date, and the public fields it changes against the one in force. */
export async function getUpcomingVersion(
  db: Db,
  standard: ServiceStandard,
): Promise<{ version: store.VersionRow; changes: FieldChange[] } | undefined> {
  const next = await store.selectUpcoming(db, standard.serviceId);
  if (!next) return undefined;
  const changes = COMPARED_FIELDS.filter(
    (field) =>
      JSON.stringify(comparable(standard.version, field)) !== JSON.stringify(comparable(next, field)),
  ).map((field) => ({ field, before: standard.version, after: next }));
  return { version: next, changes };
}

/**
 * Seed 2.2 promises every service at every centre; the data says where that holds. The services
 * that cannot be applied for at every centre, with the centres that do take them (none: not at
 * the centres at all).
 */
export interface CentreCoverage {
  total: number;
  /** In the catalogue's order; `centres` in the centres' order, empty when not at any centre. */
  exceptions: { standard: ServiceStandard; centres: store.CentreRow[] }[];
  /** Whether every service's result can also be received at a centre. */
  receivedEverywhere: boolean;
}

export async function centreCoverage(db: Db, locale: Locale): Promise<CentreCoverage> {
  const [all, centres] = await Promise.all([
    listServices(db, { q: undefined }, locale),
    store.selectCentres(db),
  ]);
  const exceptions = all
    .filter((s) => !s.version.applyChannels.includes('in_person') || s.version.centres.length > 0)
    .map((s) => ({
      standard: s,
      centres: s.version.applyChannels.includes('in_person')
        ? centres.filter((c) => s.version.centres.includes(c.code))
        : [],
    }));
  return {
    total: all.length,
    exceptions,
    receivedEverywhere: all.every((s) => s.version.receiveChannels.includes('in_person')),
  };
}

export interface LifeSituationStepView {
  position: number;
  note: Bilingual | null;
  serviceCode: string;
  /** The service in force, or undefined when it was withdrawn (see `withdrawn`). */
  service: ServiceStandard | undefined;
  withdrawn: WithdrawnService | undefined;
}

export interface LifeSituationView {
  code: string;
  title: Bilingual;
  summary: Bilingual;
  /**
   * Steps whose service is in force or withdrawn (said in plain words). A step whose service is
   * not published at all (a draft, a service not yet in force) is left out: the public never sees
   * an internal code.
   */
  steps: LifeSituationStepView[];
}

export async function listLifeSituations(db: Db): Promise<Omit<LifeSituationView, 'steps'>[]> {
  return store.selectLifeSituations(db);
}

export async function getLifeSituation(db: Db, code: string): Promise<LifeSituationView | undefined> {
  const ls = await store.selectLifeSituation(db, code);
  if (!ls) return undefined;
  const steps = await store.selectSteps(db, [ls.id]);
  const published = new Map((await store.selectPublished(db)).map((r) => [r.service.code, toStandard(r)]));
  const withdrawn = await withdrawnServices(
    db,
    steps.map((s) => s.serviceCode).filter((c) => !published.has(c)),
  );
  return {
    code: ls.code,
    title: ls.title,
    summary: ls.summary,
    steps: steps
      .map((s) => ({
        position: s.position,
        note: s.note,
        serviceCode: s.serviceCode,
        service: published.get(s.serviceCode),
        withdrawn: withdrawn.get(s.serviceCode),
      }))
      .filter((s) => s.service || s.withdrawn),
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
  return categoriesInUse(await publishedCatalogue(db));
}

function categoriesInUse(catalogue: PublishedCatalogue): (store.CategoryRow & { serviceCount: number })[] {
  if (!catalogue.categoriesInUse) {
    const counts = new Map<string, number>();
    for (const s of catalogue.standards) counts.set(s.category.code, (counts.get(s.category.code) ?? 0) + 1);
    catalogue.categoriesInUse = catalogue.categories
      .map((c) => ({ ...c, serviceCount: counts.get(c.code) ?? 0 }))
      .filter((c) => c.serviceCount > 0);
  }
  return catalogue.categoriesInUse;
}

/** Units a resident can filter by: the organisations responsible for at least one published service. */
export async function listResponsibleUnits(db: Db, locale: Locale): Promise<store.OrganisationRow[]> {
  return responsibleUnits(await publishedCatalogue(db), locale);
}

function responsibleUnits(catalogue: PublishedCatalogue, locale: Locale): store.OrganisationRow[] {
  let units = catalogue.responsibleUnits.get(locale);
  if (!units) {
    const owners = new Map(catalogue.standards.map((s) => [s.owner.id, s.owner]));
    units = [...owners.values()].sort((a, b) => collator.compare(pick(a.name, locale), pick(b.name, locale)));
    catalogue.responsibleUnits.set(locale, units);
  }
  return units;
}

/** What the catalogue's filters offer in a language. */
export interface FilterChoices {
  categories: (store.CategoryRow & { serviceCount: number })[];
  units: store.OrganisationRow[];
  centres: store.CentreRow[];
}

/**
 * The filters' choices: one object per catalogue revision and language, so that a view may render
 * the filter panel once for it (catalogue-filters.tsx).
 */
export async function filterChoices(db: Db, locale: Locale): Promise<FilterChoices> {
  const catalogue = await publishedCatalogue(db);
  let choices = catalogue.filterChoices.get(locale);
  if (!choices) {
    choices = {
      categories: categoriesInUse(catalogue),
      units: responsibleUnits(catalogue, locale),
      centres: catalogue.centres,
    };
    catalogue.filterChoices.set(locale, choices);
  }
  return choices;
}

/** Every service centre, main first (the catalogue's filters and service pages name them). */
export async function listCentres(db: Db): Promise<store.CentreRow[]> {
  return (await publishedCatalogue(db)).centres;
}

/** Keeps the municipality's organisation (publisher of the catalogue, CPSV-AP) in step with its settings. */
export async function syncMunicipalityOrganisation(
  db: Db,
  org: Parameters<typeof store.upsertMunicipalityOrganisation>[1],
): Promise<void> {
  await store.upsertMunicipalityOrganisation(db, org);
}

/**
 * The catalogue's revision: it moves with every change to what the public sees (migration 0007), so
 * an answer built from the catalogue may be kept as long as the revision and the day stay the same.
 */
export async function catalogueRevision(db: Db): Promise<string> {
  return watchedRevision(db).current();
}
