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
