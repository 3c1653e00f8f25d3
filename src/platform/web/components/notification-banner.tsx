import type { Locale } from '../../i18n';
import { componentText } from './messages';

/** GOV.UK success banner after a step that redirected back, e.g. "The version was submitted". */
export function SuccessBanner(props: { locale: Locale; message?: string; title?: string }) {
  if (!props.message) return null;
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-title"
      data-module="govuk-notification-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-title">
          {props.title ?? componentText(props.locale, 'success.title')}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{props.message}</p>
      </div>
    </div>
  );
}
