/**
 * The resident's online journey (issue 9): a draft per application, saved page by page, resumed with a
 * secret link, files checked from their bytes, and one submission that registers the case however often
 * it is sent. The case itself is registered by modules/cases (the same intake as the desk).
 */

import type { Db } from '../../db/connection';
import { isRowId } from '../../db/row-id';
import type { DeliveryChannel } from '../../db/schema';
import { recordAudit } from '../../platform/audit/service';
import { type Actor, systemActor } from '../../platform/auth/actor';
import { ForbiddenError } from '../../platform/errors';
import { formatDate, type Locale } from '../../platform/i18n';
import { enqueueMail } from '../../platform/outbox';
import { checkFile } from '../../platform/uploads/files';
import * as cases from '../cases/service';
import * as catalogue from '../catalogue/service';
import {
  type AnswerProblem,
  type Answers,
  caseFields,
  checkAnswers,
  checkPage,
  visibleFields,
  visiblePages,
} from './answers';
import { type ApplicantAnswers, applicantPrefill, checkApplicant, type VerifiedIdentity } from './applicant';
import {
  acceptedMediaTypes,
  allFields,
  type FormDefinition,
  type FormField,
  LIMITS,
  parseFormDefinition,
} from './definition';
import {
  draftVersion,
  expiryFrom,
  hashDraftToken,
  isDraftToken,
  newDraftToken,
  newIdempotencyKey,
} from './drafts';
import {
  basisRecorded,
  checkApplyingFor,
  checkRepresented,
  isOnBehalf,
  ON_BEHALF_KEYS,
  onBehalfPart,
  PROOF_CODE,
  proofFiles,
  proofMissing,
  type RepresentedField,
} from './on-behalf';
import * as store from './store';

export { DRAFT_DAYS, draftVersion } from './drafts';
export type { DraftFileRow, DraftRow } from './store';
export { applicantPrefill, type VerifiedIdentity };

/** The actor of every online submission, in the case's events and the audit trail. */
export const ONLINE_ACTOR: Actor = systemActor('online');

/** A service that may be applied for online today: its version in force, its form and its catalogue entry. */
export interface Journey {
  code: string;
  service: cases.IntakeService;
  definition: FormDefinition;
  standard: catalogue.ServiceStandard;
}

export type JourneyLookup =
  | { kind: 'open'; journey: Journey }
  /** Published, but not applied for online: the page says how to apply instead. */
  | { kind: 'offline'; standard: catalogue.ServiceStandard }
  | { kind: 'unknown' };

const CODE = /^[a-z0-9][a-z0-9-]{0,79}$/;

export async function findJourney(db: Db, code: string): Promise<JourneyLookup> {
  if (typeof code !== 'string' || !CODE.test(code)) return { kind: 'unknown' };
  const standard = await catalogue.getPublishedService(db, code);
  if (!standard) return { kind: 'unknown' };
  const service = await cases.serviceForIntake(db, standard.serviceId);
  if (!service?.formDefinition || !service.applyChannels.includes('portal'))
    return { kind: 'offline', standard };
  const parsed = parseFormDefinition(service.formDefinition);
  if (!parsed.ok) return { kind: 'offline', standard };
  return { kind: 'open', journey: { code, service, definition: parsed.definition, standard } };
}

/**
 * The draft was sent, or is being sent from another window, after this request read it: the change was
 * not saved (it would not have reached the case).
 */
export class DraftClosedError extends Error {
  constructor() {
    super('The draft is sent or being sent');
    this.name = 'DraftClosedError';
  }
}

const saved = (ok: boolean) => {
  if (!ok) throw new DraftClosedError();
};

/** The journey's fixed steps after the form's own pages ('represented' only for someone else). */
export const FIXED_STEPS = ['forWhom', 'applicant', 'represented', 'delivery', 'check'] as const;
export type FixedStep = (typeof FIXED_STEPS)[number];

/**
 * The steps of this draft in order: the form's visible pages, then who it is for, the applicant, the
 * represented person (when applying for someone else), delivery and check.
 */
