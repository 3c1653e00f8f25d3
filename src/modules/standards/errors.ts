import type { FieldError } from '../../platform/web/form-values';

/** Why a workflow step was refused although the request was well formed (nothing was changed). */
export type Refusal =
  | 'openVersionExists'
  | 'notEditable'
  | 'notInDraft'
  | 'notInReview'
  | 'incomplete'
  | 'withdrawn'
  | 'alreadyWithdrawn';

/** A step the standard's state does not allow, e.g. editing a published version in place: a 409 page. */
export class WorkflowError extends Error {
  readonly statusCode = 409;
  constructor(
    readonly refusal: Refusal,
    readonly version?: number,
  ) {
    super(`Workflow step refused: ${refusal}`);
    this.name = 'WorkflowError';
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
