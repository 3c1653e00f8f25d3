import { type Locale, t } from '../../../platform/i18n';

export interface FormError {
  /** The id of the input the message is about, for the error summary's link. */
  field: string;
  text: string;
}

/** GOV.UK error summary: first on the page, each message a link to its field. */
export function ErrorSummary(props: { locale: Locale; errors: FormError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t(props.locale, 'error.summary')}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {props.errors.map((e) => (
              <li key={e.field}>
                <a href={`#${e.field}`}>{e.text}</a>
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
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  width?: 'govuk-input--width-20' | 'govuk-input--width-30';
  spellcheck?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={hintId} class="govuk-hint">
          {props.hint}
        </div>
      )}
      {props.error && (
        <p id={errorId} class="govuk-error-message">
          <span class="govuk-visually-hidden">{props.locale === 'lv' ? 'Kļūda:' : 'Error:'}</span>{' '}
          {props.error}
        </p>
      )}
      <input
        class={`govuk-input${props.width ? ` ${props.width}` : ''}${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.name ?? props.id}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** GOV.UK success banner, e.g. after an action that redirected back to a list. */
export function SuccessBanner(props: { title: string; text: string }) {
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      data-module="govuk-notification-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title">{props.title}</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{props.text}</p>
      </div>
    </div>
  );
}