export function stepsOf(def: FormDefinition, answers: Answers, onBehalf = false): string[] {
  const fixed = FIXED_STEPS.filter((s) => s !== 'represented' || onBehalf);
  return [...visiblePages(def, answers).map((p) => p.id), ...fixed];
}

// ---------------------------------------------------------------- drafts

export async function startDraft(
  db: Db,
  journey: Journey,
  locale: Locale,
  now = new Date(),
): Promise<{ token: string; draft: store.DraftRow }> {
  const token = newDraftToken();
  const draft = await store.insertDraft(db, {
    tokenHash: hashDraftToken(token),
    serviceId: journey.service.serviceId,
    serviceVersionId: journey.service.serviceVersionId,
    locale,
    answers: {},
    currentStep: stepsOf(journey.definition, {})[0]!,
    idempotencyKey: newIdempotencyKey(),
    expiresAt: expiryFrom(now),
  });
  return { token, draft };
}

/** The draft a token opens: undefined for a malformed, unknown or expired token, or another service's draft. */
export async function openDraft(
  db: Db,
  token: unknown,
  serviceId: number,
  now = new Date(),
): Promise<store.DraftRow | undefined> {
  if (!isDraftToken(token)) return undefined;
  const draft = await store.selectDraftByTokenHash(db, hashDraftToken(token));
  if (!draft || draft.serviceId !== serviceId || draft.expiresAt <= now) return undefined;
  return draft;
}

/** The answers with each file field's answer taken from the files attached to it. */
export function answersWithFiles(
  def: FormDefinition,
  answers: Answers,
  files: store.DraftFileRow[],
): Answers {
  const out: Answers = { ...answers };
  for (const f of allFields(def).filter((x) => x.type === 'file')) {
    const ids = files.filter((x) => x.fieldCode === f.code).map((x) => String(x.id));
    if (ids.length > 0) out[f.code] = ids;
    else delete out[f.code];
  }
  return out;
}

export async function draftFiles(db: Db, draft: store.DraftRow): Promise<store.DraftFileRow[]> {
  return store.selectFiles(db, draft.id);
}

/**
 * Saves one page's answers (only when they pass); the problems name the page's fields. `locale` is the
 * page's: its numbers are read in that language's convention.
 */
export async function savePage(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  pageId: string,
  raw: Answers,
  today: string,
  locale: Locale,
): Promise<{ answers: Answers; problems: AnswerProblem[] }> {
  const files = await store.selectFiles(db, draft.id);
  const before = answersWithFiles(journey.definition, draft.answers, files);
  const page = journey.definition.pages.find((p) => p.id === pageId);
  const withFiles: Answers = { ...raw };
  for (const f of page?.fields ?? [])
    if (f.type === 'file' && before[f.code]) withFiles[f.code] = before[f.code]!;
  const checked = checkPage(journey.definition, pageId, withFiles, before, today, locale);
  if (checked.problems.length > 0) return checked;
  const next = nextStep(journey.definition, checked.answers, pageId);
  // A changed answer that hides a file question drops its files, as it drops the other answers that no longer
  // apply: they would not be sent, and would still count toward the ten files and the size an application takes.
  const shown = new Set(visibleFields(journey.definition, checked.answers).map((f) => f.code));
  const hiddenFileFields = new Set(
    allFields(journey.definition)
      .filter((f) => f.type === 'file' && !shown.has(f.code))
      .map((f) => f.code),
  );
  const dropped = files.filter((file) => hiddenFileFields.has(file.fieldCode)).map((file) => file.id);
  saved(
    await store.updateDraftDroppingFiles(
      db,
      draft.id,
      { answers: checked.answers, currentStep: next },
      expiryFrom(new Date()),
      { fileIds: dropped },
    ),
  );
  return checked;
}

export function nextStep(def: FormDefinition, answers: Answers, current: string, onBehalf = false): string {
  const steps = stepsOf(def, answers, onBehalf);
  const i = steps.indexOf(current);
  return steps[i + 1] ?? 'check';
}

