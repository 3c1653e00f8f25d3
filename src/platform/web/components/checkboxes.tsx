export interface CheckboxItem {
  name: string;
  value: string;
  label: string;
  checked: boolean;
}

/** GOV.UK small checkboxes in a fieldset, for yes/no filters sent as plain GET parameters. */
export function CheckboxFilter(props: { idPrefix: string; legend: string; items: CheckboxItem[] }) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {props.items.map((item) => {
            const id = `${props.idPrefix}-${item.name}`;
            return (
              <div class="govuk-checkboxes__item" key={id}>
                <input
                  class="govuk-checkboxes__input"
                  id={id}
                  name={item.name}
                  type="checkbox"
                  value={item.value}
                  checked={item.checked}
                />
                <label class="govuk-label govuk-checkboxes__label" for={id}>
                  {item.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
