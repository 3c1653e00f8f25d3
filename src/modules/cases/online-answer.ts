/**
 * The applicant answers a request for information online, from the tracking page (R7, R10): authorised
 * by the case's registration number and access code only — the same check as tracking, with one answer for
 * a wrong number and a wrong code —, registered in the registry as incoming correspondence of the case, its
 * files attached, and the clock resumed exactly as when a desk records the answer (`resumeClock`), all in
 * one transaction with the `info_received` event (actor: the applicant, channel portal) and the audit row.
 *
 * When the form comes back with an error, the files that passed are kept for it (answer-files.ts) and sent
 * with it later, unless the resident removes them.
 *
 * Idempotent: the answer form carries a random key; the registry entry is unique by it (per case), so a
 * double click or a replayed form is the one answer registered, shown again with its number. A form of an
 * earlier request, or one sent after the case moved on, acts on nothing.
 */
import { sql } from 'drizzle-orm';
import { type Db, query, violatedConstraint } from '../../db/connection';
import type { Bilingual } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { systemActor } from '../../platform/auth/actor';
import {
  type CheckedFile,
  checkFile,
  type FileProblem,
  MAX_FILE_BYTES,
  MAX_FILES,
} from '../../platform/uploads/service';
import { resumeClock } from './actions';
import {
  dropAnswerFiles,
  type KeptAnswerFile,
  type KeptFile,
  keepAnswerFiles,
  keptAnswerFiles,
} from './answer-files';
import { loadCalendar } from './calendar-port';
import { todayInRiga } from './deadlines';
import { registerDocument } from './registry';
import * as store from './store';
import { caseForResident } from './tracking';

/** Whose act the audit row records: the applicant, through the portal (as the online application's). */
export const ONLINE_ANSWER_ACTOR = systemActor('online');

/** The answer's text, as long as a textarea of an online form may be. */
export const ANSWER_MAX_LENGTH = 5_000;
/** Every file of one answer together: as much as an online application's (eforms LIMITS.maxApplicationBytes). */
export const ANSWER_MAX_BYTES = 25 * 1024 * 1024;
export { MAX_FILE_BYTES as ANSWER_MAX_FILE_BYTES, MAX_FILES as ANSWER_MAX_FILES };

/** The form's key: 16 random bytes, base64url. */
export const ANSWER_KEY = /^[A-Za-z0-9_-]{22}$/;

/** What the answer page shows: the request to answer, and what identifies it in the form. */
export interface AnswerRequest {
  caseId: number;
  registrationNumber: string;
  serviceName: Bilingual;
  /** The request_info event answered: a form of another (earlier) request acts on nothing. */
  requestId: number;
  message: string;
  requestedOn: Date;
  dueOn: string;
}

export type AnswerProblem =
  | { field: 'answer'; code: 'required' | 'too_long' }
  | { field: 'files'; code: 'too_many_files' | 'answer_too_large'; filename?: string }
  | { field: 'files'; code: 'kept_gone' }
  | { field: 'files'; code: FileProblem; filename: string; named?: string; mediaType?: string };

export type AnswerRefusal = { ok: false; kind: 'not_found' } | { ok: false; kind: 'not_awaiting' };

export type AnswerResult =
  | {
      ok: true;
      registrationNumber: string;
      registryNumber: string;
      dueOn: string;
      replayed: boolean;
    }
  | AnswerRefusal
  | {
      ok: false;
      kind: 'invalid';
      problems: AnswerProblem[];
      request: AnswerRequest;
      /** The files kept for the form: those kept before and not removed, and those of this try that passed. */
      kept: KeptFile[];
    };

export interface AnswerInput {
  number: string;
  code: string;
  requestId: number;
  key: string;
  text: string;
  files: { filename: string; bytes: Buffer; truncated?: boolean }[];
  /** Files kept for this form after an earlier try (their ids), less those the resident removed. */
  kept?: string[];
}

function lastRequest(events: Awaited<ReturnType<typeof store.selectEvents>>) {
  return events.findLast((e) => e.type === 'request_info');
}

async function requestOf(db: Db, c: store.CaseRow): Promise<AnswerRequest | undefined> {
  if (c.status !== 'awaiting_applicant') return undefined;
  const [ctx, events] = await Promise.all([store.selectCaseContext(db, c), store.selectEvents(db, c.id)]);
  const request = lastRequest(events);
  if (!request) return undefined;
  return {
    caseId: c.id,
    registrationNumber: c.registrationNumber,
    serviceName: ctx.serviceName,
    requestId: request.id,
    message: request.reason ?? '',
    requestedOn: request.at,
    dueOn: c.dueOn,
  };
}

/** The request the holder of the number and code may answer now. */
export async function answerRequest(
  db: Db,
  number: string,
  code: string,
): Promise<{ ok: true; request: AnswerRequest } | AnswerRefusal> {
  const c = await caseForResident(db, number, code);
  if (!c) return { ok: false, kind: 'not_found' };
  const request = await requestOf(db, c);
  return request ? { ok: true, request } : { ok: false, kind: 'not_awaiting' };
}

/** The answer's registry key: the form's key within the case, so no form names another case's entry. */
function entryKey(caseId: number, key: string): string {
  return `online-answer:${caseId}:${key}`;
}

async function replayOf(db: Db, c: store.CaseRow, key: string): Promise<AnswerResult | undefined> {
  const earlier = await store.selectEntryByKey(db, entryKey(c.id, key));
  if (!earlier) return undefined;
  // `c` was just read (or locked): its due day is the one the answer left.
  return {
    ok: true,
    registrationNumber: c.registrationNumber,
    registryNumber: earlier.number,
    dueOn: c.dueOn,
    replayed: true,
  };
}