export function previousStep(
  def: FormDefinition,
  answers: Answers,
  current: string,
  onBehalf = false,
): string | undefined {
  const steps = stepsOf(def, answers, onBehalf);
  const i = steps.indexOf(current);
  return i > 0 ? steps[i - 1] : undefined;
}

export async function saveApplicant(
  db: Db,
  draft: store.DraftRow,
  raw: Partial<Record<keyof ApplicantAnswers, string>>,
) {
  const checked = checkApplicant(raw);
  if (checked.problems.length === 0)
    saved(
      await store.updateDraft(
        db,
        draft.id,
        {
          applicant: { ...onBehalfPart(draft.applicant), ...checked.value },
          currentStep: isOnBehalf(draft.applicant) ? 'represented' : 'delivery',
        },
        expiryFrom(new Date()),
      ),
    );
  return checked;
}

/** The filler's own details in the draft's applicant object, without the on-behalf answers. */
function ownDetails(applicant: Record<string, string> | null): Record<string, string> {
  const out = { ...applicant };
  for (const k of ON_BEHALF_KEYS) delete out[k];
  return out;
}

/** Saves who the application is for; choosing oneself forgets a represented person given before. */
export async function saveApplyingFor(db: Db, draft: store.DraftRow, raw: string) {
  const checked = checkApplyingFor(raw);
  if (checked.value) {
    const kept = checked.value === 'other' ? onBehalfPart(draft.applicant) : {};
    const change = {
      applicant: { ...ownDetails(draft.applicant), ...kept, applyingFor: checked.value },
      currentStep: 'applicant',
    };
    // For oneself, another person's power of attorney is not kept either (nor shown, nor counted).
    saved(
      checked.value === 'self'
        ? await store.updateDraftDroppingFiles(db, draft.id, change, expiryFrom(new Date()), {
            fieldCode: PROOF_CODE,
          })
        : await store.updateDraft(db, draft.id, change, expiryFrom(new Date())),
    );
  }
  return checked;
}

/** Saves the represented person and the basis of representation (only when they pass). */
export async function saveRepresented(
  db: Db,
  draft: store.DraftRow,
  raw: Partial<Record<RepresentedField, string>>,
): Promise<{ problems: { field: RepresentedField | typeof PROOF_CODE; code: string }[] }> {
  const checked = checkRepresented(raw, draft.applicant);
  const files = await store.selectFiles(db, draft.id);
  const problems: { field: RepresentedField | typeof PROOF_CODE; code: string }[] = [...checked.problems];
  if (proofMissing({ ...draft.applicant, ...checked.value }, files))
    problems.push({ field: PROOF_CODE, code: 'proof_required' });
  if (problems.length === 0)
    saved(
      await store.updateDraft(
        db,
        draft.id,
        { applicant: { ...draft.applicant, ...checked.value }, currentStep: 'delivery' },
        expiryFrom(new Date()),
      ),
    );
  return { problems };
}

// ---------------------------------------------------------------- delivery

export type DeliveryOption = Extract<DeliveryChannel, 'centre' | 'post' | 'email' | 'download'>;

/** How the result may be received: from the standard's channels; downloading with the access code always. */
export function deliveryOptions(service: cases.IntakeService): DeliveryOption[] {
  const r = service.receiveChannels;
  const out: DeliveryOption[] = [];
  if (r.includes('in_person') || r.length === 0) out.push('centre');
  if (r.includes('post')) out.push('post');
  if (r.includes('email')) out.push('email');
  out.push('download');
  return out;
}

/** The centres where the result may be collected: the service's, or every centre. */
export async function deliveryCentres(db: Db, service: cases.IntakeService) {
  const all = await catalogue.listCentres(db);
  return service.centres.length === 0 ? all : all.filter((c) => service.centres.includes(c.code));
}

export type DeliveryProblem = {
  field: 'delivery' | 'deliveryCentre';
  code: 'required' | 'email_needed' | 'post_needs_address';
};

