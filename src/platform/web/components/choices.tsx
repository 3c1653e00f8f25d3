import type { ComponentChildren } from 'preact';
import { FieldGroup, type FieldProps, fieldError, fieldValues } from './field-group';

export interface Choice {
  value: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

type ChoiceProps = FieldProps & {
  legend: ComponentChildren;
  items: Choice[];
  /** The chosen value(s); otherwise read from `values` by name. */
  value?: string | string[];
  small?: boolean;
  inline?: boolean;
};

/**
 * A GOV.UK fieldset of radios or checkboxes. The first input carries the group's id, so the error
 * summary can link to it; the others are `{id}-2`, `{id}-3`, …
 */
function ChoiceGroup(props: ChoiceProps & { kind: 'radios' | 'checkboxes' }) {
  const { id, kind } = props;
  const name = props.name ?? id;
  const error = fieldError(props);
  const chosen = new Set(fieldValues(props));
  const modifiers = `${props.inline ? ` govuk-${kind}--inline` : ''}${props.small ? ` govuk-${kind}--small` : ''}`;
  return (
    <FieldGroup locale={props.locale} id={id} legend={props.legend} hint={props.hint} error={error}>
      <div class={`govuk-${kind}${modifiers}`} data-module={`govuk-${kind}`}>
        {props.items.map((item, i) => {
          const itemId = i === 0 ? id : `${id}-${i + 1}`;
          return (
            <div class={`govuk-${kind}__item`} key={item.value}>
              <input
                class={`govuk-${kind}__input`}
                id={itemId}
                name={name}
                type={kind === 'radios' ? 'radio' : 'checkbox'}
                value={item.value}
                checked={chosen.has(item.value)}
                aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
              />
              <label class={`govuk-label govuk-${kind}__label`} for={itemId}>
                {item.label}
              </label>
              {item.hint && (
                <div id={`${itemId}-item-hint`} class={`govuk-hint govuk-${kind}__hint`}>
                  {item.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}

export function Radios(props: ChoiceProps) {
  return <ChoiceGroup {...props} kind="radios" />;
}

export function Checkboxes(props: ChoiceProps) {
  return <ChoiceGroup {...props} kind="checkboxes" />;
}
