import type { Db } from '../../../db/connection';
import { recordAudit, type Tx } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { Graph } from './graph';
import { type Problem, quads, toDataset, validateShacl } from './rdf';
import { type ImportedCatalogue, type ImportedService, type ImportedStandard, readCatalogue } from './read';
import * as store from './store';

export interface ImportProgress {
  phase: 'read' | 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportCounts {
  organisations: number;
  categories: number;
  services: number;
  /** Services whose imported standard equals the one already published: nothing was written for them. */
  unchanged: number;
  lifeSituations: number;
}

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problems: Problem[] };

/**
 * Imports a CPSV-AP 3.2.0 JSON-LD catalogue (a parsed JSON value, or its text). Every problem is
 * collected first (JSON, JSON-LD, SHACL, then what Pietura itself needs); only a document without
 * any is written, all of it in one transaction, so a bad file never leaves half a catalogue.
 */
export async function importCatalogue(
  db: Db,
  jsonld: unknown,
  onProgress: (p: ImportProgress) => void = () => {},
  actor: Actor | null = null,
): Promise<ImportResult> {
  onProgress({ phase: 'read', done: 0, total: 1 });
  let document = jsonld;
  if (typeof jsonld === 'string') {
    try {
      document = JSON.parse(jsonld);
    } catch (err) {
      return { ok: false, problems: [{ message: `The file is not valid JSON: ${(err as Error).message}` }] };
    }
  }
  let dataset: Awaited<ReturnType<typeof toDataset>>;
  try {
    dataset = await toDataset(document);
  } catch (err) {
    return { ok: false, problems: [{ message: `The file is not usable JSON-LD: ${jsonLdMessage(err)}` }] };
  }
  onProgress({ phase: 'read', done: 1, total: 1 });

  onProgress({ phase: 'validate', done: 0, total: 1 });
  const shaclProblems = await validateShacl(dataset);
  const { catalogue, problems: readProblems } = readCatalogue(new Graph(quads(dataset)));
  const reported = new Set(shaclProblems.map((p) => `${p.focusNode} ${p.path}`));
  const problems = [
    ...shaclProblems,
    ...readProblems.filter((p) => !reported.has(`${p.focusNode} ${p.path}`)),
  ];
  onProgress({ phase: 'validate', done: 1, total: 1 });
  if (problems.length > 0) return { ok: false, problems };

  const counts = await db.transaction((tx) => write(tx, catalogue, onProgress, actor));
  return { ok: true, counts };
}

async function write(
  tx: Tx,
  catalogue: ImportedCatalogue,
  onProgress: (p: ImportProgress) => void,
  actor: Actor | null,
): Promise<ImportCounts> {
  const db = tx as unknown as Db;
  const total = catalogue.services.length;
  onProgress({ phase: 'write', done: 0, total });
  await store.upsertCategories(db, catalogue.categories);
  const organisationIds = await store.upsertOrganisations(db, catalogue.organisations);
  const published: { code: string; version: number }[] = [];
  for (const [i, s] of catalogue.services.entries()) {
    const version = await writeService(db, s, organisationIds.get(s.ownerCode)!);
    if (version !== undefined) published.push({ code: s.code, version });
    onProgress({ phase: 'write', done: i + 1, total });
  }
  const serviceIds = await store.selectServiceIds(
    db,
    catalogue.lifeSituations.flatMap((ls) => ls.steps.map((step) => step.serviceCode)),
  );
  for (const ls of catalogue.lifeSituations) await store.replaceLifeSituation(db, ls, serviceIds);
  const counts: ImportCounts = {
    organisations: catalogue.organisations.length,
    categories: catalogue.categories.length,
    services: total,
    unchanged: total - published.length,
    lifeSituations: catalogue.lifeSituations.length,
  };
  await recordAudit(tx, {
    actor,
    action: 'catalogue.imported',
    entity: 'catalogue',
    after: { ...counts, published },
  });
  return counts;
}

/**
 * Publishes the imported standard as the service's next version and returns its number, or undefined
 * when it equals the version in force. Like an approval (docs/adr/0003), the latest approved version
 * becomes superseded, valid to the day before the new one takes effect.
 */
async function writeService(db: Db, s: ImportedService, ownerId: number): Promise<number | undefined> {
  const existing = await store.lockServiceByCode(db, s.code);
  if (!existing) {
    const id = await store.insertService(db, { code: s.code, ownerId, categoryCode: s.categoryCode });
    const version = s.version ?? 1;
    await store.insertPublishedVersion(db, id, version, s.standard);
    return version;
  }
  await store.updateService(db, existing.id, { ownerId, categoryCode: s.categoryCode });
  const inForce = await store.selectVersionInForce(db, existing.id);
  if (inForce && sameStandard(inForce, s.standard)) return undefined;
  const latest = await store.selectPublishedVersion(db, existing.id);
  // A new version of a known service takes effect from the file's date, but never in the past (history
  // is not rewritten) and never before the latest approved version.
  const validFrom = [s.standard.validFrom ?? '', todayInRiga(), latest?.validFrom ?? ''].sort().at(-1)!;
  if (latest) await store.supersede(db, latest.id, dayBefore(validFrom));
  const version = (await store.selectLastVersionNumber(db, existing.id)) + 1;
  await store.insertPublishedVersion(db, existing.id, version, { ...s.standard, validFrom });
  return version;
}

function todayInRiga(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Same content; the dates of validity are the version's life, not its content, and are set on writing. */
function sameStandard(current: store.VersionRow, imported: ImportedStandard): boolean {
  return (Object.keys(imported) as (keyof ImportedStandard)[])
    .filter((k) => k !== 'validFrom' && k !== 'validTo')
    .every((k) => stable(current[k] ?? null) === stable(imported[k] ?? null));
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order in which keys were written. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** jsonld wraps a refused remote context in a loading error; its cause says what was refused. */
function jsonLdMessage(err: unknown): string {
  const e = err as { message?: string; details?: { cause?: { message?: string }; url?: string } };
  const cause = e.details?.cause?.message;
  return cause ?? e.message ?? String(err);
}
