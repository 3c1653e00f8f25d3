import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n';
import { type FormValues, many, one, type ShownErrors } from '../form-values';
import { componentText } from './messages';

/**
 * What every field takes. A field finds its value and error either directly (`value`, `error`) or in
 * the form's state (`values` by name, `errors` by id), so a long form passes one pair of props.
 */
export interface FieldProps {
  locale: Locale;
  id: string;
  /** The submitted name; the id unless given. */
  name?: string;
  hint?: ComponentChildren;
  error?: string;
  values?: FormValues;
  errors?: ShownErrors;
}

export function fieldError(props: FieldProps, id = props.id): string | undefined {
  return props.error ?? props.errors?.get(id);
}

export function fieldValue(props: FieldProps & { value?: string }): string | undefined {
  if (props.value !== undefined) return props.value;
  return props.values ? one(props.values, props.name ?? props.id) : undefined;
}

export function fieldValues(props: FieldProps & { value?: string | string[] }): string[] {
  if (props.value !== undefined) return Array.isArray(props.value) ? props.value : [props.value];
  return props.values ? many(props.values, props.name ?? props.id) : [];
}

export function errorId(id: string): string {
  return `${id}-error`;
}

export function hintId(id: string): string {
  return `${id}-hint`;
}

/** The aria-describedby of a control: its hint and its error message, when shown. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? hintId(id) : undefined, error ? errorId(id) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function ErrorMessage(props: { locale: Locale; id: string; message?: string }) {
  if (!props.message) return null;
  return (
    <p id={errorId(props.id)} class="govuk-error-message">
      <span class="govuk-visually-hidden">{componentText(props.locale, 'error.prefix')}</span> {props.message}
    </p>
  );
}

export function Hint(props: { id: string; children?: ComponentChildren }) {
  if (!props.children) return null;
  return (
    <div id={hintId(props.id)} class="govuk-hint">
      {props.children}
    </div>
  );
}

export function formGroupClass(error: unknown): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

/**
 * The GOV.UK form group around one control: its label (or, for a group of controls, a fieldset and
 * legend), hint and error message. The control itself is the child and must use `describedBy(id, …)`
 * (a fieldset carries the description itself).
 */
export function FieldGroup(
  props: {
    locale: Locale;
    /** The control's id: the label points at it, the hint and error ids derive from it. */
    id: string;
    hint?: ComponentChildren;
    error?: string;
    bold?: boolean;
    children: ComponentChildren;
  } & ({ label: ComponentChildren; legend?: never } | { legend: ComponentChildren; label?: never }),
) {
  const { locale, id, hint, error } = props;
  if (props.legend !== undefined) {
    return (
      <div class={formGroupClass(error)}>
        <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
          <Hint id={id}>{hint}</Hint>
          <ErrorMessage locale={locale} id={id} message={error} />
          {props.children}
        </fieldset>
      </div>
    );
  }
  return (
    <div class={formGroupClass(error)}>
      <label class={`govuk-label${props.bold ? ' govuk-label--s' : ''}`} for={id}>
        {props.label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage locale={locale} id={id} message={error} />
      {props.children}
    </div>
  );
}
