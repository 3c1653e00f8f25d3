import type { Db } from '../../../db/connection';
import type { ImportTodoItem } from '../../../db/schema';
import { lastDayInForce } from '../../../db/versions';
import { recordAudit, type Tx } from '../../../platform/audit/service';
import type { Actor } from '../../../platform/auth/actor';
import { todayInRiga } from '../../../platform/calendar/days';
import { CheckThread } from './check-thread';
import type { Problem } from './rdf';
import type { ImportedCatalogue, ImportedService, ImportedStandard, Warning } from './read';
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
  /** Services whose imported standard equals the one already stored: nothing was written for them. */
  unchanged: number;
  /** Services imported as drafts with a to-do list (docs/cpsv-ap.md, "To-do rules"). */
  drafts: number;
  lifeSituations: number;
}

export interface ImportedServiceReport {
  code: string;
  /** The version written (none for an unchanged service or a dry run). */
  version?: number;
  sourceIri: string | null;
  outcome: 'published' | 'draft' | 'unchanged';
  todo: ImportTodoItem[];
}

export interface ImportReport {
  counts: ImportCounts;
  services: ImportedServiceReport[];
  warnings: Warning[];
  /** Nothing was written: a dry run says what an import would do. */
  dryRun: boolean;
}

export type ImportResult = ({ ok: true } & ImportReport) | { ok: false; problems: Problem[] };

export interface ImportOptions {
  /** The file's name, which says its format when its extension does (.jsonld, .ttl, .rdf). */
  fileName?: string;
  /** The character set the sender declared, for input given as bytes (decodeCatalogue). */
  charset?: string;
  dryRun?: boolean;
}

/** Refused: another import is under way in this process (only one at a time: each can take gigabytes). */
export class ImportInProgress extends Error {
  constructor() {
    super('Another catalogue import is under way; try again when it has finished. Nothing was imported.');
    this.name = 'ImportInProgress';
  }
}

/** The thread the imports of this process check their files on (ADR 0020). */
const checkThread = new CheckThread();
let importing = false;

/**
 * Imports a CPSV-AP catalogue: JSON-LD (a parsed JSON value or text), Turtle or RDF/XML text, or a file's
 * bytes (a Buffer) in options.charset, else the charset its XML declaration names, else UTF-8. Only
 * input that cannot be read and SHACL violations refuse the file; what Pietura needs and the file
 * lacks makes a service a draft with a to-do list (docs/cpsv-ap.md). Everything is written in one
 * transaction, so a refused file never leaves half a catalogue.
 *
 * The file is decoded, read, validated and mapped on a worker thread (check.ts, check-thread.ts), so that
 * the app's event loop keeps answering other requests meanwhile; only the writes run here. One import at a
 * time per process: a second one while one is under way throws ImportInProgress.
 */
export async function importCatalogue(
  db: Db,
  input: unknown,
  onProgress: (p: ImportProgress) => void = () => {},
  actor: Actor | null = null,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (importing) throw new ImportInProgress();
  importing = true;
  try {
    return await importNow(db, input, onProgress, actor, options);
  } finally {
    importing = false;
  }
}

async function importNow(
  db: Db,
  input: unknown,
  onProgress: (p: ImportProgress) => void,
  actor: Actor | null,
  options: ImportOptions,
): Promise<ImportResult> {
  const vocabulary = await store.selectChannelVocabulary(db);
  const { fileName, charset } = options;
  const checked = await checkThread.check({ input, fileName, charset, vocabulary }, onProgress);
  if (!checked.ok) return checked;
  const { catalogue, warnings } = checked;

  if (options.dryRun) {
    const services = catalogue.services.map((s) => ({
      code: s.code,
      sourceIri: s.standard.sourceIri,
      outcome: s.standard.importTodo ? ('draft' as const) : ('published' as const),
      todo: s.standard.importTodo ?? [],
    }));
    return { ok: true, counts: countsOf(catalogue, services), services, warnings, dryRun: true };
  }
  const services = await db.transaction((tx) => write(tx, catalogue, onProgress, actor));
  return { ok: true, counts: countsOf(catalogue, services), services, warnings, dryRun: false };
}