export async function saveDelivery(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  raw: { channel: string; centreCode: string },
): Promise<{ problems: DeliveryProblem[] }> {
  const problems = await deliveryProblems(db, journey, draft, raw);
  if (problems.length === 0) {
    const delivery =
      raw.channel === 'centre'
        ? { channel: raw.channel, centreCode: raw.centreCode }
        : { channel: raw.channel };
    saved(await store.updateDraft(db, draft.id, { delivery, currentStep: 'check' }, expiryFrom(new Date())));
  }
  return { problems };
}

async function deliveryProblems(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  raw: { channel: string; centreCode?: string } | null,
): Promise<DeliveryProblem[]> {
  const options = deliveryOptions(journey.service);
  if (!raw || !(options as string[]).includes(raw.channel)) return [{ field: 'delivery', code: 'required' }];
  if (raw.channel === 'centre') {
    const centres = await deliveryCentres(db, journey.service);
    if (!centres.some((c) => c.code === raw.centreCode))
      return [{ field: 'deliveryCentre', code: 'required' }];
  }
  if (raw.channel === 'email' && !draft.applicant?.email)
    return [{ field: 'delivery', code: 'email_needed' }];
  if (raw.channel === 'post' && !draft.applicant?.postalAddress)
    return [{ field: 'delivery', code: 'post_needs_address' }];
  return [];
}

// ---------------------------------------------------------------- files

export type FileProblemCode =
  | 'file_too_large'
  | 'file_empty'
  | 'file_type_not_allowed'
  | 'file_name_mismatch'
  | 'too_many_files'
  /** More files in all than a case takes (cases' MAX_DOCUMENTS), the proof of representation included. */
  | 'too_many_documents'
  | 'application_too_large';

export interface FileRefusal {
  field: string;
  filename: string;
  code: FileProblemCode;
  /** file_name_mismatch: the type the name claims (PDF) and the media type of the bytes. */
  named?: string;
  mediaType?: string;
}

/**
 * Attaches the files sent for a page's file fields: each checked on its own (size, type from the bytes,
 * in the field's `accept`, a name that does not claim another type), then against the field's count and the application's total. A refused file
 * is not stored; the accepted ones are, with their sha256, whole (an .edoc container too).
 */
export async function attachFiles(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  sent: Map<string, { filename: string; bytes: Buffer; truncated: boolean }[]>,
  /** The fields the page has: the form's file fields, or the represented person's proof (PROOF_FIELD). */
  fileFields: FormField[] = allFields(journey.definition).filter((f) => f.type === 'file'),
): Promise<FileRefusal[]> {
  const refusals: FileRefusal[] = [];
  const files = await store.selectFiles(db, draft.id);
  let total = files.reduce((n, f) => n + f.size, 0);
  let stored = files.length;
  const maxTotal = journey.definition.maxTotalBytes ?? LIMITS.maxApplicationBytes;
  for (const field of fileFields) {
    const parts = sent.get(field.code) ?? [];
    let count = files.filter((f) => f.fieldCode === field.code).length;
    for (const part of parts) {
      // The field may take fewer kinds than the desk: the bytes decide, the browser never does.
      const checked = await checkFile(part.filename, part.bytes, {
        truncated: part.truncated || part.bytes.length > LIMITS.maxFileBytes,
        allowed: acceptedMediaTypes(field),
      });
      if (!checked.ok) {
        const { filename, problem: code, named, mediaType } = checked;
        refusals.push({ field: field.code, filename, code, named, mediaType });
        continue;
      }
      if (count >= (field.maxFiles ?? LIMITS.maxFilesPerField)) {
        refusals.push({ field: field.code, filename: checked.file.filename, code: 'too_many_files' });
        continue;
      }
      if (stored >= cases.MAX_DOCUMENTS) {
        refusals.push({ field: field.code, filename: checked.file.filename, code: 'too_many_documents' });
        continue;
      }
      if (total + checked.file.size > maxTotal) {
        refusals.push({ field: field.code, filename: checked.file.filename, code: 'application_too_large' });
        continue;
      }
      saved(
        await store.insertFile(db, {
          draftId: draft.id,
          fieldCode: field.code,
          filename: checked.file.filename,
          mediaType: checked.file.mediaType,
          size: checked.file.size,
          sha256: checked.file.sha256,
          bytes: checked.file.bytes,
        }),
      );
      count++;
      stored++;
      total += checked.file.size;
    }
  }
  // Only the expiry: the files above are attached whether or not a submission claims the draft now.
  if (sent.size > 0) await store.updateDraft(db, draft.id, {}, expiryFrom(new Date()));
  return refusals;
}

