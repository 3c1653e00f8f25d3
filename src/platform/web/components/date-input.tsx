import type { ComponentChildren } from 'preact';
import { one } from '../form-values';
import {
  describedBy,
  ErrorMessage,
  type FieldProps,
  fieldError,
  formGroupClass,
  hintId,
} from './field-group';
import { componentText } from './messages';

/**
 * GOV.UK date input: fields {id}-day, {id}-month, {id}-year. Its error is reported on {id}-day, the
 * input the error summary links to.
 */
export function DateInput(
  props: FieldProps & {
    legend: ComponentChildren;
    /** The three parts as typed, when not read from `values`. */
    value?: { day: string; month: string; year: string };
  },
) {
  const { locale, id } = props;
  const dayId = `${id}-day`;
  const error = fieldError(props, dayId);
  const part = (key: 'day' | 'month' | 'year', width: 2 | 4) => {
    const partId = `${id}-${key}`;
    const value = props.value ? props.value[key] : props.values ? one(props.values, partId) : undefined;
    return (
      <div class="govuk-date-input__item" key={key}>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-date-input__label" for={partId}>
            {componentText(locale, `date.${key}`)}
          </label>
          <input
            class={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
            id={partId}
            name={partId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={value}
          />
        </div>
      </div>
    );
  };
  const described = [hintId(id), describedBy(dayId, false, error)].filter(Boolean).join(' ');
  return (
    <div class={formGroupClass(error)}>
      <fieldset class="govuk-fieldset" aria-describedby={described}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        <div id={hintId(id)} class="govuk-hint">
          {props.hint ?? componentText(locale, 'date.hint')}
        </div>
        <ErrorMessage locale={locale} id={dayId} message={error} />
        <div class="govuk-date-input" id={id}>
          {part('day', 2)}
          {part('month', 2)}
          {part('year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
