import type { ComponentChildren } from 'preact';
import { describedBy, FieldGroup, type FieldProps, fieldError, fieldValue } from './field-group';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

/** GOV.UK select with a visible label; the option equal to the value stays selected. */
export function Select(
  props: FieldProps & {
    label: ComponentChildren;
    value?: string;
    /** The "no choice" option, sent as an empty value. */
    emptyLabel?: string;
    options?: SelectOption[];
    groups?: SelectGroup[];
    /** As wide as its column (filters in a sidebar). */
    full?: boolean;
  },
) {
  const { id, hint } = props;
  const error = fieldError(props);
  const chosen = fieldValue(props);
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} selected={o.value === chosen}>
      {o.label}
    </option>
  );
  const classes = `govuk-select${props.full ? ' pietura-select--full' : ''}${error ? ' govuk-select--error' : ''}`;
  return (
    <FieldGroup locale={props.locale} id={id} label={props.label} hint={hint} error={error} bold>
      <select class={classes} id={id} name={props.name ?? id} aria-describedby={describedBy(id, hint, error)}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options?.map(option)}
        {props.groups
          ?.filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(option)}
            </optgroup>
          ))}
      </select>
    </FieldGroup>
  );
}
