import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../platform/i18n';
import {
  Checkboxes as PlatformCheckboxes,
  Radios as PlatformRadios,
  TextInput as PlatformTextInput,
  Select,
  type ShownErrors,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import { FOREIGNER_INPUTS, type ShownProblem } from '../intake-form';
import { fieldLabel, problemMessage } from '../messages';

export {
  CsrfInput,
  ErrorSummary,
  type ShownErrors,
  SuccessBanner,
  Textarea,
  TextInput,
} from '../../../platform/web/components/form';

/** Problems as messages in the user's language, keyed by the input they are about (first per input). */
export function shownErrors(locale: Locale, problems: ShownProblem[]): ShownErrors {
  const map: ShownErrors = new Map();
  for (const p of problems) {
    if (!map.has(p.field)) map.set(p.field, problemMessage(locale, p.field, p.key, p.params));
  }
  return map;
}

interface ChoiceProps {
  locale: Locale;
  name: string;
  legend: ComponentChildren;
  items: { value: string; label: ComponentChildren }[];
  values: FormValues;
  errors: ShownErrors;
  hint?: string;
  small?: boolean;
  inline?: boolean;
}

/** The shared radios, named by the group (its first input carries the name as id). */
export function Radios(props: ChoiceProps) {
  return <PlatformRadios {...props} id={props.name} />;
}

export function Checkboxes(props: ChoiceProps) {
  return <PlatformCheckboxes {...props} id={props.name} />;
}

/** The shared select with the choices as items. */
export function SelectField(props: {
  locale: Locale;
  id: string;
  label: string;
  items: { value: string; label: string }[];
  values: FormValues;
  errors: ShownErrors;
  emptyLabel?: string;
  hint?: string;
}) {
  return <Select {...props} options={props.items} />;
}

export function say(locale: Locale, lv: string, en: string): string {
  return locale === 'lv' ? lv : en;
}

/** A file input with its label, hint and error (GOV.UK), `children` between the error and the input. */
export function FileField(props: {
  locale: Locale;
  id: string;
  label: string;
  errors: ShownErrors;
  hint?: string;
  multiple?: boolean;
  /** Media types and extensions the input offers (the bytes decide what is taken). */
  accept?: string;
  children?: ComponentChildren;
}) {
  const { locale, id, errors } = props;
  const error = errors.get(id);
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <div class="govuk-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      )}
      {error && (
        <p class="govuk-error-message" id={`${id}-error`}>
          <span class="govuk-visually-hidden">{locale === 'lv' ? 'Kļūda:' : 'Error:'}</span> {error}
        </p>
      )}
      {props.children}
      <input
        class={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        aria-describedby={
          [props.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
        }
      />
    </div>
  );
}

/** A foreigner without a personal code, as the staff pages find one: the document number and the date of birth. */
export function ForeignerInputs(props: { locale: Locale; values: FormValues; errors: ShownErrors }) {
  const { locale, values, errors } = props;
  return (
    <>
      <PlatformTextInput
        locale={locale}
        id={FOREIGNER_INPUTS.document}
        label={fieldLabel(locale, FOREIGNER_INPUTS.document)}
        width={20}
        spellcheck={false}
        values={values}
        errors={errors}
      />
      <PlatformTextInput
        locale={locale}
        id={FOREIGNER_INPUTS.birthDate}
        label={fieldLabel(locale, FOREIGNER_INPUTS.birthDate)}
        width={10}
        hint={say(locale, 'Piemēram, 31.12.1980.', 'For example 31.12.1980')}
        values={values}
        errors={errors}
      />
    </>
  );
}
