import type { ComponentChildren } from 'preact';
import {
  Button,
  type Choice,
  type FormError,
  type FormValues,
  Radios,
  type ShownErrors,
} from '../../../platform/web/components/form';
import { CsrfHidden, type JourneyContext, JourneyLayout, say } from './journey-layout';

/** What a fixed step's page is given (the kit's fixedStep), with the values to show. */
export interface StepProps {
  ctx: JourneyContext;
  values: FormValues;
  errors: ShownErrors;
  summary: FormError[];
  /** Problems not about one input (the draft was sent from another window meanwhile). */
  extra?: string[];
  action: string;
  back?: string;
  saveHref: string;
}

/** The frame's part of a step's props, for StepPage: what every fixed step hands on unchanged. */
export function frameOf(props: StepProps) {
  const { ctx, back, summary, extra, action, saveHref } = props;
  return { ctx, back, summary, extra, action, saveHref };
}

/** A step that asks one question by radios, whose legend is the page's heading; `children` follow the radios. */
export function RadioStep(
  props: StepProps & { id: string; title: string; items: Choice[]; children?: ComponentChildren },
) {
  const { ctx } = props;
  return (
    <StepPage {...frameOf(props)} title={props.title} heading={false}>
      <Radios
        locale={ctx.site.locale}
        id={props.id}
        legend={<h1 class="govuk-fieldset__heading">{props.title}</h1>}
        items={props.items}
        values={props.values}
        errors={props.errors}
      />
      {props.children}
    </StepPage>
  );
}

/**
 * The frame of a step that asks something: the layout (back link, error summary first), the page's
 * heading, its form with the draft's CSRF token, and Continue with "Save and come back later".
 */
export function StepPage(props: {
  ctx: JourneyContext;
  title: string;
  back?: string;
  summary: FormError[];
  extra?: string[];
  conditions?: boolean;
  /** False when the form's own legend is the page's heading. */
  heading?: boolean;
  /** Text between the heading and the form. */
  intro?: ComponentChildren;
  action: string;
  multipart?: boolean;
  /** "Save and come back later"; without it, `actions` are the form's only buttons. */
  saveHref?: string;
  actions?: ComponentChildren;
  /** After the form (other forms the page's buttons belong to). */
  after?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { ctx } = props;
  const { locale } = ctx.site;
  return (
    <JourneyLayout
      ctx={ctx}
      title={props.title}
      back={props.back}
      errors={props.summary}
      extra={props.extra}
      conditions={props.conditions}
    >
      {props.heading !== false && <h1 class="govuk-heading-l">{props.title}</h1>}
      {props.intro}
      <form
        method="post"
        action={props.action}
        novalidate
        {...(props.multipart ? { enctype: 'multipart/form-data' } : {})}
      >
        <CsrfHidden token={ctx.csrf} />
        {props.children}
        {props.saveHref !== undefined ? (
          <div class="govuk-button-group">
            <Button>{say(locale, 'Turpināt', 'Continue')}</Button>
            <a class="govuk-link" href={props.saveHref}>
              {say(locale, 'Saglabāt un turpināt vēlāk', 'Save and come back later')}
            </a>
          </div>
        ) : (
          props.actions
        )}
      </form>
      {props.after}
    </JourneyLayout>
  );
}
