import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../platform/i18n';
import {
  Checkboxes as PlatformCheckboxes,
  Radios as PlatformRadios,
  Select,
  type ShownErrors,
} from '../../../platform/web/components/form';
import type { FormValues } from '../../../platform/web/form-values';
import type { ShownProblem } from '../intake-form';
import { problemMessage } from '../messages';

export {
  CsrfInput,
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

/**
 * The shared error summary's look, plus messages not about one field (a stale row version, a refused
 * file), listed first and without a link.
 */
export function ErrorSummary(props: { locale: Locale; errors: ShownErrors; extra?: string[] }) {
  const extra = props.extra ?? [];
  if (props.errors.size === 0 && extra.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">
          {props.locale === 'lv' ? 'Lūdzu, izlabojiet kļūdas' : 'There is a problem'}
        </h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {extra.map((m) => (
              <li key={m}>{m}</li>
            ))}
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

export function say(locale: Locale, lv: string, en: string): string {
  return locale === 'lv' ? lv : en;
}