function countsOf(catalogue: ImportedCatalogue, services: ImportedServiceReport[]): ImportCounts {
  return {
    organisations: catalogue.organisations.length,
    categories: catalogue.categories.length,
    services: services.length,
    unchanged: services.filter((s) => s.outcome === 'unchanged').length,
    drafts: services.filter((s) => s.outcome === 'draft').length,
    lifeSituations: catalogue.lifeSituations.length,
  };
}

async function write(
  tx: Tx,
  catalogue: ImportedCatalogue,
  onProgress: (p: ImportProgress) => void,
  actor: Actor | null,
): Promise<ImportedServiceReport[]> {
  const db = tx as unknown as Db;
  const total = catalogue.services.length;
  onProgress({ phase: 'write', done: 0, total });
  await store.upsertCategories(db, catalogue.categories);
  const organisationIds = await store.upsertOrganisations(db, catalogue.organisations);
  const reports: ImportedServiceReport[] = [];
  for (const [i, s] of catalogue.services.entries()) {
    const written = await writeService(db, s, organisationIds.get(s.ownerCode)!);
    reports.push({
      code: s.code,
      version: written,
      sourceIri: s.standard.sourceIri,
      outcome: written === undefined ? 'unchanged' : s.standard.importTodo ? 'draft' : 'published',
      todo: s.standard.importTodo ?? [],
    });
    onProgress({ phase: 'write', done: i + 1, total });
  }
  const serviceIds = await store.selectServiceIds(
    db,
    catalogue.lifeSituations.flatMap((ls) => ls.steps.map((step) => step.serviceCode)),
  );
  for (const ls of catalogue.lifeSituations) await store.replaceLifeSituation(db, ls, serviceIds);
  const counts = countsOf(catalogue, reports);
  await recordAudit(tx, {
    actor,
    action: 'catalogue.imported',
    entity: 'catalogue',
    after: {
      ...counts,
      published: reports
        .filter((r) => r.outcome === 'published')
        .map((r) => ({ code: r.code, version: r.version })),
      drafts: reports.filter((r) => r.outcome === 'draft').map((r) => ({ code: r.code, version: r.version })),
    },
  });
  return reports;
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
    if (s.standard.importTodo) await store.insertDraftVersion(db, id, version, s.standard);
    else await store.insertPublishedVersion(db, id, version, s.standard);
    return version;
  }
  if (s.standard.importTodo) return writeDraft(db, existing.id, s);
  await store.updateService(db, existing.id, { ownerId, categoryCode: s.categoryCode });
  const inForce = await store.selectVersionInForce(db, existing.id);
  if (inForce && sameStandard(inForce, s.standard)) return undefined;
  const latest = await store.selectPublishedVersion(db, existing.id);
  // A new version of a known service takes effect from the file's date, but never in the past (history
  // is not rewritten) and never before the latest approved version.
  const today = todayInRiga();
  const validFrom = [s.standard.validFrom ?? '', today, latest?.validFrom ?? ''].sort().at(-1)!;
  if (latest) await store.supersede(db, latest.id, lastDayInForce(latest, validFrom, today));
  const version = (await store.selectLastVersionNumber(db, existing.id)) + 1;
  await store.insertPublishedVersion(db, existing.id, version, { ...s.standard, validFrom });
  return version;
}

/**
 * A standard that cannot be published as it is becomes a draft of a known service; the version in
 * force stays as it is until an editor completes the draft and the head approves it. A draft left by
 * an earlier import of the same file is replaced rather than a second one added.
 */
async function writeDraft(db: Db, serviceId: number, s: ImportedService): Promise<number | undefined> {
  const draft = await store.selectImportedDraft(db, serviceId);
  if (draft && sameStandard(draft, s.standard)) return undefined;
  if (draft) {
    await store.replaceDraft(db, draft.id, s.standard);
    return draft.version;
  }
  const version = (await store.selectLastVersionNumber(db, serviceId)) + 1;
  await store.insertDraftVersion(db, serviceId, version, s.standard);
  return version;
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
