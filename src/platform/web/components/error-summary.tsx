import type { Locale } from '../../i18n';
import type { ShownErrors } from '../form-values';
import { componentText } from './messages';

/** One message for the error summary: the id of the input it is about, and its text. */
export interface FormError {
  field: string;
  text: string;
}

/**
 * GOV.UK error summary, first on the page: each message a link to its field. `extra` messages are not
 * about one field (another person changed the case meanwhile, a file was refused): listed first, unlinked.
 */
export function ErrorSummary(props: { locale: Locale; errors: ShownErrors | FormError[]; extra?: string[] }) {
  const errors: [string, string][] = Array.isArray(props.errors)
    ? props.errors.map((e) => [e.field, e.text])
    : [...props.errors];
  const extra = props.extra ?? [];
  if (errors.length === 0 && extra.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{componentText(props.locale, 'error.summary')}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {extra.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {errors.map(([id, message]) => (
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
