import type { FieldError } from './web/form-values';
/**
 * Errors the service layer throws for the HTTP layer to map (see web/error-pages.tsx).
 * They carry a statusCode so Fastify's error handler treats them as client errors.
 */

/** The actor may not do this: a 403 page in the user's language, or 403 JSON under /api. */
export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message = 'Forbidden') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A multipart body where files are not taken from this sender (http/upload-guard.ts): 403, not a key's fault. */
export class UploadRefusedError extends ForbiddenError {
  constructor() {
    super('Uploads are accepted only from signed-in staff');
    this.name = 'UploadRefusedError';
  }
}

/** A body that claims to be a form but cannot be read as one (a multipart body without its boundary, cut off). */
export class UnreadableBodyError extends Error {
  readonly statusCode = 400;
  constructor(cause: unknown) {
    super('The request body cannot be read', { cause });
    this.name = 'UnreadableBodyError';
  }
}

/** A state-changing request without the session's CSRF token: a 403 that says the form has expired. */
export class CsrfError extends ForbiddenError {
  constructor() {
    super('Missing or invalid CSRF token');
    this.name = 'CsrfError';
  }
}

/** Input that passed the form schema but not the rules that need the database (a taken code, a past date). */
export class FieldValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: FieldError[]) {
    super(`Invalid fields: ${errors.map((e) => e.field).join(', ')}`);
    this.name = 'FieldValidationError';
  }
}

/**
 * The error as the log may keep it (the app logger's `err` serializer, main.ts): a failed query's parameters (drizzle's DrizzleQueryError lists them all:
 * personal codes, names, addresses) and the database's detail of a key are left out, its statement kept.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error) || !('query' in error) || !('params' in error)) return error;
  const safe = new Error(`Failed query: ${String(error.query)} (parameters not logged)`);
  safe.name = error.name;
  const frames = (error.stack ?? '').split('\n').filter((l) => l.startsWith('    at '));
  safe.stack = [`${safe.name}: ${safe.message}`, ...frames].join('\n');
  const cause = error.cause;
  if (cause instanceof Error) {
    const { code, routine } = cause as Error & { code?: string; routine?: string };
    safe.cause = Object.assign(new Error(cause.message), {
      name: cause.name,
      code,
      routine,
      stack: cause.stack,
    });
  }
  return safe;
}
