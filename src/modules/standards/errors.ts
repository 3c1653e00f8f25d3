export { FieldValidationError } from '../../platform/errors';

/** Why a workflow step was refused although the request was well formed (nothing was changed). */
export type Refusal =
  | 'openVersionExists'
  | 'notEditable'
  | 'notInDraft'
  | 'notInReview'
  | 'incomplete'
  | 'importTodo'
  | 'withdrawn'
  | 'alreadyWithdrawn'
  | 'notWithdrawn'
  | 'unchanged'
  | 'ownDraft'
  | 'ownSubmission'
  | 'requestPending'
  | 'requestDecided'
  | 'ownRequest';

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

/**
 * A draft saved by someone else after the form was opened, in fields this save would overwrite: nothing
 * was saved; `fields` are the form's field ids that changed meanwhile, `stamps` what the draft holds now.
 */
export class DraftChangedError extends Error {
  readonly statusCode = 409;
  constructor(
    readonly fields: string[],
    readonly stamps: string,
  ) {
    super(`Draft changed meanwhile: ${fields.join(', ')}`);
    this.name = 'DraftChangedError';
  }
}
