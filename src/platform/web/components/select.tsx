export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

/** GOV.UK select with a visible label; the option equal to `value` stays selected. */
export function Select(props: {
  id: string;
  name: string;
  label: string;
  /** The "no choice" option, sent as an empty value. */
  emptyLabel: string;
  value: string | undefined;
  options?: SelectOption[];
  groups?: SelectGroup[];
}) {
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} selected={o.value === props.value}>
      {o.label}
    </option>
  );
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for={props.id}>
        {props.label}
      </label>
      <select class="govuk-select pietura-select--full" id={props.id} name={props.name}>
        <option value="">{props.emptyLabel}</option>
        {props.options?.map(option)}
        {props.groups
          ?.filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(option)}
            </optgroup>
          ))}
      </select>
    </div>
  );
}
