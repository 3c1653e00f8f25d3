import type { ComponentChildren } from 'preact';
import { describedBy, FieldGroup, type FieldProps, fieldError, fieldValue } from './field-group';

export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30;

/** GOV.UK text input with its label, hint and error. A password's value is never written back. */
export function TextInput(
  props: FieldProps & {
    label: ComponentChildren;
    value?: string;
    type?: 'text' | 'email' | 'tel' | 'url' | 'password';
    width?: InputWidth;
    inputmode?: 'decimal' | 'numeric';
    lang?: string;
    autocomplete?: string;
    spellcheck?: boolean;
    bold?: boolean;
  },
) {
  const { id, hint } = props;
  const error = fieldError(props);
  const type = props.type ?? 'text';
  const width = props.width ? ` govuk-input--width-${props.width}` : '';
  return (
    <FieldGroup locale={props.locale} id={id} label={props.label} hint={hint} error={error} bold={props.bold}>
      <input
        class={`govuk-input${width}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={props.name ?? id}
        type={type}
        inputMode={props.inputmode}
        lang={props.lang}
        autoComplete={props.autocomplete ?? 'off'}
        spellcheck={props.spellcheck ?? (type === 'email' || type === 'url' ? false : undefined)}
        value={type === 'password' ? undefined : fieldValue(props)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldGroup>
  );
}

export function Textarea(
  props: FieldProps & {
    label: ComponentChildren;
    value?: string;
    rows?: number;
    lang?: string;
    bold?: boolean;
  },
) {
  const { id, hint } = props;
  const error = fieldError(props);
  return (
    <FieldGroup locale={props.locale} id={id} label={props.label} hint={hint} error={error} bold={props.bold}>
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={props.name ?? id}
        rows={props.rows ?? 4}
        lang={props.lang}
        aria-describedby={describedBy(id, hint, error)}
      >
        {fieldValue(props) ?? ''}
      </textarea>
    </FieldGroup>
  );
}