/**
 * The answer's problems, and its files: those kept before (counted first, as they were chosen first) and
 * those of this try that passed.
 */
async function checkAnswer(
  input: AnswerInput,
  kept: KeptAnswerFile[],
): Promise<{ problems: AnswerProblem[]; files: CheckedFile[] }> {
  const problems: AnswerProblem[] = [];
  const text = input.text.trim();
  if (text.length > ANSWER_MAX_LENGTH) problems.push({ field: 'answer', code: 'too_long' });
  // A kept file asked for and no longer there (a day went by, or another form took over): choose it again.
  if (kept.length < new Set(input.kept ?? []).size) problems.push({ field: 'files', code: 'kept_gone' });
  const files: CheckedFile[] = [];
  let total = kept.reduce((sum, f) => sum + f.size, 0);
  for (const part of input.files) {
    const checked = await checkFile(part.filename, part.bytes, { truncated: part.truncated });
    if (!checked.ok) {
      const { ok: _ok, problem, ...rest } = checked;
      problems.push({ field: 'files', code: problem, ...rest });
      continue;
    }
    if (kept.length + files.length >= MAX_FILES) {
      problems.push({ field: 'files', code: 'too_many_files', filename: checked.file.filename });
      continue;
    }
    if (total + checked.file.size > ANSWER_MAX_BYTES) {
      problems.push({ field: 'files', code: 'answer_too_large', filename: checked.file.filename });
      continue;
    }
    files.push(checked.file);
    total += checked.file.size;
  }
  // An answer says something or brings what was asked for: the text may be left out only with a file.
  if (!text && input.files.length === 0 && kept.length === 0 && !input.kept?.length)
    problems.push({ field: 'answer', code: 'required' });
  return { problems, files };
}

/** Registers the applicant's online answer (see the header). */
export async function answerOnline(db: Db, input: AnswerInput): Promise<AnswerResult> {
  const c = await caseForResident(db, input.number, input.code);
  if (!c) return { ok: false, kind: 'not_found' };
  if (!ANSWER_KEY.test(input.key) || !Number.isSafeInteger(input.requestId))
    return { ok: false, kind: 'not_awaiting' };
  const replayed = await replayOf(db, c, input.key);
  if (replayed) return replayed;
  const request = await requestOf(db, c);
  if (!request || request.requestId !== input.requestId) return { ok: false, kind: 'not_awaiting' };
  const kept = await keptAnswerFiles(db, c.id, input.key, input.kept ?? []);
  const { problems, files } = await checkAnswer(input, kept);
  if (problems.length > 0) {
    const added = await keepAnswerFiles(db, c.id, input.key, files);
    const shown = kept.map(({ id, filename, size }) => ({ id, filename, size }));
    return { ok: false, kind: 'invalid', problems, request, kept: [...shown, ...added] };
  }
  const documents = [
    ...kept.map(({ filename, mediaType, size, sha256, bytes }) => ({
      filename,
      mediaType,
      size,
      sha256,
      bytes,
    })),
    ...files,
  ];
  const cal = await loadCalendar(db);
  const key = entryKey(c.id, input.key);
  try {
    return await db.transaction(async (tx): Promise<AnswerResult> => {
      const locked = await store.lockCase(tx, c.id);
      // The same form sent twice at once: the second waited for the first's lock and finds its entry.
      const again = locked && (await replayOf(tx, locked, input.key));
      if (again) return again;
      if (locked?.status !== 'awaiting_applicant') return { ok: false, kind: 'not_awaiting' };
      const [latest] = await query<{ id: string }>(
        tx,
        sql`SELECT id FROM case_event WHERE case_id = ${c.id} AND type = 'request_info' ORDER BY at DESC, id DESC LIMIT 1`,
      );
      if (Number(latest?.id) !== input.requestId) return { ok: false, kind: 'not_awaiting' };
      const today = todayInRiga();
      const resumed = await resumeClock(tx, locked, cal, today);
      const entry = await registerDocument(tx, {
        direction: 'in',
        kind: 'correspondence',
        caseId: c.id,
        correspondent: null,
        subject: `Papildu informācija: ${c.registrationNumber}`,
        channel: 'portal',
        idempotencyKey: key,
      });
      await store.insertDocuments(tx, c.id, 'in', documents, entry);
      await dropAnswerFiles(tx, c.id);
      const to = 'in_progress' as const;
      const rowVersion = await store.updateCase(tx, c.id, { ...resumed.changes, status: to });
      const data = {
        ...resumed.data,
        registryNumber: entry.number,
        channel: 'portal',
        requestId: input.requestId,
        files: documents.length,
      };
      await store.insertEvent(tx, {
        caseId: c.id,
        actorKind: 'applicant',
        actorId: null,
        actorName: null,
        type: 'info_received',
        fromStatus: locked.status,
        toStatus: to,
        reason: input.text.trim() || null,
        data,
      });
      await recordAudit(tx, {
        actor: ONLINE_ANSWER_ACTOR,
        action: 'case.info_received',
        entity: 'case_file',
        entityId: c.id,
        before: {
          status: locked.status,
          rowVersion: locked.rowVersion,
          dueOn: locked.dueOn,
          unit: locked.unitCode,
          assignee: locked.assigneeId,
        },
        after: { status: to, rowVersion, ...data },
      });
      return {
        ok: true,
        registrationNumber: c.registrationNumber,
        registryNumber: entry.number,
        dueOn: String(resumed.changes.dueOn),
        replayed: false,
      };
    });
  } catch (err) {
    // Two servers took the same form at once and the key's index refused the second: the first's answer.
    if (violatedConstraint(err) !== 'registry_entry_idempotency_key_uq') throw err;
    const first = await replayOf(db, c, input.key);
    if (!first) throw err;
    return first;
  }
}