export async function removeFile(db: Db, draft: store.DraftRow, fileId: number): Promise<void> {
  if (!isRowId(fileId)) return;
  saved(await store.deleteFile(db, draft.id, fileId));
}

// ---------------------------------------------------------------- save for later

/** Sends the resume link to the given address (through the outbox, in the same transaction as the save). */
export async function sendResumeLink(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  email: string,
  link: string,
  locale: Locale,
): Promise<void> {
  const name = journey.service.name[locale] || journey.service.name.lv;
  const expires = expiryFrom(new Date());
  const day = formatDate(expires, locale);
  await db.transaction(async (tx) => {
    await store.updateDraft(tx, draft.id, {}, expires);
    await enqueueMail(tx, {
      to: email,
      eventKey: `draft:${draft.id}:resume:${Date.now()}:${Math.random().toString(36).slice(2)}`,
      ...(locale === 'lv'
        ? {
            subject: `Jūsu iesnieguma melnraksts: ${name}`,
            text: `Jūsu atbildes iesniegumam „${name}” ir saglabātas.\n\nLai turpinātu, atveriet šo saiti (derīga līdz ${day}):\n${link}\n\nSaiti nevienam nesūtiet: ar to var atvērt jūsu atbildes. Ja iesniegumu neturpināsiet, atbildes tiks dzēstas pēc 30 dienām.\n`,
          }
        : {
            subject: `Your draft application: ${name}`,
            text: `Your answers to the application ‘${name}’ are saved.\n\nTo continue, open this link (it works until ${day}):\n${link}\n\nDo not share the link: it opens your answers. If you do not continue, the answers are deleted after 30 days.\n`,
          }),
    });
  });
}

// ---------------------------------------------------------------- check and submit

export type SubmitProblem =
  | { step: string; kind: 'answer'; problem: AnswerProblem }
  | { step: 'applicant'; kind: 'applicant'; field: string; code: string }
  | { step: 'forWhom' | 'represented'; kind: 'onBehalf'; field: string; code: string }
  | { step: 'delivery'; kind: 'delivery'; field: string; code: string }
  | { step: 'check'; kind: 'declaration' }
  | { step: 'check'; kind: 'intake'; field: string; code: string };

/** Everything a submission needs, checked: the problems say which step to go back to. */
export async function checkDraft(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  today: string,
): Promise<{ answers: Answers; files: store.DraftFileRow[]; problems: SubmitProblem[] }> {
  const files = await store.selectFiles(db, draft.id);
  const def = journey.definition;
  const raw = answersWithFiles(def, draft.answers, files);
  // The answers as stored: their numbers are canonical ("1200.5").
  const checked = checkAnswers(def, raw, today, 'machine');
  const problems: SubmitProblem[] = checked.problems.map((p) => ({
    step: def.pages.find((page) => page.fields.some((f) => f.code === p.field))?.id ?? 'check',
    kind: 'answer',
    problem: p,
  }));
  if (!checkApplyingFor(draft.applicant?.applyingFor ?? '').value)
    problems.push({ step: 'forWhom', kind: 'onBehalf', field: 'applyingFor', code: 'required' });
  const applicant = checkApplicant(draft.applicant ?? {});
  if (!draft.applicant?.name && !draft.applicant?.personalCode)
    problems.push({ step: 'applicant', kind: 'applicant', field: 'name', code: 'required' });
  else
    for (const p of applicant.problems)
      problems.push({ step: 'applicant', kind: 'applicant', field: p.field, code: p.code });
  if (isOnBehalf(draft.applicant))
    for (const p of checkRepresented(draft.applicant ?? {}, draft.applicant).problems)
      problems.push({ step: 'represented', kind: 'onBehalf', field: p.field, code: p.code });
  if (proofMissing(draft.applicant, files))
    problems.push({ step: 'represented', kind: 'onBehalf', field: PROOF_CODE, code: 'proof_required' });
  for (const p of await deliveryProblems(db, journey, draft, draft.delivery))
    problems.push({ step: 'delivery', kind: 'delivery', field: p.field, code: p.code });
  return { answers: checked.answers, files, problems };
}

