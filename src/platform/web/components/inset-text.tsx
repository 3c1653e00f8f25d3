import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n';
import { componentText } from './messages';

export function InsetText(props: { children: ComponentChildren }) {
  return <div class="govuk-inset-text">{props.children}</div>;
}

/** GOV.UK warning text: for what a visitor must not miss. */
export function WarningText(props: { locale: Locale; children: ComponentChildren }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{componentText(props.locale, 'warning.prefix')}: </span>
        {props.children}
      </strong>
    </div>
  );
}
