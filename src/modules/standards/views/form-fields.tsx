import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../../../platform/auth/csrf';
import type { Locale } from '../../../platform/i18n';
import { type FieldError, type FormValues, many, one } from '../form-values';
import { fieldText } from '../messages';

/** Field errors ready to show: input id → message in the user's language (in form order). */
export type ShownErrors = Map<string, string>;

export function showErrors(errors: FieldError[], message: (key: string) => string): ShownErrors {
  return new Map(errors.map((e) => [e.field, message(e.key)]));
}

function errorId(id: string): string {
  return `${id}-error`;
}

function ErrorMessage(props: { locale: Locale; id: string; message?: string }) {
  if (!props.message) return null;
  return (
    <p id={errorId(props.id)} class="govuk-error-message">
      <span class="govuk-visually-hidden">{props.locale === 'lv' ? 'Kļūda:' : 'Error:'}</span> {props.message}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

function groupClass(error?: string): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

/** GOV.UK error summary: each message links to its field. */
export function ErrorSummary(props: { locale: Locale; errors: ShownErrors }) {
  if (props.errors.size === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">
          {props.locale === 'lv' ? 'Ir problēma' : 'There is a problem'}
        </h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {[...props.errors].map(([id, message]) => (
              <li key={id}>
                <a href={`#${id}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function TextInput(props: {
  locale: Locale;
  id: string;
  label: ComponentChildren;
  values: FormValues;
  errors: ShownErrors;
  hint?: string;
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  type?: 'text' | 'email' | 'tel' | 'url';
  inputmode?: 'decimal' | 'numeric';
  lang?: string;
  autocomplete?: string;
  bold?: boolean;
}) {
  const { id, errors } = props;
  const error = errors.get(id);
  const width = props.width ? ` govuk-input--width-${props.width}` : '';
  return (
    <div class={groupClass(error)}>
      <label class={`govuk-label${props.bold ? ' govuk-label--s' : ''}`} for={id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={`${id}-hint`} class="govuk-hint">
          {props.hint}
        </div>
      )}
      <ErrorMessage locale={props.locale} id={id} message={error} />
      <input
        class={`govuk-input${width}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type={props.type ?? 'text'}
        inputMode={props.inputmode}
        lang={props.lang}
        autoComplete={props.autocomplete ?? 'off'}
        spellcheck={props.type === 'email' || props.type === 'url' ? false : undefined}
        value={one(props.values, id)}
        aria-describedby={describedBy(props.hint && `${id}-hint`, error && errorId(id))}
      />
    </div>
  );
}

export function Textarea(props: {
  locale: Locale;
  id: string;
  label: ComponentChildren;
  values: FormValues;
  errors: ShownErrors;
  hint?: string;
  rows?: number;
  lang?: string;
  bold?: boolean;
}) {
  const { id, errors } = props;
  const error = errors.get(id);
  return (
    <div class={groupClass(error)}>
      <label class={`govuk-label${props.bold ? ' govuk-label--s' : ''}`} for={id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={`${id}-hint`} class="govuk-hint">
          {props.hint}
        </div>
      )}
      <ErrorMessage locale={props.locale} id={id} message={error} />
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={props.rows ?? 4}
        lang={props.lang}
        aria-describedby={describedBy(props.hint && `${id}-hint`, error && errorId(id))}
      >
        {one(props.values, id)}
      </textarea>
    </div>
  );
}

/** One text in Latvian and English: a fieldset with the two inputs ({id}-lv, {id}-en). */
export function BilingualField(props: {
  locale: Locale;
  id: string;
  legend: string;
  values: FormValues;
  errors: ShownErrors;
  hint?: string;
  multiline?: boolean;
}) {
  const { locale, id } = props;
  const hasError = props.errors.has(`${id}-lv`) || props.errors.has(`${id}-en`);
  const Field = props.multiline ? Textarea : TextInput;
  return (
    <div class={groupClass(hasError ? 'x' : undefined)}>
      <fieldset class="govuk-fieldset" aria-describedby={props.hint ? `${id}-hint` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        {props.hint && (
          <div id={`${id}-hint`} class="govuk-hint">
            {props.hint}
          </div>
        )}
        <Field
          locale={locale}
          id={`${id}-lv`}
          label={fieldText(locale, 'lv')}
          values={props.values}
          errors={props.errors}
          lang="lv"
        />
        <Field
          locale={locale}
          id={`${id}-en`}
          label={fieldText(locale, 'en')}
          values={props.values}
          errors={props.errors}
          lang="en"
        />
      </fieldset>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** GOV.UK radios; the first input carries the group's id so the error summary can link to it. */
interface ChoiceProps {
  locale: Locale;
  name: string;
  legend: string;
  items: Choice[];
  values: FormValues;
  errors: ShownErrors;
  hint?: string;
  small?: boolean;
}

/** A GOV.UK fieldset of radios or checkboxes with its legend, hint and error message. */
function ChoiceGroup(props: ChoiceProps & { kind: 'radios' | 'checkboxes'; inline?: boolean }) {
  const { name, kind } = props;
  const error = props.errors.get(name);
  const chosen = new Set(kind === 'radios' ? [one(props.values, name)] : many(props.values, name));
  const modifiers = `${props.inline ? ` govuk-${kind}--inline` : ''}${props.small ? ` govuk-${kind}--small` : ''}`;
  return (
    <div class={groupClass(error)}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={describedBy(props.hint && `${name}-hint`, error && errorId(name))}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        {props.hint && (
          <div id={`${name}-hint`} class="govuk-hint">
            {props.hint}
          </div>
        )}
        <ErrorMessage locale={props.locale} id={name} message={error} />
        <div class={`govuk-${kind}${modifiers}`} data-module={`govuk-${kind}`}>
          {props.items.map((item, i) => {
            const id = i === 0 ? name : `${name}-${i + 1}`;
            return (
              <div class={`govuk-${kind}__item`} key={item.value}>
                <input
                  class={`govuk-${kind}__input`}
                  id={id}
                  name={name}
                  type={kind === 'radios' ? 'radio' : 'checkbox'}
                  value={item.value}
                  checked={chosen.has(item.value)}
                />
                <label class={`govuk-label govuk-${kind}__label`} for={id}>
                  {item.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Radios(props: ChoiceProps & { inline?: boolean }) {
  return <ChoiceGroup {...props} kind="radios" />;
}

export function Checkboxes(props: ChoiceProps) {
  return <ChoiceGroup {...props} kind="checkboxes" />;
}

export function SelectField(props: {
  locale: Locale;
  id: string;
  label: string;
  items: Choice[];
  values: FormValues;
  errors: ShownErrors;
  emptyLabel?: string;
  hint?: string;
}) {
  const { id } = props;
  const error = props.errors.get(id);
  const chosen = one(props.values, id);
  return (
    <div class={groupClass(error)}>
      <label class="govuk-label govuk-label--s" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={`${id}-hint`} class="govuk-hint">
          {props.hint}
        </div>
      )}
      <ErrorMessage locale={props.locale} id={id} message={error} />
      <select
        class={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        aria-describedby={describedBy(props.hint && `${id}-hint`, error && errorId(id))}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.items.map((item) => (
          <option key={item.value} value={item.value} selected={chosen === item.value}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GOV.UK date input: {name}-day, {name}-month, {name}-year; errors are reported on {name}-day. */
export function DateInput(props: {
  locale: Locale;
  name: string;
  legend: string;
  values: FormValues;
  errors: ShownErrors;
  hint?: string;
}) {
  const { locale, name } = props;
  const error = props.errors.get(`${name}-day`);
  const hintId = `${name}-hint`;
  const part = (key: 'day' | 'month' | 'year', width: 2 | 4) => {
    const id = `${name}-${key}`;
    return (
      <div class="govuk-date-input__item" key={key}>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-date-input__label" for={id}>
            {fieldText(locale, key)}
          </label>
          <input
            class={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
            id={id}
            name={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={one(props.values, id)}
          />
        </div>
      </div>
    );
  };
  return (
    <div class={groupClass(error)}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={describedBy(hintId, error && errorId(`${name}-day`))}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        <div id={hintId} class="govuk-hint">
          {props.hint ?? fieldText(locale, 'dateHint')}
        </div>
        <ErrorMessage locale={locale} id={`${name}-day`} message={error} />
        <div class="govuk-date-input" id={name}>
          {part('day', 2)}
          {part('month', 2)}
          {part('year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK success banner shown after a step, e.g. "The version was submitted for review". */
export function SuccessBanner(props: { locale: Locale; message?: string }) {
  if (!props.message) return null;
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-title"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-title">
          {props.locale === 'lv' ? 'Izdevās' : 'Success'}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{props.message}</p>
      </div>
    </div>
  );
}

/** A one-button POST form (with the CSRF token), e.g. "Submit for review". */
export function ActionButton(props: {
  action: string;
  csrfToken: string;
  label: string;
  secondary?: boolean;
  warning?: boolean;
}) {
  const variant = props.warning
    ? ' govuk-button--warning'
    : props.secondary
      ? ' govuk-button--secondary'
      : '';
  return (
    <form method="post" action={props.action} class="pietura-inline-form">
      <CsrfInput token={props.csrfToken} />
      <button type="submit" class={`govuk-button${variant}`} data-module="govuk-button">
        {props.label}
      </button>
    </form>
  );
}

export function CsrfInput(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}