/** The first step that still needs an answer, or 'check' when everything is answered. */
export async function firstIncompleteStep(db: Db, journey: Journey, draft: store.DraftRow, today: string) {
  const { problems } = await checkDraft(db, journey, draft, today);
  const steps = stepsOf(
    journey.definition,
    answersWithFiles(journey.definition, draft.answers, await store.selectFiles(db, draft.id)),
    isOnBehalf(draft.applicant),
  );
  const bad = new Set(problems.map((p) => p.step));
  return steps.find((s) => bad.has(s)) ?? 'check';
}

export type SubmitResult =
  | { kind: 'problems'; problems: SubmitProblem[] }
  | { kind: 'registered'; caseId: number; registrationNumber: string; accessCode: string }
  /** The draft was submitted before (a double click, a retry, a replay): no second case, no new code. */
  | { kind: 'already'; caseId: number | null; registrationNumber: string }
  /** Another request is registering it right now and did not finish in time. */
  | { kind: 'busy' }
  /** The answers changed (in another window) since the check page was shown: nothing was sent. */
  | { kind: 'changed' };

/**
 * Registers the case once. The draft is claimed first (one UPDATE that only one request wins); the
 * case's idempotency key is the draft's, so even a request that took over a stale claim registers no
 * second case. A replay is told the number, never given a new access code: only the first answer shows
 * it (the intake's replay would issue a new one and make the first invalid).
 *
 * What is sent is what the check page showed (`shownVersion`, see draftVersion) and what was checked:
 * an edit from another window before the claim makes the submission 'changed' (nothing sent, the edit
 * kept); an edit after it is refused (DraftClosedError), so the claimed draft cannot change under it.
 */
