import { CSRF_FIELD } from '../../../platform/auth/csrf';
import { PASSWORD_MIN_LENGTH } from '../../../platform/auth/password';
import { staffHref } from '../../../platform/auth/paths';
import { ErrorSummary, type FormError, TextInput } from '../../../platform/web/components/form';
import { StaffLayout, type StaffSiteContext } from '../../../platform/web/staff-layout';
import { staffText } from '../messages';
import { newUserHref } from '../paths';
import type { ScopeOption } from '../service';
import { RoleFields, type RoleValues } from './role-fields';

/** What the administrator typed, kept when the form comes back with errors (never the password). */
export interface NewUserValues extends RoleValues {
  email: string;
  name: string;
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
            <RoleFields locale={locale} values={values} errorOf={errorOf} scopes={scopes} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {text('newUser.submit')}
            </button>
          </form>
        </div>
      </div>
    </StaffLayout>
  );
}
