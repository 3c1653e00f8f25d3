import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { PASSWORD_MIN_LENGTH } from '../../../platform/auth/password';
import { staffHref } from '../../../platform/auth/paths';
import { pick } from '../../../platform/i18n';
import { ErrorSummary, type FormError, Select, TextInput } from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';
import { newUserHref } from '../paths';
import type { ScopeOption } from '../service';

/** What the administrator typed, kept when the form comes back with errors (never the password). */
export interface NewUserValues {
  email: string;
  name: string;
  roles: string[];
  headUnit: string;
  specialistUnit: string;
  clerkCentre: string;
}

export const EMPTY_NEW_USER: NewUserValues = {
  email: '',
  name: '',
  roles: [],
  headUnit: '',
  specialistUnit: '',
  clerkCentre: '',
};

export function NewUserPage(props: {
  site: StaffSiteContext;
  values: NewUserValues;
  errors: FormError[];
  scopes: { units: ScopeOption[]; centres: ScopeOption[] };
}) {
  const { site, values, errors, scopes } = props;
  const { locale } = site;
  const text = (k: Parameters<typeof staffText>[1]) => staffText(locale, k, { min: PASSWORD_MIN_LENGTH });
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.text;
  const title = text('newUser.title');
  const options = (list: ScopeOption[]) => list.map((o) => ({ value: o.code, label: pick(o.name, locale) }));
  const rolesError = errorOf('roles');
  const scopeSelect = (id: 'headUnit' | 'specialistUnit' | 'clerkCentre', list: ScopeOption[]) => {
    return (
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
  };
  return (
    <StaffLayout
      site={site}
      title={errors.length > 0 ? `${locale === 'lv' ? 'Kļūda' : 'Error'}: ${title}` : title}
      current="users"
      crumbs={[
        { text: text('dashboard.title'), href: staffHref(locale, 'dashboard') },
        { text: text('users.title'), href: staffHref(locale, 'users') },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary locale={locale} errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <form method="post" action={newUserHref(locale)} novalidate>
            <input type="hidden" name={CSRF_FIELD} value={site.csrfToken} />
            <TextInput
              locale={locale}
              id="name"
              label={text('users.name')}
              value={values.name}
              error={errorOf('name')}
              autocomplete="off"
              width={30}
              bold
            />
            <TextInput
              locale={locale}
              id="email"
              label={text('users.email')}
              type="email"
              value={values.email}
              error={errorOf('email')}
              autocomplete="off"
              spellcheck={false}
              width={30}
              bold
            />
            <TextInput
              locale={locale}
              id="password"
              label={text('newUser.password')}
              hint={text('newUser.passwordHint')}
              type="password"
              autocomplete="new-password"
              error={errorOf('password')}
              width={30}
              bold
            />
            <div class={`govuk-form-group${rolesError ? ' govuk-form-group--error' : ''}`}>
              <fieldset class="govuk-fieldset" aria-describedby={rolesError ? 'roles-error' : undefined}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                  {text('newUser.roles')}
                </legend>
                {rolesError && (
                  <p id="roles-error" class="govuk-error-message">
                    <span class="govuk-visually-hidden">{locale === 'lv' ? 'Kļūda:' : 'Error:'}</span>{' '}
                    {rolesError}
                  </p>
                )}
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {(['admin', 'manager', 'editor'] as const).map((role, i) => (
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
                      <label
                        class="govuk-label govuk-checkboxes__label"
                        for={i === 0 ? 'roles' : `roles-${role}`}
                      >
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
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text('newUser.submit')}
            </button>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
