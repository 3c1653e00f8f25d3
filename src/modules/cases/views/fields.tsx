import type { Locale } from '../../../platform/i18n';
import type { ShownErrors } from '../../standards/views/form-fields';
import type { ShownProblem } from '../intake-form';
import { problemMessage } from '../messages';

// Until the shared form components land in src/platform/web/components, the standards ones serve.
export {
  Checkboxes,
  CsrfInput,
  Radios,
  SelectField,
  type ShownErrors,
  SuccessBanner,
  Textarea,
  TextInput,
} from '../../standards/views/form-fields';

/** Problems as messages in the user's language, keyed by the input they are about (first per input). */
export function shownErrors(locale: Locale, problems: ShownProblem[]): ShownErrors {
  const map: ShownErrors = new Map();
  for (const p of problems) {
    if (!map.has(p.field)) map.set(p.field, problemMessage(locale, p.field, p.key, p.params));
  }
  return map;
}

/** GOV.UK error summary with the Latvian title the style guide asks for; each message links to its field. */
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