export async function submit(
  db: Db,
  journey: Journey,
  draft: store.DraftRow,
  declared: boolean,
  today: string,
  shownVersion?: string,
): Promise<SubmitResult> {
  const before = alreadySent(draft);
  if (before) return before;
  const { answers, files, problems } = await checkDraft(db, journey, draft, today);
  const checkedVersion = draftVersion(draft, files);
  const changed = shownVersion !== undefined && shownVersion !== checkedVersion;
  if (!declared) problems.push({ step: 'check', kind: 'declaration' });
  if (changed || problems.length > 0) {
    // Sent by a parallel request after this one read the draft: its files are the case's now.
    const sent = alreadySent(await store.selectDraft(db, draft.id));
    if (sent) return sent;
  }
  if (changed) return { kind: 'changed' };
  if (problems.length > 0) return { kind: 'problems', problems };
  if (!(await store.claimForSubmission(db, draft.id))) return waitForOther(db, draft.id);
  try {
    // Claimed: no edit lands now. The draft must still be the one checked above.
    const claimed = await store.selectDraft(db, draft.id);
    if (!claimed || draftVersion(claimed, await store.selectFiles(db, draft.id)) !== checkedVersion) {
      await store.releaseClaim(db, draft.id);
      return { kind: 'changed' };
    }
    const def = journey.definition;
    const shown = new Set(visibleFields(def, answers).map((f) => f.code));
    const used = new Set(
      allFields(def)
        .filter((f) => f.type === 'file' && shown.has(f.code))
        .flatMap((f) => [answers[f.code] ?? []].flat()),
    );
    // For someone else, the proof of representation goes with the form's files (after them).
    const onBehalf = isOnBehalf(draft.applicant) ? draft.applicant! : undefined;
    const stored = await store.selectFilesWithBytes(db, draft.id);
    const withBytes = [
      ...stored.filter((f) => used.has(String(f.id))),
      ...(onBehalf ? proofFiles(stored) : []),
    ];
    const fileNames = Object.fromEntries(files.map((f) => [String(f.id), f.filename]));
    const applicant = draft.applicant as unknown as ApplicantAnswers;
    const delivery = draft.delivery!;
    const filler: cases.ApplicationInput['applicant'] = {
      kind: 'person',
      name: applicant.name,
      personalCode: applicant.personalCode,
      email: applicant.email || undefined,
      phone: applicant.phone || undefined,
      postalAddress: applicant.postalAddress || undefined,
      preferredLanguage: draft.locale,
    };
    // For someone else: that person applies, the filler represents them (as a clerk records it at the desk).
    const result = await cases.registerApplication(db, ONLINE_ACTOR, {
      serviceVersionId: journey.service.serviceVersionId,
      applicant: onBehalf
        ? { kind: 'person', name: onBehalf.representedName!, personalCode: onBehalf.representedCode! }
        : filler,
      ...(onBehalf ? { representative: { party: filler, basis: basisRecorded(onBehalf) } } : {}),
      channel: 'portal',
      fields: caseFields(def, answers, fileNames),
      documents: withBytes.map((f) => ({ filename: f.filename, bytes: f.bytes })),
      delivery: {
        channel: delivery.channel as DeliveryChannel,
        ...(delivery.centreCode ? { centreCode: delivery.centreCode } : {}),
      },
      idempotencyKey: draft.idempotencyKey,
    });
    if (!result.ok) {
      await store.releaseClaim(db, draft.id);
      return {
        kind: 'problems',
        problems: result.problems.map((p) => ({
          step: 'check',
          kind: 'intake',
          field: p.field,
          code: p.code,
        })),
      };
    }
    await store.markSubmitted(db, draft.id, result.caseId, result.registrationNumber);
    return {
      kind: 'registered',
      caseId: result.caseId,
      registrationNumber: result.registrationNumber,
      accessCode: result.accessCode,
    };
  } catch (err) {
    await store.releaseClaim(db, draft.id);
    throw err;
  }
}

/** A draft already sent answers with its case's number (a double click, a retry, a replay). */
function alreadySent(d: store.DraftRow | undefined): SubmitResult | undefined {
  return d?.submittedNumber
    ? { kind: 'already', caseId: d.submittedCaseId, registrationNumber: d.submittedNumber }
    : undefined;
}

async function waitForOther(db: Db, draftId: number): Promise<SubmitResult> {
  for (let i = 0; i < 100; i++) {
    const d = await store.selectDraft(db, draftId);
    const sent = alreadySent(d);
    if (sent) return sent;
    if (!d?.submittingSince) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { kind: 'busy' };
}

// ---------------------------------------------------------------- retention

export interface DraftRetentionReport {
  dryRun: boolean;
  drafts: number;
}

/** Deletes the drafts (and their files) not saved for 30 days (R25); audited like the cases' retention. */
export async function purgeExpiredDrafts(
  db: Db,
  actor: Actor,
  opts: { dryRun?: boolean; now?: Date } = {},
): Promise<DraftRetentionReport> {
  if (actor.kind !== 'system') throw new ForbiddenError();
  const now = opts.now ?? new Date();
  const dryRun = opts.dryRun ?? false;
  return db.transaction(async (tx) => {
    const drafts = dryRun ? await store.countExpired(tx, now) : await store.deleteExpired(tx, now);
    const report = { dryRun, drafts };
    await recordAudit(tx, {
      actor,
      action: dryRun ? 'retention.drafts_dry_run' : 'retention.drafts_deleted',
      entity: 'application_draft',
      after: report,
    });
    return report;
  });
}
