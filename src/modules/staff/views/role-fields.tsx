import { type Locale, pick } from '../../../platform/i18n';
import { Checkboxes, Select } from '../../../platform/web/components/form';
import { staffText } from '../messages';
import type { ScopeOption } from '../service';

export interface RoleValues {
  roles: string[];
  headUnit: string;
  specialistUnit: string;
  clerkCentre: string;
}

const UNSCOPED = ['admin', 'manager', 'editor'] as const;

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
  const scopeSelect = (id: 'headUnit' | 'specialistUnit' | 'clerkCentre', list: ScopeOption[]) => (
    <Select
      locale={locale}
      id={id}
      label={text(`newUser.${id}`)}
      emptyLabel={text('newUser.none')}
      value={values[id]}
      error={errorOf(id)}
      options={options(list)}
      full
    />
  );
  return (
    <>
      <Checkboxes
        locale={locale}
        id="roles"
        legend={text('newUser.roles')}
        value={values.roles}
        error={errorOf('roles')}
        small
        items={UNSCOPED.map((role) => ({
          value: role,
          label: text(`role.${role}`),
          hint: text(`roleHint.${role}`),
        }))}
      />
      {scopeSelect('headUnit', scopes.units)}
      {scopeSelect('specialistUnit', scopes.units)}
      {scopeSelect('clerkCentre', scopes.centres)}
    </>
  );
}
