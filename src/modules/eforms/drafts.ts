import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** How long a draft is kept after its last save (and how long its resume link works). */
export const DRAFT_DAYS = 30;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new draft's secret (32 random bytes): it goes to the cookie and the resume link, only its hash to the database. */
export function newDraftToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isDraftToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

export function hashDraftToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token of a draft's forms: derived from the secret only its holder has, so no other site can send it. */
export function draftCsrfToken(token: string): string {
  return createHash('sha256').update(`csrf:${token}`).digest('base64url');
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** JSON with every object's keys in order, so that equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * The version of what a submission sends — the answers, the files, the applicant and the delivery — as
 * one short value. Check your answers carries the version it showed; a submission from a page that
 * another window has since made stale is refused instead of sending what the resident did not see.
 */
export function draftVersion(
  draft: { answers: unknown; applicant: unknown; delivery: unknown },
  files: { id: number; fieldCode: string }[],
): string {
  const content = canonical({
    answers: draft.answers,
    applicant: draft.applicant,
    delivery: draft.delivery,
    files: files.map((f) => [f.id, f.fieldCode]),
  });
  return createHash('sha256').update(content).digest('base64url').slice(0, 22);
}

export function newIdempotencyKey(): string {
  return `portal:${randomUUID()}`;
}

export function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + DRAFT_DAYS * 24 * 60 * 60 * 1000);
}
