import { type Locale, pick } from '../../../platform/i18n';
import { Select } from '../../../platform/web/components/select';
import { staffText } from '../messages';
import type { ScopeOption } from '../service';

export interface RoleValues {
  roles: string[];
  headUnit: string;
  specialistUnit: string;
  clerkCentre: string;
}

const UNSCOPED = ['admin', 'manager', 'editor'] as const;

function ErrorLine(props: { locale: Locale; id: string; text?: string }) {
  if (!props.text) return null;
  return (
    <p id={`${props.id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">{props.locale === 'lv' ? 'Kļūda:' : 'Error:'}</span> {props.text}
    </p>
  );
}

/** The roles of an account: roles for the whole municipality as checkboxes, scoped roles as lists. */
export function RoleFields(props: {
  locale: Locale;
  values: RoleValues;
  errorOf: (field: string) => string | undefined;
  scopes: { units: ScopeOption[]; centres: ScopeOption[] };
}) {
  const { locale, values, errorOf, scopes } = props;
  const text = (k: Parameters<typeof staffText>[1]) => staffText(locale, k);
  const options = (list: ScopeOption[]) => list.map((o) => ({ value: o.code, label: pick(o.name, locale) }));
  const rolesError = errorOf('roles');
  const scopeSelect = (id: 'headUnit' | 'specialistUnit' | 'clerkCentre', list: ScopeOption[]) => {
    const error = errorOf(id);
    return (
      <div class={error ? 'govuk-form-group--error' : undefined}>
        <ErrorLine locale={locale} id={id} text={error} />
        <Select
          id={id}
          name={id}
          label={text(`newUser.${id}`)}
          emptyLabel={text('newUser.none')}
          value={values[id]}
          options={options(list)}
        />
      </div>
    );
  };
  return (
    <>
      <div class={`govuk-form-group${rolesError ? ' govuk-form-group--error' : ''}`}>
        <fieldset class="govuk-fieldset" aria-describedby={rolesError ? 'roles-error' : undefined}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{text('newUser.roles')}</legend>
          <ErrorLine locale={locale} id="roles" text={rolesError} />
          <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            {UNSCOPED.map((role, i) => (
              <div class="govuk-checkboxes__item" key={role}>
                <input
                  class="govuk-checkboxes__input"
                  id={i === 0 ? 'roles' : `roles-${role}`}
                  name="roles"
                  type="checkbox"
                  value={role}
                  checked={values.roles.includes(role)}
                  aria-describedby={`roles-${role}-hint`}
                />
                <label class="govuk-label govuk-checkboxes__label" for={i === 0 ? 'roles' : `roles-${role}`}>
                  {text(`role.${role}`)}
                </label>
                <div id={`roles-${role}-hint`} class="govuk-hint govuk-checkboxes__hint">
                  {text(`roleHint.${role}`)}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {scopeSelect('headUnit', scopes.units)}
      {scopeSelect('specialistUnit', scopes.units)}
      {scopeSelect('clerkCentre', scopes.centres)}
    </>
  );
}
