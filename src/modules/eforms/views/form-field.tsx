import type { Locale } from '../../../platform/i18n';
import { extensionsOf } from '../../../platform/uploads/names';
import {
  Checkboxes,
  DateInput,
  Radios,
  type ShownErrors,
  Textarea,
  TextInput,
} from '../../../platform/web/components/form';
import { type FormValues, many, one } from '../../../platform/web/form-values';
import { type Answers, displayAnswer } from '../answers';
import { acceptedMediaTypes, type FormField, type FormPage, LIMITS, maxLengthOf } from '../definition';
import { numberAsTyped } from '../numbers';

/**
 * One field of an online form as a GOV.UK component. Inputs are named by the field's code (a date:
 * `{code}-day`, `-month`, `-year`); a field with a condition is wrapped in a `data-show-when` box that
 * the page's script may hide, and that is shown (and ignored when its condition fails) without it.
 */
export function FormFieldInput(props: {
  locale: Locale;
  field: FormField;
  values: FormValues;
  errors: ShownErrors;
  /** Files already attached to a file field: shown as a list above the input. */
  attached?: { id: string; filename: string }[];
}) {
  const { locale, field, values, errors } = props;
  const id = field.code;
  const label = field.label[locale];
  const hint = field.hint?.[locale] || undefined;
  const common = { locale, id, values, errors, hint };
  const input = (() => {
    switch (field.type) {
      case 'text':
      case 'address':
        return (
          <TextInput
            {...common}
            label={label}
            autocomplete={field.type === 'address' ? 'street-address' : undefined}
          />
        );
      case 'textarea':
        return <Textarea {...common} label={label} rows={5} />;
      case 'number':
        return (
          <TextInput {...common} label={label} inputmode={field.integer ? 'numeric' : 'decimal'} width={10} />
        );
      case 'personal_code':
        return <TextInput {...common} label={label} inputmode="numeric" width={10} spellcheck={false} />;
      case 'iban':
        return <TextInput {...common} label={label} width={20} spellcheck={false} />;
      case 'date':
        return <DateInput {...common} legend={label} hint={hint} />;
      case 'yesno':
        return (
          <Radios
            {...common}
            legend={label}
            inline
            items={[
              { value: 'yes', label: locale === 'lv' ? 'Jā' : 'Yes' },
              { value: 'no', label: locale === 'lv' ? 'Nē' : 'No' },
            ]}
          />
        );
      case 'choice':
        return (
          <Radios
            {...common}
            legend={label}
            items={(field.options ?? []).map((o) => ({ value: o.key, label: o.label[locale] }))}
          />
        );
      case 'choices':
        return (
          <Checkboxes
            {...common}
            legend={label}
            items={(field.options ?? []).map((o) => ({ value: o.key, label: o.label[locale] }))}
          />
        );
      case 'file':
        return <FileField {...props} />;
    }
  })();
  if (!field.showWhen) return input;
  return (
    <div data-show-when={field.showWhen.field} data-show-when-values={field.showWhen.values.join(' ')}>
      {input}
    </div>
  );
}

function FileField(props: {
  locale: Locale;
  field: FormField;
  errors: ShownErrors;
  attached?: { id: string; filename: string }[];
}) {
  const { locale, field } = props;
  const id = field.code;
  const error = props.errors.get(id);
  const hint = field.hint?.[locale];
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={id}>
        {field.label[locale]}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">{locale === 'lv' ? 'Kļūda:' : 'Error:'}</span> {error}
        </p>
      )}
      {props.attached && props.attached.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {props.attached.map((f) => (
            <li key={f.id}>{f.filename}</li>
          ))}
        </ul>
      )}
      <input
        class={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        multiple={(field.maxFiles ?? 10) > 1}
        accept={acceptOf(field)}
        aria-describedby={
          [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
      />
    </div>
  );
}

/** The types and extensions a file input offers: by type alone a browser would hide .edoc files (no type of their own). */
function acceptOf(field: FormField): string {
  const types = acceptedMediaTypes(field);
  return [...types, ...extensionsOf(types)].join(',');
}

/** A page's posted inputs as raw answers for checkPage (the three parts of a date joined, lists kept). */
export function readPageInput(page: FormPage, values: FormValues): Answers {
  const raw: Answers = {};
  for (const f of page.fields) {
    if (f.type === 'file') continue;
    if (f.type === 'choices') raw[f.code] = many(values, f.code);
    else if (f.type === 'date') {
      const [d, m, y] = ['day', 'month', 'year'].map((k) => one(values, `${f.code}-${k}`).trim());
      raw[f.code] = d || m || y ? `${d}.${m}.${y}` : '';
    } else raw[f.code] = one(values, f.code);
  }
  return raw;
}

/**
 * What was posted, cut to what the page may show again: a text field's answer to its maximum length,
 * anything else to a short line. A refused answer is shown so it can be corrected, but a body of megabytes
 * (a multipart page takes 26 MB) must not come back as a page of megabytes.
 */
export function echoedValues(page: FormPage, values: FormValues): FormValues {
  const limits = new Map(page.fields.map((f) => [f.code, hasMaxLength(f) ? maxLengthOf(f) : 0]));
  const out: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    const max = limits.get(key) || LIMITS.textMaxLength;
    out[key] = Array.isArray(value) ? value.map((v) => v.slice(0, max)) : value.slice(0, max);
  }
  return out;
}

const hasMaxLength = (f: FormField) => f.type === 'text' || f.type === 'textarea' || f.type === 'address';

/** Stored answers as form values in the page's language, to fill a page in again (back links, change links). */
export function answersAsFormValues(page: FormPage, answers: Answers, locale: Locale): FormValues {
  const values: FormValues = {};
  for (const f of page.fields) {
    const a = answers[f.code];
    if (a === undefined || f.type === 'file') continue;
    if (f.type === 'date' && typeof a === 'string') {
      const [y, m, d] = a.split('-');
      values[`${f.code}-day`] = String(Number(d));
      values[`${f.code}-month`] = String(Number(m));
      values[`${f.code}-year`] = y ?? '';
    } else if (f.type === 'number' && typeof a === 'string') values[f.code] = numberAsTyped(a, locale);
    // Shown again as the check page shows it (groups of four, the code's hyphen), not as it is kept.
    else if ((f.type === 'iban' || f.type === 'personal_code') && typeof a === 'string')
      values[f.code] = displayAnswer(f, a, locale);
    else values[f.code] = a;
  }
  return values;
}

/** The id an error summary links to for a field (a date's day input). */
export function inputIdOf(field: FormField): string {
  return field.type === 'date' ? `${field.code}-day` : field.code;
}
