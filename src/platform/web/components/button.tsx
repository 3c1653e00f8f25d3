import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../../auth/csrf';

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

function buttonClass(variant: ButtonVariant = 'primary'): string {
  return `govuk-button${variant === 'primary' ? '' : ` govuk-button--${variant}`}`;
}

/** GOV.UK button: a submit button, or a link styled as one when `href` is given. */
export function Button(props: {
  children: ComponentChildren;
  variant?: ButtonVariant;
  href?: string;
  name?: string;
  value?: string;
  id?: string;
}) {
  if (props.href) {
    return (
      <a href={props.href} draggable={false} class={buttonClass(props.variant)} data-module="govuk-button">
        {props.children}
      </a>
    );
  }
  return (
    <button
      type="submit"
      class={buttonClass(props.variant)}
      data-module="govuk-button"
      name={props.name}
      value={props.value}
      id={props.id}
    >
      {props.children}
    </button>
  );
}

export function CsrfInput(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

/** A one-button POST form (with the CSRF token), e.g. "Submit for review". */
export function ActionButton(props: {
  action: string;
  csrfToken: string;
  label: string;
  secondary?: boolean;
  warning?: boolean;
}) {
  return (
    <form method="post" action={props.action} class="pietura-inline-form">
      <CsrfInput token={props.csrfToken} />
      <Button variant={props.warning ? 'warning' : props.secondary ? 'secondary' : 'primary'}>
        {props.label}
      </Button>
    </form>
  );
}
